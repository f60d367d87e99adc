/** The demo as a user runs it: ingest, serve, shut down cleanly, and survive a kill mid-refresh. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { loadDemoCorpus } from '../../src/demo/corpus.js';
import { ROOT, cliEnv, exited, runCli, startCli, tempDataDir } from './helpers.js';

const corpus = loadDemoCorpus(join(ROOT, 'demo'));
const expectedItems = corpus.articles.length + corpus.articles.filter((a) => a.linkVariant === 'repost').length;

function countRows(dataDir: string): { articles: number; distinct: number } {
  const db = new Database(join(dataDir, 'groundwire.db'), { readonly: true });
  const row = db.prepare('SELECT count(*) AS articles, count(DISTINCT source_id || item_key) AS distinct_items FROM articles').get() as {
    articles: number;
    distinct_items: number;
  };
  db.close();
  return { articles: row.articles, distinct: row.distinct_items };
}

describe('demo lifecycle', () => {
  it('serves the board, answers /healthz, and stops cleanly on SIGTERM', async () => {
    const dataDir = tempDataDir();
    const { child, match, output } = await startCli(
      ['demo'],
      cliEnv(dataDir, { GROUNDWIRE_LOG_LEVEL: 'info' }),
      /ready: (http:\/\/127\.0\.0\.1:\d+)/,
    );
    const url = match[1] as string;
    const health = (await (await fetch(`${url}/healthz`)).json()) as {
      status: string;
      articles: number;
      sources: number;
      failing_sources: number;
      lastPassAt: string | null;
    };
    // The demo's own pass ran before serving; /healthz reports it until the background passes run one.
    assert.ok(health.lastPassAt && Date.now() - Date.parse(health.lastPassAt) < 600_000, `lastPassAt: ${health.lastPassAt}`);
    assert.deepEqual(
      { ...health, ingesting: undefined, lastPassAt: undefined },
      {
        status: 'ok',
        articles: expectedItems,
        sources: corpus.outlets.length,
        failing_sources: 0,
        ingesting: undefined,
        lastPassAt: undefined,
      },
    );
    const board = await fetch(`${url}/`);
    assert.equal(board.status, 200);
    assert.match(board.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    const page = await board.text();
    assert.match(page, new RegExp(corpus.articles[0]?.outlet.name ?? 'x'));
    child.kill('SIGTERM');
    const { code } = await exited(child);
    assert.equal(code, 0, output());
    assert.match(output(), /"event":"server-stopped"/);
  });

  it('loses nothing and duplicates nothing when killed mid-ingest and run again', async () => {
    const dataDir = tempDataDir();
    // One source at a time, so the kill lands between committed refreshes and inside one.
    const env = cliEnv(dataDir, { GROUNDWIRE_LOG_LEVEL: 'info', GROUNDWIRE_FETCH_CONCURRENCY: '1' });
    const { child } = await startCli(['demo', '--ingest-only'], env, /"event":"source-refreshed"/);
    child.kill('SIGKILL');
    await exited(child);
    const partial = countRows(dataDir);
    assert.ok(partial.articles < expectedItems, 'the kill interrupted ingestion');
    assert.equal(partial.articles, partial.distinct);
    const rerun = runCli(['demo', '--ingest-only'], cliEnv(dataDir));
    assert.equal(rerun.code, 0, rerun.stderr);
    const full = countRows(dataDir);
    assert.equal(full.articles, expectedItems);
    assert.equal(full.distinct, expectedItems);
    const sources = JSON.parse(runCli(['sources', 'list', '--json'], cliEnv(dataDir)).stdout) as {
      health: { consecutiveFailures: number; lastSuccessAt: string | null };
    }[];
    assert.equal(sources.length, corpus.outlets.length);
    assert.ok(sources.every((s) => s.health.consecutiveFailures === 0 && s.health.lastSuccessAt));
  });
});
