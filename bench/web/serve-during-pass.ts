/**
 * The server under test for bench:web's run during a pipeline pass: the web app over an empty data
 * directory with the demo outlets registered, and, once "go" arrives on stdin, one full pass over the
 * demo publisher, either in the pipeline worker thread (as `start` and `demo` run it) or on the
 * server's own thread (as they did before, for comparison).
 * Usage: serve-during-pass.ts <data-dir> <publisher-url> <allow-entry> worker|thread
 * Prints "listening <url>", then "pass-started" and "pass-ended <ms>"; stops on SIGTERM.
 */
import path from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { loadDemoCorpus } from '../../src/demo/corpus.js';
import { demoSources } from '../../src/demo/register.js';
import { runPipelinePass } from '../../src/jobs/pipeline-pass.js';
import { buildServices } from '../../src/main.js';
import { startWebServer } from '../../src/interfaces/web/server.js';
import { startPipelineWorker } from '../../src/pipeline-worker-host.js';
import type { BackgroundPasses } from '../../src/interfaces/cli/context.js';

const [dataDir, publisherUrl, allowEntry, mode] = process.argv.slice(2);
if (!dataDir || !publisherUrl || !allowEntry || (mode !== 'worker' && mode !== 'thread'))
  throw new Error('usage: serve-during-pass.ts <data-dir> <publisher-url> <allow-entry> worker|thread');
const services = await buildServices(loadConfig({ env: { GROUNDWIRE_DATA_DIR: dataDir, GROUNDWIRE_LOG_LEVEL: 'warn' } }), [allowEntry]);
const now = services.clock.now().toISOString();
for (const source of demoSources(loadDemoCorpus(path.resolve(import.meta.dirname, '../../demo')), publisherUrl))
  await services.store.sources.add(source, now);
let passes: BackgroundPasses | null = null;
const web = await startWebServer(
  {
    store: services.store,
    clock: services.clock,
    logger: services.logger,
    staleAfterHours: 48,
    status: () => passes?.status() ?? { ingesting: false, lastPassAt: null },
    http: services.http,
    site: services.site,
    dataVersion: services.dataVersion,
  },
  '127.0.0.1',
  0,
);
process.stdout.write(`listening ${web.url}\n`);

let started = 0;
const ended = () => process.stdout.write(`pass-ended ${Math.round(performance.now() - started)}\n`);
process.stdin.once('data', () => {
  process.stdin.destroy();
  if (mode === 'worker') {
    const request = { options: { dataDir }, extraAllow: [allowEntry], tickSeconds: 3600, delayFirst: false };
    passes = startPipelineWorker(request, services.logger, {
      onEvent: (event) => {
        if (event.type === 'pass-started') {
          started = performance.now();
          process.stdout.write('pass-started\n');
        }
        if (event.type === 'pass-ended') ended();
      },
    });
    return;
  }
  started = performance.now();
  process.stdout.write('pass-started\n');
  void runPipelinePass(services.refresh, { ...services.pipeline, dueOnly: false }).then(ended);
});
process.once('SIGTERM', () => {
  void web
    .close()
    .then(() => passes?.stop())
    .then(() => services.close());
});
