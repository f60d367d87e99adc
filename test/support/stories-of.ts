/** Each seeded article's story after a story pass, in the order the articles were seeded. */
import type { SqliteStore } from '../../src/adapters/storage/sqlite/sqlite-store.js';

export async function storiesOf(store: SqliteStore, storiesTouched: readonly string[], articleIds: readonly string[]): Promise<string[]> {
  const stories: string[] = [];
  for (const storyId of storiesTouched)
    for (const member of await store.stories.articles(storyId)) stories[articleIds.indexOf(member.id)] = storyId;
  return stories;
}
