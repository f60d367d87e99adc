import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { LogFields, Logger } from './ports/logger.js';
import { siblingModule, superviseWorker } from './worker-supervisor.js';

function recordingLogger(): Logger & { events: { event: string; fields: LogFields }[] } {
  const events: { event: string; fields: LogFields }[] = [];
  const record = (event: string, fields: LogFields = {}) => events.push({ event, fields });
  const logger = { events, debug: record, info: record, warn: record, error: record, child: () => logger };
  return logger;
}

/** Writes a worker module that counts its starts in a file and crashes on the first `crashes` of them. */
function countingWorker(crashes: number, onStop: 'exit' | 'ignore'): { entry: URL; starts: () => number } {
  const dir = mkdtempSync(join(tmpdir(), 'gw-supervisor-'));
  const counter = join(dir, 'starts');
  writeFileSync(counter, '0');
  const stop = onStop === 'exit' ? 'process.exit(0);' : '';
  const entry = join(dir, 'worker.mjs');
  writeFileSync(
    entry,
    `import { readFileSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
const start = Number(readFileSync(${JSON.stringify(counter)}, 'utf8')) + 1;
writeFileSync(${JSON.stringify(counter)}, String(start));
parentPort.postMessage({ start });
if (start <= ${crashes}) throw new Error('crash number ' + start);
setInterval(() => {}, 1000);
parentPort.on('message', (message) => { if (message.type === 'stop') { ${stop} } });
`,
  );
  return { entry: pathToFileURL(entry), starts: () => Number(readFileSync(counter, 'utf8')) };
}

function waitFor(condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (!condition()) return;
      clearInterval(timer);
      resolve();
    }, 5);
  });
}

describe('worker supervisor', () => {
  it('logs each crash and restarts the worker after a delay that doubles', async () => {
    const logger = recordingLogger();
    const worker = countingWorker(3, 'exit');
    const messages: unknown[] = [];
    const supervisor = superviseWorker(worker.entry, null, {
      logger,
      restartDelayMs: 20,
      maxRestartDelayMs: 50,
      onMessage: (message) => messages.push(message),
    });
    await waitFor(() => messages.length === 4);
    assert.deepEqual(messages, [{ start: 1 }, { start: 2 }, { start: 3 }, { start: 4 }]);
    assert.equal(supervisor.restarts(), 3);
    const exits = logger.events.filter((entry) => entry.event === 'worker-exited');
    assert.deepEqual(
      exits.map((entry) => entry.fields.restart_in_ms),
      [20, 40, 50],
    );
    assert.equal(logger.events.filter((entry) => entry.event === 'worker-failed').length, 3);
    await supervisor.stop();
    assert.equal(supervisor.restarts(), 3, 'a stopped worker is not restarted');
    assert.equal(worker.starts(), 4);
  });

  it('terminates a worker that does not stop in time', async () => {
    const logger = recordingLogger();
    const worker = countingWorker(0, 'ignore');
    const messages: unknown[] = [];
    const supervisor = superviseWorker(worker.entry, null, { logger, stopTimeoutMs: 50, onMessage: (message) => messages.push(message) });
    await waitFor(() => messages.length === 1);
    await supervisor.stop();
    assert.ok(logger.events.some((entry) => entry.event === 'worker-terminated'));
    assert.equal(supervisor.restarts(), 0);
  });

  it('finds a module next to the caller with the caller’s extension', () => {
    assert.equal(siblingModule('file:///app/src/main.ts', 'pipeline-worker').href, 'file:///app/src/pipeline-worker.ts');
    assert.equal(siblingModule('file:///app/dist/main.js', 'pipeline-worker').href, 'file:///app/dist/pipeline-worker.js');
  });
});
