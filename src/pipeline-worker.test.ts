/** The pipeline worker: a pass runs in its own thread on its own connection, and the server's page cache sees what it wrote. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from './config/load.js';
import type { BackgroundPasses, Services } from './interfaces/cli/context.js';
import { type WebServer, startWebServer } from './interfaces/web/server.js';
import { buildServices } from './main.js';
import type { Logger } from './ports/logger.js';
import { type PassEvent, startPipelineWorker } from './pipeline-worker-host.js';

const HEADLINE = 'Harbour authority opens the Kestrel Quay container terminal';
const PARAGRAPH =
  'The Kestrel Quay terminal opened on Monday after three years of building, the harbour authority said. ' +
  'It adds four berths and can handle two million containers a year, according to the authority. ' +
  'Shipping lines had asked for more berths since the old quay reached its limit in the spring.';

function feed(base: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Quay Post</title><link>${base}/</link><description>Port news</description>
<item><title>${HEADLINE}</title><link>${base}/kestrel</link><guid>${base}/kestrel</guid>
<pubDate>${new Date(Date.now() - 3_600_000).toUTCString()}</pubDate><description>${PARAGRAPH}</description></item>
</channel></rss>`;
}

function article(): string {
  return `<!doctype html><html lang="en"><head><title>${HEADLINE}</title></head><body><article><h1>${HEADLINE}</h1>
<p>${PARAGRAPH}</p><p>${PARAGRAPH.replace('Monday', 'the first day of the week')}</p></article></body></html>`;
}

let publisher: Server;
let base = '';
let dataDir = '';
let services: Services;
let web: WebServer;

before(async () => {
  publisher = createServer((request, response) => {
    if (request.url === '/feed.xml') response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(base));
    else if (request.url === '/kestrel') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article());
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => publisher.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(publisher.address() as AddressInfo).port}`;
  dataDir = mkdtempSync(join(tmpdir(), 'gw-worker-'));
  services = await buildServices(loadConfig({ env: { GROUNDWIRE_DATA_DIR: dataDir, GROUNDWIRE_LOG_LEVEL: 'silent' } }));
  await services.store.sources.add({ id: 'quay-post', name: 'Quay Post', feedUrl: `${base}/feed.xml` }, new Date().toISOString());
  web = await startWebServer(
    {
      store: services.store,
      clock: services.clock,
      logger: services.logger,
      staleAfterHours: 48,
      status: () => ({ ingesting: false, lastPassAt: null }),
      dataVersion: services.dataVersion,
    },
    '127.0.0.1',
    0,
  );
});

after(async () => {
  await web.close();
  await services.close();
  publisher.close();
});

describe('pipeline worker', () => {
  it('runs a pass in its own thread, and the server’s cached board shows what the pass wrote', async () => {
    const empty = await fetch(`${web.url}/`);
    assert.doesNotMatch(await empty.text(), /Kestrel Quay/);
    assert.equal((await fetch(`${web.url}/`)).headers.get('x-page-cache'), 'hit', 'the empty board is cached');

    const events: PassEvent[] = [];
    const logged: string[] = [];
    const record = (event: string) => void logged.push(event);
    const supervisorLog: Logger = { debug: record, info: record, warn: record, error: record, child: () => supervisorLog };
    let ingestingDuringPass: boolean | undefined;
    let passes: BackgroundPasses | null = null;
    const ended = new Promise<void>((resolve) => {
      passes = startPipelineWorker(
        { options: { dataDir, logLevel: 'silent' }, extraAllow: [new URL(base).host], tickSeconds: 3600, delayFirst: false },
        supervisorLog,
        {
          onEvent: (event) => {
            events.push(event);
            if (event.type === 'pass-started') ingestingDuringPass = passes?.status().ingesting;
            if (event.type === 'pass-ended') resolve();
          },
        },
      );
    });
    await ended;
    const worker = passes as BackgroundPasses | null;
    assert.ok(worker);
    assert.deepEqual(
      events.filter((event) => event.type !== 'pass-progress'),
      [{ type: 'pass-started' }, { type: 'pass-ended', ok: true, at: worker.status().lastPassAt }],
    );
    assert.ok(events.some((event) => event.type === 'pass-progress' && event.phase === 'feeds'));
    assert.equal(ingestingDuringPass, true);
    if (process.platform === 'linux') {
      // The pass's thread runs at a lower priority than the server's (niceness is field 19 of /proc/…/stat).
      const niceness = readdirSync('/proc/self/task').map((task) =>
        Number(readFileSync(`/proc/self/task/${task}/stat`, 'utf8').split(') ')[1]?.split(' ')[16]),
      );
      assert.ok(niceness.includes(10), `thread niceness: ${niceness.join(', ')}`);
      assert.equal(getPriority(), 0, 'the server’s thread keeps its priority');
    }
    assert.equal(worker.status().ingesting, false);

    // Another thread's commit shows once the page cache has re-read the files' change time (every 10 ms) and the
    // page has settled (served for at most 1 s after a background commit).
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const board = await fetch(`${web.url}/`);
    assert.equal(board.headers.get('x-page-cache'), null, 'the worker’s commit made the cached board stale');
    assert.match(await board.text(), /Kestrel Quay/);
    await worker.stop();
    assert.deepEqual(logged, [], 'the worker stopped by itself, without a crash or being terminated');
  });
});
