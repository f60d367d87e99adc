/** Relabelling applies the taxonomy as it is now to stored stories, and marks for a new brief only those that change. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SqliteStore } from '../adapters/storage/sqlite/sqlite-store.js';
import type { Brief } from '../domain/brief.js';
import type { Taxonomy } from '../pipeline/classify/index.js';
import { splitSentences } from '../pipeline/segment/index.js';
import type { Logger } from '../ports/logger.js';
import { headlineBrief } from '../testing/headline-brief.js';
import { incomingArticle } from '../../test/support/incoming-article.js';
import { labelStory } from './label-stories.js';
import { labellingFingerprint, relabelIfTaxonomyChanged, relabelStories } from './relabel-stories.js';

const NOW = '2026-11-20T12:00:00Z';
const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };
const TEXT =
  'Tessera Compute said on Monday that a logging change exposed customer API tokens for two weeks.\n\n' +
  'Attackers used the tokens to run mining jobs, and the breach affected 14 accounts, the company said.';

const BREACH = { id: 'data-breach', name: 'Data breach', en: ['breach*', 'exposed'], zh: [] };
const TOKENS = { id: 'api-tokens', name: 'API tokens', en: ['API token*', 'tokens'], zh: [] };
const before: Taxonomy = { boards: [], tags: [BREACH], regions: [], audiences: [] };
const after: Taxonomy = { boards: [], tags: [BREACH, TOKENS], regions: [], audiences: [] };

async function newsroom(): Promise<SqliteStore> {
  const store = SqliteStore.open(':memory:');
  const source = await store.sources.add({ name: 'The Breach Report', feedUrl: 'https://breach.example/feed' }, NOW);
  const id = `${source.id}:leak`;
  const title = 'Tessera Compute leaked customer API tokens';
  const article = incomingArticle({ id, sourceId: source.id, itemKey: 'leak', title, language: 'en', published: NOW });
  const outcome = { kind: 'updated' as const, articles: [article], etag: null, lastModified: null, movedTo: null, warning: null };
  await store.commitRefresh({ sourceId: source.id, checkedAt: NOW, nextCheckAt: NOW, outcome });
  const extraction = { canonicalUrl: null, title: null, byline: null, siteName: null, published: null, updated: null, language: 'en' };
  const body = { text: TEXT, standfirst: 0, html: '', wordCount: 30, partial: false, leadImage: null, origin: 'page' as const };
  await store.articles.saveExtraction(id, { ...extraction, ...body }, splitSentences(TEXT, 'en'), NOW);
  const { labels } = await labelStory({ store, logger: silent }, before, { id: 's-leak', articleIds: [id] });
  const write = { id: 's-leak', title, firstSeen: NOW, lastUpdated: NOW, articleIds: [id], outletCount: 1, languages: ['en'], labels };
  await store.stories.applyUpdate({
    at: NOW,
    memberships: [{ articleId: id, storyId: 's-leak', duplicateOf: null }],
    stories: [write],
    changes: [],
    state: {},
  });
  await store.stories.saveBrief('s-leak', brief(), 1, NOW);
  return store;
}

function brief(): Brief {
  return headlineBrief('s-leak', { text: 'Tessera Compute leaked customer API tokens', citations: [] }, { createdAt: NOW });
}

const deps = (store: SqliteStore, at: string) => ({ store, clock: { now: () => new Date(at) }, logger: silent });

describe('relabelStories', () => {
  it('gives stored stories the labels and subjects of the taxonomy as it is now, and marks them for a new brief', async () => {
    const store = await newsroom();
    assert.deepEqual(await store.stories.listNeedingBrief(10), []);
    const summary = await relabelStories(deps(store, '2026-11-21T00:00:00Z'), { taxonomy: after });
    assert.deepEqual(summary, { stories: 1, changed: ['s-leak'], empty: [], missing: [] });
    const tags = (await store.stories.get('s-leak'))?.labels.map((label) => label.id);
    assert.deepEqual(tags?.sort(), ['api-tokens', 'data-breach']);
    assert.deepEqual(await store.stories.listNeedingBrief(10), ['s-leak']);
    await store.close();
  });

  it('changes nothing, and asks for no brief, when the taxonomy gives the same labels', async () => {
    const store = await newsroom();
    // The story was written without subjects: the first run adds them, the second finds nothing to do.
    const first = await relabelStories(deps(store, '2026-11-21T00:00:00Z'), { taxonomy: before });
    assert.deepEqual(first.changed, ['s-leak']);
    await store.stories.saveBrief('s-leak', brief(), 1, '2026-11-21T00:30:00Z');
    const second = await relabelStories(deps(store, '2026-11-21T01:00:00Z'), { taxonomy: before });
    assert.deepEqual(second.changed, []);
    assert.deepEqual(await store.stories.listNeedingBrief(10), []);
    await store.close();
  });

  it('relabels only the stories asked for, and names those that do not exist', async () => {
    const store = await newsroom();
    const summary = await relabelStories(deps(store, '2026-11-21T00:00:00Z'), { taxonomy: after, storyIds: ['s-leak', 's-none'] });
    assert.deepEqual(summary, { stories: 1, changed: ['s-leak'], empty: [], missing: ['s-none'] });
    await store.close();
  });

  it('leaves a story whose articles are all gone (its source removed) as it was filed', async () => {
    const store = await newsroom();
    const labels = (await store.stories.get('s-leak'))?.labels;
    const [source] = await store.sources.list();
    assert.ok(source && (await store.sources.remove(source.id)));
    const summary = await relabelStories(deps(store, '2026-11-21T00:00:00Z'), { taxonomy: after });
    assert.deepEqual(summary, { stories: 1, changed: [], empty: ['s-leak'], missing: [] });
    assert.deepEqual((await store.stories.get('s-leak'))?.labels, labels);
    await store.close();
  });
});

describe('relabelIfTaxonomyChanged', () => {
  it('relabels every stored story once per taxonomy: at the first pass after an upgrade, and after each edit', async () => {
    const store = await newsroom();
    const at = (hour: number) => deps(store, `2026-11-21T0${hour}:00:00Z`);
    // Stored before the fingerprint was kept: labelled again once (the subjects come in), then left alone.
    assert.deepEqual((await relabelIfTaxonomyChanged(at(1), { taxonomy: before }))?.changed, ['s-leak']);
    assert.equal(await relabelIfTaxonomyChanged(at(2), { taxonomy: before }), null);
    const edited = await relabelIfTaxonomyChanged(at(3), { taxonomy: after });
    assert.deepEqual(edited?.changed, ['s-leak']);
    assert.ok((await store.stories.get('s-leak'))?.labels.some((label) => label.id === 'api-tokens'));
    assert.equal(await relabelIfTaxonomyChanged(at(4), { taxonomy: after }), null);
    await store.close();
  });

  it('only records the taxonomy in a database without stories', async () => {
    const store = SqliteStore.open(':memory:');
    assert.equal(await relabelIfTaxonomyChanged(deps(store, NOW), { taxonomy: after }), null);
    assert.equal(await store.stories.loadState('labels.taxonomy'), labellingFingerprint(after));
    await store.close();
  });
});
