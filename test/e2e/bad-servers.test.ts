/**
 * Bad servers through the real refresh job (HTTP adapter → fetch → parse → SQLite): each
 * misbehaviour ends in a plain-sentence error on the source's health, in bounded time and
 * memory, while a good source refreshed in the same pass is ingested as usual.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config/load.js';
import type { Source } from '../../src/domain/source.js';
import type { Services } from '../../src/interfaces/cli/context.js';
import { ingest } from '../../src/jobs/ingest.js';
import type { RefreshResult } from '../../src/jobs/refresh-source.js';
import { buildServices } from '../../src/main.js';
import { BIG_FEED, type TestServer, badRoutes, rssFeed, startTestServer, xml } from './bad-server.js';
import { tempDataDir } from './helpers.js';

// Small limits keep the suite fast; every bound below is stated against them.
const TIMEOUT_MS = 2000;
const GOOD_ITEMS = 3;
let good: TestServer;
let bad: TestServer;

before(async () => {
  good = await startTestServer({ '/feed.xml': xml(rssFeed('Good', GOOD_ITEMS)) });
  bad = await startTestServer(badRoutes());
});
after(async () => {
  await good.close();
  await bad.close();
});

interface Pass {
  results: RefreshResult[];
  elapsedMs: number;
  /** Highest RSS growth seen while the pass ran, sampled every 10 ms. */
  peakRssGrowthMb: number;
}

async function openServices(): Promise<Services> {
  const dataDir = tempDataDir();
  const env = { GROUNDWIRE_DATA_DIR: dataDir, GROUNDWIRE_LOG_LEVEL: 'silent', GROUNDWIRE_FETCH_TIMEOUT_SECONDS: String(TIMEOUT_MS / 1000) };
  return buildServices(loadConfig({ env, cwd: dataDir }), [good.allowEntry, bad.allowEntry]);
}

