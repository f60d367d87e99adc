import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SqliteStore } from '../adapters/storage/sqlite/sqlite-store.js';
import type { Label } from '../domain/story.js';
import type { Logger } from '../ports/logger.js';
import { splitSentences } from '../pipeline/segment/index.js';
import { incomingArticle } from '../../test/support/incoming-article.js';
import { composeBriefs, relatedEarlierStories } from './compose-briefs.js';

const NOW = '2026-11-20T12:00:00Z';
const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };
const nuclear: Label = {
  kind: 'tag',
  id: 'nuclear',
  name: 'Nuclear',
  score: 1,
  evidence: [{ articleId: 'x', sentenceId: 'p1s1', text: 'e' }],
};

// Three stories on one subject: the power deal comes first, the loan it made possible later, a hiring story last.
const ARTICLES = [
  {
    key: 'ppa',
    story: 's-ppa',
    published: '2026-10-14T09:00:00Z',
    title: 'Helioscale signs nuclear power deal with Atlas Fission',
    text: 'Helioscale said on Wednesday it had signed a 20-year power-purchase agreement with Atlas Fission for 1.2 gigawatts of small modular reactor capacity.\n\nThe first Atlas Fission reactor is due to supply power in 2030.',
  },
  {
    key: 'debt',
    story: 's-debt',
    published: '2026-11-10T12:00:00Z',
    title: 'Atlas Fission lines up $2 billion debt facility for its first reactors',
    text: 'Atlas Fission said on Tuesday it had arranged a $2 billion debt facility with six banks to build its first small modular reactors.\n\nThe loan is backed by the long-term contract Atlas Fission holds with a large cloud provider.',
  },
  {
    key: 'hire',
    story: 's-hire',
    published: '2026-11-16T12:00:00Z',
    title: 'Atlas Fission hires a construction chief for its small modular reactors',
    text: 'Atlas Fission said on Monday it had hired a construction chief for its first small modular reactors.',
  },
];

async function newsroom(): Promise<SqliteStore> {
  const store = SqliteStore.open(':memory:');
  const source = await store.sources.add({ name: 'Gridline', feedUrl: 'https://gridline.example/feed' }, NOW);
  const id = (key: string) => `${source.id}:${key}`;
  const articles = ARTICLES.map((article) =>
    incomingArticle({
      id: id(article.key),
      sourceId: source.id,
      itemKey: article.key,
      title: article.title,
      language: 'en',
      published: article.published,
    }),
  );
  const outcome = { kind: 'updated' as const, articles, etag: null, lastModified: null, movedTo: null, warning: null };
  await store.commitRefresh({ sourceId: source.id, checkedAt: NOW, nextCheckAt: NOW, outcome });
  for (const article of ARTICLES) {
    const extraction = { canonicalUrl: null, title: null, byline: null, siteName: null, published: null, updated: null, language: 'en' };
    const body = { text: article.text, standfirst: 0, html: '', wordCount: 30, partial: false, leadImage: null, origin: 'page' as const };
    await store.articles.saveExtraction(id(article.key), { ...extraction, ...body }, splitSentences(article.text, 'en'), NOW);
  }
  await store.stories.applyUpdate({
    at: NOW,
    memberships: ARTICLES.map((article) => ({ articleId: id(article.key), storyId: article.story, duplicateOf: null })),
    stories: ARTICLES.map((article) => ({
      id: article.story,
      title: article.title,
      firstSeen: article.published,
      lastUpdated: article.published,
      articleIds: [id(article.key)],
      outletCount: 1,
      languages: ['en'],
      labels: [nuclear],
    })),
    changes: [],
    state: {},
  });
  return store;
}

describe('composeBriefs: related earlier stories in the timeline', () => {
  it('finds only the related stories that began earlier', async () => {
    const store = await newsroom();
    const debt = await store.stories.get('s-debt');
    assert.ok(debt);
    assert.deepEqual(
      (await relatedEarlierStories(store, debt)).map((story) => story.id),
      ['s-ppa'],
    );
    await store.close();
  });

  it('stores a brief whose timeline cites the earlier story’s article, listed in the references', async () => {
    const store = await newsroom();
    const summary = await composeBriefs({ store, clock: { now: () => new Date(NOW) }, logger: silent }, { batchSize: 10, language: 'en' });
    assert.equal(summary.composed, 3);
    const stored = await store.stories.brief('s-debt');
    const ppaArticle = (await store.stories.articles('s-ppa'))[0]?.id;
    const event = stored?.brief.timeline.find((candidate) => candidate.citations.some((citation) => citation.articleId === ppaArticle));
    assert.equal(event?.date, '2026-10-14');
    assert.ok(stored?.brief.references.some((reference) => reference.articleId === ppaArticle));
    // The earliest story has nothing earlier to draw on.
    const first = await store.stories.brief('s-ppa');
    assert.ok(first?.brief.timeline.every((candidate) => candidate.citations.every((citation) => citation.articleId === ppaArticle)));
    await store.close();
  });
});

describe('composeBriefs: a story whose brief would not change', () => {
  it('is composed once after a change its brief does not show, not again on every pass', async () => {
    const store = await newsroom();
    const clock = (at: string) => ({ now: () => new Date(at) });
    const deps = (at: string) => ({ store, clock: clock(at), logger: silent });
    assert.equal((await composeBriefs(deps(NOW), { batchSize: 10, language: 'en' })).composed, 3);
    // A label the brief does not use changes: the story is marked changed, and its next brief is the same.
    const hiring = { ...nuclear, kind: 'audience' as const, id: 'hr-learning-teams', name: 'HR & Learning Teams' };
    const hire = await store.stories.get('s-hire');
    assert.ok(hire);
    assert.equal(await store.stories.relabel('s-hire', [...hire.labels, hiring], [], '2026-11-21T00:00:00Z'), true);
    assert.deepEqual(await store.stories.listNeedingBrief(10), ['s-hire']);
    const later = await composeBriefs(deps('2026-11-21T01:00:00Z'), { batchSize: 10, language: 'en' });
    assert.equal(later.composed, 1);
    assert.deepEqual(await store.stories.listNeedingBrief(10), []);
    const again = await composeBriefs(deps('2026-11-21T02:00:00Z'), { batchSize: 10, language: 'en' });
    assert.equal(again.composed, 0);
    await store.close();
  });
});
