/** The demo newsroom through the real pipeline: publisher over HTTP → fetch → parse → SQLite. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config/load.js';
import { type DemoCorpus, loadDemoCorpus } from '../../src/demo/corpus.js';
import { type Publisher, startPublisher } from '../../src/demo/publisher.js';
import { demoSources } from '../../src/demo/register.js';
import type { Services } from '../../src/interfaces/cli/context.js';
import { registerDemoSources } from '../../src/interfaces/cli/commands/demo.js';
import { ingest } from '../../src/jobs/ingest.js';
import { buildServices } from '../../src/main.js';
import { ROOT, tempDataDir } from './helpers.js';

let corpus: DemoCorpus;
let publisher: Publisher;
let services: Services;

before(async () => {
  corpus = loadDemoCorpus(join(ROOT, 'demo'));
  publisher = await startPublisher(corpus);
  const config = loadConfig({ env: { GROUNDWIRE_DATA_DIR: tempDataDir(), GROUNDWIRE_LOG_LEVEL: 'silent' } });
  services = await buildServices(config, [publisher.allowEntry]);
  await registerDemoSources(services, demoSources(corpus, publisher.url));
});

after(async () => {
  await services.close();
  await publisher.close();
});

const feedItems = () => corpus.articles.length + corpus.articles.filter((a) => a.linkVariant === 'repost').length;

describe('demo ingestion', () => {
  it('stores every feed item of every outlet, with no failures', async () => {
    const results = await ingest(services.refresh, { concurrency: 4, dueOnly: false });
    assert.equal(results.length, corpus.outlets.length);
    assert.deepEqual(
      results.filter((r) => r.status !== 'updated'),
      [],
    );
    assert.equal(await services.store.articles.count(), feedItems());
  });

  it('creates no duplicates when run again (conditional GET or unchanged items)', async () => {
    const results = await ingest(services.refresh, { concurrency: 4, dueOnly: false });
    assert.equal(
      results.reduce((n, r) => n + r.inserted + r.updated, 0),
      0,
    );
    assert.ok(results.every((r) => r.status === 'not-modified' || r.status === 'updated'));
    assert.equal(await services.store.articles.count(), feedItems());
  });

  it('lists newest first with the outlet name and its published time', async () => {
    const latest = await services.store.articles.listLatest({ limit: 5 });
    const newest = corpus.articles[0];
    assert.equal(latest[0]?.title, newest?.title);
    assert.equal(latest[0]?.sourceName, newest?.outlet.name);
    assert.equal(latest[0]?.published, newest?.published.replace(/\.\d+Z$/, 'Z'));
  });

  it('decodes the GBK and Big5 outlets and keeps the summary-only outlet to summaries', async () => {
    for (const outletId of ['xinwen-weekly', 'keji-dao']) {
      const stored = await services.store.articles.listLatest({ limit: 100, sourceId: outletId });
      const expected = corpus.articles.filter((a) => a.outlet.id === outletId);
      assert.ok(expected.length > 0);
      // Feed titles are whitespace-normalised (an ideographic space becomes a plain one).
      const squash = (title: string | null) => (title ?? '').replace(/\s+/g, ' ').trim();
      assert.deepEqual(new Set(stored.map((a) => squash(a.title))), new Set(expected.map((a) => squash(a.title))), outletId);
    }
    const northwind = await services.store.articles.listLatest({ limit: 100, sourceId: 'northwind' });
    assert.ok(northwind.length > 0);
    assert.ok(northwind.every((a) => a.contentHtml === null && a.summary));
  });

  it('finds Chinese and English terms with search', async () => {
    const chinese = await services.store.articles.search('数据中心', 10);
    assert.ok(chinese.length > 0 && chinese.every((a) => /数据中心/.test(`${a.title}${a.summary}${a.text}`)));
    const english = await services.store.articles.search('Helioscale outage', 10);
    assert.ok(english.length > 0);
  });
});