async function runPass(services: Services): Promise<Pass> {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  try {
    const results = await ingest(services.refresh, { concurrency: 4, dueOnly: false });
    return {
      results,
      elapsedMs: performance.now() - started,
      peakRssGrowthMb: (Math.max(peak, process.memoryUsage().rss) - baseline) / 1048576,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** Registers the good source and one bad source per URL, runs `passes` ingest passes, and hands the outcome to `check`. */
async function scenario(
  badUrls: string[],
  check: (context: { services: Services; passes: Pass[]; bad: Source[]; good: Source }) => Promise<void>,
  passes = 1,
): Promise<void> {
  const services = await openServices();
  try {
    const now = new Date().toISOString();
    const goodSource = await services.store.sources.add({ name: 'Good', feedUrl: `${good.url}/feed.xml` }, now);
    const badSources = await Promise.all(badUrls.map((url, i) => services.store.sources.add({ name: `Bad ${i}`, feedUrl: url }, now)));
    const runs: Pass[] = [];
    for (let i = 0; i < passes; i += 1) {
      runs.push(await runPass(services));
      await assertGoodUnaffected(services, goodSource.id, runs[i] as Pass, i === 0);
    }
    await check({ services, passes: runs, bad: badSources, good: goodSource });
  } finally {
    await services.close();
  }
}

async function assertGoodUnaffected(services: Services, goodId: string, pass: Pass, first: boolean): Promise<void> {
  const result = pass.results.find((r) => r.sourceId === goodId);
  assert.equal(result?.status, 'updated');
  if (first) assert.equal(result?.inserted, GOOD_ITEMS);
  const stored = await services.store.sources.get(goodId);
  assert.equal(stored?.health.lastError, null);
  assert.equal(stored?.health.consecutiveFailures, 0);
}

/** The error a person reads: one plain sentence, no stage prefix, error class or errno code. */
function assertPlainSentence(text: string | null | undefined): void {
  assert.ok(text, 'an error is recorded');
  assert.match(text, /^[A-Z]/, text);
  assert.match(text, /[.)]$/, text);
  assert.doesNotMatch(text, /fetch:|parse:|Error\b|undici|\bE[A-Z]{4,}\b|\n|\bat \//, text);
}

/** Runs one bad URL beside the good source and checks the recorded failure and the bounds. */
async function expectFailure(url: string, expected: { code?: RegExp; message: RegExp; maxMs: number; maxRssMb?: number }): Promise<void> {
  await scenario([url], async ({ services, passes, bad: [source] }) => {
    const [pass] = passes as [Pass];
    const result = pass.results.find((r) => r.sourceId === source?.id);
    assert.equal(result?.status, 'failed', `${url}: ${result?.error}`);
    const health = (await services.store.sources.get(source?.id ?? ''))?.health;
    assertPlainSentence(health?.lastError);
    assert.match(health?.lastError ?? '', expected.message);
    assert.equal(health?.consecutiveFailures, 1);
    assert.ok(pass.elapsedMs < expected.maxMs, `${url} took ${Math.round(pass.elapsedMs)} ms`);
    assert.ok(pass.peakRssGrowthMb < (expected.maxRssMb ?? 64), `${url} grew RSS by ${Math.round(pass.peakRssGrowthMb)} MB`);
  });
}

const at = (path: string) => `${bad.url}${path}`;
// Failures that need no timeout finish well inside one: the run may not wait for it.
const QUICK = TIMEOUT_MS * 0.75;

describe('bad servers, through the real refresh job', () => {
  it('a body that never ends stops at the size cap', () =>
    expectFailure(at('/endless'), { message: /larger than the configured limit/, maxMs: QUICK }));
  it('a gzip bomb (1 GiB of zeros in 1 MB) stops at the decompressed cap', () =>
    expectFailure(at('/bomb'), { message: /larger than the configured limit/, maxMs: QUICK }));
  it('a slow drip of bytes ends at the total timeout', () =>
    expectFailure(at('/drip'), { message: /did not finish within 2 s/, maxMs: TIMEOUT_MS + 1000 }));
  it('headers that never come end at the first-byte timeout', () =>
    expectFailure(at('/silent'), { message: /did not (start answering|finish) within 2 s/, maxMs: TIMEOUT_MS + 1500 }));
  it('a redirect loop is detected', () => expectFailure(at('/loop-a'), { message: /redirects in a loop/, maxMs: QUICK }));
  it('a redirect to 127.0.0.1 on a port not allow-listed is refused', () =>
    expectFailure(at('/to-loopback-port'), {
      message: /does not fetch internal addresses \(127\.0\.0\.1 is a loopback address\)/,
      maxMs: QUICK,
    }));
  it('a redirect to a private address is refused', () =>
    expectFailure(at('/to-private'), { message: /10\.0\.0\.1 is a private address/, maxMs: QUICK }));
  it('a redirect to an IPv4-mapped IPv6 loopback is refused', () =>
    expectFailure(at('/to-mapped'), { message: /127\.0\.0\.1 is a loopback address/, maxMs: QUICK }));
  it('a redirect to the cloud metadata address is refused', () =>
    expectFailure(at('/to-metadata'), { message: /169\.254\.169\.254 is a linkLocal address/, maxMs: QUICK }));
  it('a redirect to localhost is refused by name', () =>
    expectFailure(at('/to-localhost'), { message: /localhost is a loopback name/, maxMs: QUICK }));

  // The machine's own name resolves to loopback through /etc/hosts: a real lookup with no DNS query leaving the machine.
  const ownName = hostname();
  const inHosts = readFileSync('/etc/hosts', 'utf8')
    .split('\n')
    .some((line) => !line.startsWith('#') && line.split(/\s+/).slice(1).includes(ownName));
  it(
    `a name that resolves to an internal address (${ownName}, via /etc/hosts) is refused on the connected address`,
    { skip: !inHosts && 'host name not in /etc/hosts' },
    () =>
      expectFailure(`http://${ownName}:${bad.port}/feed.xml`, {
        message: new RegExp(`${ownName} resolves to 127\\.\\d+\\.\\d+\\.\\d+ is a loopback address`),
        // Not allow-listed, so the 1 s per-host delay separates its robots.txt request from the feed request.
        maxMs: QUICK + 1000,
      }),
  );

  it('a 200 with HTML instead of a feed', () => expectFailure(at('/html'), { message: /returned a web page, not a feed/, maxMs: QUICK }));
  it('an empty 200', () => expectFailure(at('/empty'), { message: /empty response, not a feed/, maxMs: QUICK }));
  it('a transfer cut short of its Content-Length', () =>
    expectFailure(at('/truncated-transfer'), { message: /dropped the connection before the response was complete/, maxMs: QUICK }));
  it('a corrupt gzip body', () => expectFailure(at('/corrupt-gzip'), { message: /corrupt compressed response/, maxMs: QUICK }));
  it('oversized response headers', () => expectFailure(at('/huge-headers'), { message: /oversized HTTP headers/, maxMs: QUICK }));
  it('a path robots.txt disallows', () =>
    expectFailure(at('/private/feed.xml'), { message: /robots\.txt asks automated readers like Groundwire not to fetch/, maxMs: QUICK }));

  it('truncated XML keeps the items that arrived whole', async () => {
    await scenario([at('/truncated-xml')], async ({ services, passes: [pass], bad: [source] }) => {
      const result = pass?.results.find((r) => r.sourceId === source?.id);
      assert.equal(result?.status, 'updated', result?.error ?? '');
      const titles = (await services.store.articles.listLatest({ limit: 10, sourceId: source?.id ?? '' })).map((article) => article.title);
      assert.ok(titles.includes('Cut story 0') && titles.includes('Cut story 1'), titles.join(' | '));
      assert.match(result?.warning ?? '', /The feed is damaged .*kept the \d+ items it could read/);
      assert.match((await services.store.sources.get(source?.id ?? ''))?.health.lastWarning ?? '', /damaged/);
    });
  });

  it('a 10 MB single-line feed is read whole, in bounded time and memory', async () => {
    assert.ok(BIG_FEED.length > 10_000_000 && !BIG_FEED.includes('\n'));
    await scenario([at('/big')], async ({ passes: [pass], bad: [source] }) => {
      const result = pass?.results.find((r) => r.sourceId === source?.id);
      assert.equal(result?.status, 'updated', result?.error ?? '');
      assert.equal(result?.inserted, 2000);
      assert.ok((pass?.elapsedMs ?? Infinity) < 30_000, `${Math.round(pass?.elapsedMs ?? 0)} ms`);
      assert.ok((pass?.peakRssGrowthMb ?? Infinity) < 400, `${Math.round(pass?.peakRssGrowthMb ?? 0)} MB`);
    });
  });

  it('a run of 500s backs off further each time and counts the failures', async () => {
    await scenario([at('/error')], async ({ services, bad: [source] }) => {
      const waits: number[] = [];
      for (let failures = 1; failures <= 4; failures += 1) {
        // The first pass ran in scenario(); each later one is another scheduled check coming round.
        if (failures > 1) await runPass(services);
        const health = (await services.store.sources.get(source?.id ?? ''))?.health;
        assert.equal(health?.consecutiveFailures, failures);
        assertPlainSentence(health?.lastError);
        assert.match(health?.lastError ?? '', /server had an error \(HTTP 500\)/);
        waits.push(Date.parse(health?.nextCheckAt ?? '') - Date.parse(health?.lastCheckAt ?? ''));
      }
      for (let i = 1; i < waits.length; i += 1) assert.ok((waits[i] as number) > (waits[i - 1] as number), `waits ${waits.join(', ')}`);
    });
  });

  it('a 410 disables the source and it is not fetched again', async () => {
    await scenario([at('/gone')], async ({ services, bad: [source] }) => {
      const stored = await services.store.sources.get(source?.id ?? '');
      assert.equal(stored?.enabled, false);
      assertPlainSentence(stored?.disabledReason);
      assert.match(stored?.health.lastError ?? '', /feed is gone \(HTTP 410\)/);
      const hits = bad.hits.get('/gone');
      await runPass(services);
      assert.equal(bad.hits.get('/gone'), hits);
    });
  });

  it('a 301 updates the source URL', async () => {
    await scenario([at('/old-home')], async ({ services, passes: [pass], bad: [source] }) => {
      assert.equal(pass?.results.find((r) => r.sourceId === source?.id)?.inserted, 2);
      assert.equal((await services.store.sources.get(source?.id ?? ''))?.feedUrl, at('/new-home'));
    });
  });

  it('a 429 with Retry-After pushes the next check past it, and the host is left alone meanwhile', async () => {
    await scenario(
      [at('/slow-down')],
      async ({ services, bad: [source] }) => {
        const health = (await services.store.sources.get(source?.id ?? ''))?.health;
        assertPlainSentence(health?.lastError);
        assert.ok(Date.parse(health?.nextCheckAt ?? '') - Date.now() > 7000 * 1000, health?.nextCheckAt ?? '');
        // The second pass was held back inside the adapter: the server saw one request only.
        assert.equal(bad.hits.get('/slow-down'), 1);
        assert.equal(health?.consecutiveFailures, 2);
      },
      2,
    );
  });
});
