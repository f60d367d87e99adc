/** Loads what story cards show (coverage and latest brief) for a list of stories in a few store calls. */
import type { Story } from '../../../domain/story.js';
import type { Store } from '../../../ports/store.js';
import type { StoryCardData } from './story-card.js';

/** Returns card data for the stories, in the given order. */
export async function loadCards(store: Store, stories: readonly Story[]): Promise<StoryCardData[]> {
  const [coverage, briefs] = await Promise.all([
    store.stories.coverage(stories.map((story) => story.id)),
    Promise.all(stories.map((story) => store.stories.brief(story.id))),
  ]);
  return stories.map((story, index) => ({ story, coverage: coverage.get(story.id) ?? null, brief: briefs[index] ?? null }));
}
