/**
 * Related earlier stories for the demo's brief inputs, chosen exactly as the compose-briefs job
 * chooses them: the demo's stories and labels go into an in-memory SQLite store, and the job's
 * relatedEarlierStories (StoryStore.related, earlier stories only) picks them.
 */
import { SqliteStore } from '../../../src/adapters/storage/sqlite/sqlite-store.js';
import type { IncomingArticle } from '../../../src/domain/article.js';
import { relatedEarlierStories } from '../../../src/jobs/compose-briefs.js';
import { headlineSubjects } from '../../../src/pipeline/entities/index.js';
import { splitSentences } from '../../../src/pipeline/segment/index.js';
import type { RelatedStory } from '../../../src/pipeline/brief/index.js';
import type { DemoBriefCase } from './demo-stories.js';

const AT = '2026-11-21T00:00:00Z';

function earliest(times: readonly (string | null)[]): string {
  return times.filter((time): time is string => time !== null).sort()[0] ?? AT;
}

async function seed(store: SqliteStore, cases: readonly DemoBriefCase[]): Promise<Map<string, string>> {
  const sourceIds = new Map<string, string>();
  const bySource = new Map<string, IncomingArticle[]>();
  const articleIds = new Map<string, string>();
  for (const { input } of cases) {
    for (const article of input.articles) {
      if (!sourceIds.has(article.outlet)) {
        const source = await store.sources.add({ name: article.outlet, feedUrl: `https://${sourceIds.size}.example/feed` }, AT);
        sourceIds.set(article.outlet, source.id);
      }
      const sourceId = sourceIds.get(article.outlet) as string;
      const incoming = { id: `${sourceId}:${article.id}`, sourceId, itemKey: article.id, url: article.url, canonicalUrl: null };
      bySource.set(sourceId, [
        ...(bySource.get(sourceId) ?? []),
        {
          ...incoming,
          title: article.title,
          summary: null,
          contentHtml: null,
          text: null,
          authors: [],
          categories: [],
          language: article.language,
          published: article.published,
          updated: null,
        },
      ]);
      articleIds.set(article.id, incoming.id);
    }
  }
  for (const [sourceId, articles] of bySource) {
    const outcome = { kind: 'updated' as const, articles, etag: null, lastModified: null, movedTo: null, warning: null };
    await store.commitRefresh({ sourceId, checkedAt: AT, nextCheckAt: AT, outcome });
  }
  return articleIds;
}

/** Returns, per demo story id, its earlier related stories as the job would pass them to the brief stage. */
export async function relatedStoriesOf(cases: readonly DemoBriefCase[]): Promise<Map<string, RelatedStory[]>> {
  const store = SqliteStore.open(':memory:');
  const articleIds = await seed(store, cases);
  const firstSeen = new Map(cases.map(({ input }) => [input.storyId, earliest(input.articles.map((article) => article.published))]));
  await store.stories.applyUpdate({
    at: AT,
    memberships: cases.flatMap(({ input }) =>
      input.articles.map((article) => ({ articleId: articleIds.get(article.id) as string, storyId: input.storyId, duplicateOf: null })),
    ),
    stories: cases.map(({ input }) => ({
      id: input.storyId,
      title: input.articles[0]?.title ?? input.storyId,
      firstSeen: firstSeen.get(input.storyId) ?? AT,
      lastUpdated: AT,
      articleIds: input.articles.map((article) => articleIds.get(article.id) as string),
      outletCount: new Set(input.articles.map((article) => article.outlet)).size,
      languages: [...new Set(input.articles.map((article) => article.language))],
      labels: input.labels ?? [],
      subjects: headlineSubjects(
        input.articles.map((article) => ({ title: article.title, sentences: splitSentences(article.text ?? '', article.language) })),
      ),
    })),
    changes: [],
    state: {},
  });
  const byId = new Map(cases.map(({ input }) => [input.storyId, input]));
  const related = new Map<string, RelatedStory[]>();
  for (const { input } of cases) {
    const story = await store.stories.get(input.storyId);
    if (!story) continue;
    const earlier = await relatedEarlierStories(store, story);
    related.set(
      input.storyId,
      earlier.map((other) => ({ storyId: other.id, firstSeen: other.firstSeen, articles: byId.get(other.id)?.articles ?? [] })),
    );
  }
  await store.close();
  return related;
}
