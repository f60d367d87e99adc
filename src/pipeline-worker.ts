/**
 * Worker-thread entry for scheduled pipeline passes: builds its own services (its own SQLite
 * connection; WAL lets the server read while it writes) from the server's config through the
 * composition root, so a pass never runs on the web server's event loop.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { BackgroundPassRequest } from './interfaces/cli/context.js';
import { runPipelinePass } from './jobs/pipeline-pass.js';
import { startScheduler } from './jobs/scheduler.js';
import { buildPassServices } from './main.js';
import type { PassEvent } from './pipeline-worker-host.js';

/** Niceness of the pass's thread (0 is normal, 19 the lowest priority). */
const PASS_NICENESS = 10;

if (!parentPort) throw new Error('pipeline-worker: runs only as a worker thread (src/pipeline-worker-host.ts starts it)');
const port = parentPort;
// Linux applies a priority set with pid 0 to the calling thread alone: the pass then yields the CPU to the web
// server's thread whenever both want it (elsewhere it would slow the whole process, server included).
if (process.platform === 'linux') {
  try {
    setPriority(PASS_NICENESS);
  } catch {
    // Not permitted here: the pass runs at the server's priority.
  }
}
const request = workerData as BackgroundPassRequest;
const services = await buildPassServices(request);
const post = (event: PassEvent) => port.postMessage(event);

const scheduler = startScheduler(
  services.logger,
  async (signal) => {
    post({ type: 'pass-started' });
    let ok = false;
    try {
      await runPipelinePass(services.refresh, {
        ...services.pipeline,
        dueOnly: true,
        signal,
        onProgress: (phase, done, total, label) => post({ type: 'pass-progress', phase, done, total, label }),
      });
      ok = true;
    } finally {
      post({ type: 'pass-ended', ok, at: services.clock.now().toISOString() });
    }
  },
  { tickSeconds: request.tickSeconds, delayFirst: request.delayFirst },
);

port.on('message', (message: { type?: string }) => {
  if (message.type !== 'stop') return;
  // Let the pass in flight commit, release the store and sockets, then let the thread end.
  void scheduler
    .stop()
    .then(() => services.close())
    .finally(() => port.close());
});
