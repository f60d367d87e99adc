/** The Store port's contract: one suite every implementation (SQLite now, PostgreSQL later) must pass unchanged. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IncomingArticle } from '../../src/domain/article.js';
import type { SourceRefresh, Store } from '../../src/ports/store.js';

const NOW = '2026-11-20T10:00:00Z';

function article(sourceId: string, key: string, overrides: Partial<IncomingArticle> = {}): IncomingArticle {
  return {
    id: `${sourceId}:${key}`,
    sourceId,
    itemKey: key,
    url: `https://example.com/${key}`,
    canonicalUrl: `https://example.com/${key}`,
    title: `Title ${key}`,
    summary: `Summary of ${key}`,
    contentHtml: null,
    text: null,
    authors: [{ name: 'Ann Writer', email: null, uri: null }],
    categories: ['cloud'],
    language: 'en',
    published: '2026-11-19T08:00:00Z',
    updated: null,
    ...overrides,
  };
}

function updated(sourceId: string, articles: IncomingArticle[], checkedAt = NOW): SourceRefresh {
  return {
    sourceId,
    checkedAt,
    nextCheckAt: '2026-11-20T11:00:00Z',
    outcome: { kind: 'updated', articles, etag: '"v1"', lastModified: null, movedTo: null, warning: null },
  };
}

/** Runs the contract against fresh stores made by `open`. */
export function runStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    it('adds, gets, lists and removes sources, keeping ids unique', async () => {
      const store = await open();
      const first = await store.sources.add({ name: 'The Compute Ledger', feedUrl: 'https://a.example/feed', boards: ['cloud'] }, NOW);
      const second = await store.sources.add({ name: 'The Compute Ledger', feedUrl: 'https://b.example/feed' }, NOW);
      assert.equal(first.id, 'the-compute-ledger');
      assert.notEqual(second.id, first.id);
      assert.deepEqual(first.boards, ['cloud']);
      assert.equal(first.enabled, true);
      assert.equal((await store.sources.get(first.id))?.feedUrl, 'https://a.example/feed');
      assert.equal((await store.sources.findByFeedUrl('https://b.example/feed'))?.id, second.id);
      assert.equal((await store.sources.list()).length, 2);
      assert.equal(await store.sources.remove(first.id), true);
      assert.equal(await store.sources.remove(first.id), false);
      assert.equal(await store.sources.get(first.id), null);
      await store.close();
    });

    it('refuses a second source with the same feed URL', async () => {
      const store = await open();
      await store.sources.add({ name: 'A', feedUrl: 'https://a.example/feed' }, NOW);
      await assert.rejects(store.sources.add({ name: 'B', feedUrl: 'https://a.example/feed' }, NOW));
      await store.close();
    });

    it('commits a refresh: articles stored, health and validators recorded', async () => {
      const store = await open();
      const source = await store.sources.add({ name: 'A', feedUrl: 'https://a.example/feed' }, NOW);
      const summary = await store.commitRefresh(updated(source.id, [article(source.id, 'one'), article(source.id, 'two')]));
      assert.deepEqual(summary, { inserted: 2, updated: 0 });
      const after = await store.sources.get(source.id);
      assert.equal(after?.validators.etag, '"v1"');
      assert.equal(after?.health.lastSuccessAt, NOW);
      assert.equal(after?.health.nextCheckAt, '2026-11-20T11:00:00Z');
      assert.equal(await store.articles.count(), 2);
      const latest = await store.articles.listLatest({ limit: 10 });
      assert.equal(latest[0]?.sourceName, 'A');
      assert.deepEqual(latest[0]?.authors, [{ name: 'Ann Writer', email: null, uri: null }]);
      await store.close();
    });

    it('is idempotent: the same refresh twice creates no duplicates, a changed title updates in place', async () => {
      const store = await open();
      const source = await store.sources.add({ name: 'A', feedUrl: 'https://a.example/feed' }, NOW);
      await store.commitRefresh(updated(source.id, [article(source.id, 'one')]));
      assert.deepEqual(await store.commitRefresh(updated(source.id, [article(source.id, 'one')], '2026-11-20T12:00:00Z')), {
        inserted: 0,
        updated: 0,
      });
      const changed = article(source.id, 'one', { title: 'Corrected title', url: 'https://example.com/one-renamed' });
      assert.deepEqual(await store.commitRefresh(updated(source.id, [changed], '2026-11-20T13:00:00Z')), { inserted: 0, updated: 1 });
      assert.equal(await store.articles.count(), 1);
      const stored = await store.articles.get(`${source.id}:one`);
      assert.equal(stored?.title, 'Corrected title');
      assert.equal(stored?.collectedAt, NOW, 'first collection time is kept');
      await store.close();
    });

    it('records failures, counts them, disables on request and resets on success', async () => {
      const store = await open();
      const source = await store.sources.add({ name: 'A', feedUrl: 'https://a.example/feed' }, NOW);
      const failure = (disable: boolean): SourceRefresh => ({
        sourceId: source.id,
        checkedAt: NOW,
        nextCheckAt: NOW,
        outcome: { kind: 'failed', code: 'http-500', userMessage: 'The server had an error.', disable },
      });
      await store.commitRefresh(failure(false));
      await store.commitRefresh(failure(false));
      let state = await store.sources.get(source.id);
      assert.equal(state?.health.consecutiveFailures, 2);
      assert.equal(state?.health.lastError, 'The server had an error.');
      await store.commitRefresh(updated(source.id, []));
      state = await store.sources.get(source.id);
      assert.equal(state?.health.consecutiveFailures, 0);
      assert.equal(state?.health.lastError, null);
      await store.commitRefresh(failure(true));
      state = await store.sources.get(source.id);
      assert.equal(state?.enabled, false);
      assert.equal(state?.disabledReason, 'The server had an error.');
      assert.equal((await store.sources.listDue('2100-01-01T00:00:00Z')).length, 0, 'disabled sources are never due');
      await store.close();
    });

    it('moves a source after a permanent redirect', async () => {
      const store = await open();
      const source = await store.sources.add({ name: 'A', feedUrl: 'http://a.example/feed' }, NOW);
      await store.commitRefresh({
        ...updated(source.id, []),
        outcome: { kind: 'updated', articles: [], etag: null, lastModified: null, movedTo: 'https://a.example/feed.xml', warning: null },
      });
      assert.equal((await store.sources.get(source.id))?.feedUrl, 'https://a.example/feed.xml');
      await store.close();
    });

    it('lists due sources by next check time', async () => {
      const store = await open();
      const a = await store.sources.add({ name: 'A', feedUrl: 'https://a.example/feed' }, NOW);
      await store.sources.add({ name: 'B', feedUrl: 'https://b.example/feed' }, NOW);
      await store.commitRefresh({ ...updated(a.id, []), nextCheckAt: '2026-11-21T00:00:00Z' });
      assert.deepEqual(
        (await store.sources.listDue('2026-11-20T12:00:00Z')).map((s) => s.name),
        ['B'],
      );
      assert.equal((await store.sources.listDue('2026-11-21T00:00:00Z')).length, 2);
      await store.close();
    });

    it('searches English words and Chinese terms, and forgets removed sources', async () => {
      const store = await open();
      const source = await store.sources.add({ name: 'A', feedUrl: 'https://a.example/feed' }, NOW);
      await store.commitRefresh(
        updated(source.id, [
          article(source.id, 'en', { title: 'Helioscale signs nuclear power deal', summary: 'Small modular reactors in Idaho' }),
          article(source.id, 'zh', { title: '赫利云签署核电购电协议', summary: '小型模块化反应堆为数据中心供电', language: 'zh' }),
        ]),
      );
      assert.deepEqual(
        (await store.articles.search('nuclear', 10)).map((a) => a.itemKey),
        ['en'],
      );
      assert.deepEqual(
        (await store.articles.search('Reactors', 10)).map((a) => a.itemKey),
        ['en'],
      );
      assert.deepEqual(
        (await store.articles.search('核电', 10)).map((a) => a.itemKey),
        ['zh'],
      );
      assert.deepEqual(
        (await store.articles.search('数据中心', 10)).map((a) => a.itemKey),
        ['zh'],
      );
      assert.deepEqual(await store.articles.search('地热', 10), []);
      assert.deepEqual(await store.articles.search('数据供电', 10), [], 'a CJK query matches as a phrase, not as scattered bigrams');
      await store.sources.remove(source.id);
      assert.deepEqual(await store.articles.search('核电', 10), []);
      assert.equal(await store.articles.count(), 0);
      await store.close();
    });

    it('stores an extraction with its sentences, searchable, and re-extracts a changed item', async () => {
      const store = await open();
      const source = await store.sources.add({ name: 'A', feedUrl: 'https://a.example/feed' }, NOW);
      await store.commitRefresh(
        updated(source.id, [article(source.id, 'one'), article(source.id, 'two', { published: '2026-11-18T08:00:00Z' })]),
      );
      assert.deepEqual(
        (await store.articles.listPendingExtraction(10, 3)).map((a) => a.itemKey),
        ['one', 'two'],
      );
      const id = `${source.id}:one`;
      await store.articles.recordExtractionFailure(id, 'fetch: timed out', NOW);
      assert.equal((await store.articles.get(id))?.extraction?.attempts, 1);
      assert.match((await store.articles.get(id))?.extraction?.error ?? '', /timed out/);
      const extraction = {
        canonicalUrl: 'https://example.com/one',
        title: 'Title one',
        byline: 'Ann Writer',
        siteName: 'A',
        published: null,
        updated: null,
        language: 'en',
        text: 'Grid operators approved the interconnection. The turbines arrive in March.',
        html: '<p>Grid operators approved the interconnection.</p>',
        wordCount: 11,
        partial: false,
        leadImage: null,
        origin: 'page' as const,
        standfirst: 1,
      };
      const sentences = [
        { id: 'p1s1', text: 'Grid operators approved the interconnection.', paragraph: 1, start: 0, end: 44 },
        { id: 'p1s2', text: 'The turbines arrive in March.', paragraph: 1, start: 45, end: 74 },
      ];
      await store.articles.saveExtraction(id, extraction, sentences, NOW);
      const stored = await store.articles.get(id);
      assert.equal(stored?.text, extraction.text);
      assert.equal(stored?.extraction?.byline, 'Ann Writer');
      assert.equal(stored?.extraction?.origin, 'page');
      assert.equal(stored?.extraction?.standfirst, 1);
      assert.equal(stored?.extraction?.error, null);
      assert.deepEqual(await store.articles.sentences(id), sentences);
      assert.deepEqual(
        (await store.articles.search('turbines', 10)).map((a) => a.id),
        [id],
      );
      assert.deepEqual(
        (await store.articles.listPendingExtraction(10, 3)).map((a) => a.itemKey),
        ['two'],
      );
      assert.deepEqual(
        (await store.articles.listPendingExtraction(10, 0)).map((a) => a.itemKey),
        [],
      );
      await store.commitRefresh(updated(source.id, [article(source.id, 'one', { title: 'Title one, corrected' })], '2026-11-20T12:00:00Z'));
      assert.deepEqual(
        (await store.articles.listPendingExtraction(10, 3)).map((a) => a.itemKey),
        ['one', 'two'],
        'a changed item is extracted again',
      );
      assert.equal((await store.articles.get(id))?.text, extraction.text, 'the extracted text is kept until then');
      await store.close();
    });

    it('updates source settings and re-enabling clears the disabled state', async () => {
      const store = await open();
      const source = await store.sources.add({ name: 'A', feedUrl: 'https://a.example/feed' }, NOW);
      await store.commitRefresh({
        sourceId: source.id,
        checkedAt: NOW,
        nextCheckAt: NOW,
        outcome: { kind: 'failed', code: 'http-410', userMessage: 'Gone.', disable: true },
      });
      const changed = await store.sources.update(source.id, { enabled: true, boards: ['energy-power'], region: 'europe' });
      assert.equal(changed?.enabled, true);
      assert.equal(changed?.disabledReason, null);
      assert.deepEqual(changed?.boards, ['energy-power']);
      assert.equal(changed?.region, 'europe');
      assert.equal(await store.sources.update('missing', { name: 'x' }), null);
      await store.close();
    });
  });
}
