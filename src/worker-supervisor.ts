/**
 * Keeps one worker thread running on behalf of the main thread: starts it (from source under tsx or
 * from the build), relays its messages, logs a crash and starts it again after a growing delay, and
 * stops it on request. A crashed worker never takes the process down with it.
 */
import { Worker } from 'node:worker_threads';
import type { Logger } from './ports/logger.js';

export interface SupervisorOptions {
  logger: Logger;
  /** Called with every message the worker posts. */
  onMessage?: (message: unknown) => void;
  /** Called when a worker ends without being asked to (before the restart is scheduled). */
  onCrash?: () => void;
  /** Delay before the first restart; it doubles with each crash in a row, up to maxRestartDelayMs. */
  restartDelayMs?: number;
  maxRestartDelayMs?: number;
  /** A worker that ran this long before crashing counts as healthy: the next restart waits restartDelayMs again. */
  healthyAfterMs?: number;
  /** How long stop() lets the worker finish (a pass in flight commits) before terminating it. */
  stopTimeoutMs?: number;
}

export interface SupervisedWorker {
  /** Asks the worker to stop (it gets `{ type: 'stop' }`), waits for it to exit, and restarts it no more. */
  stop(): Promise<void>;
  /** Times the worker was started again after a crash. */
  restarts(): number;
}

/** Returns the URL of a module next to `from` (an import.meta.url) with the same extension: .ts under tsx, .js in the build. */
export function siblingModule(from: string, name: string): URL {
  const extension = /\.[cm]?[jt]s$/.exec(new URL(from).pathname)?.[0] ?? '.js';
  return new URL(`./${name}${extension}`, from);
}

/** Starts a worker thread running the module at `entry`. */
export function spawnWorker(entry: URL, workerData: unknown): Worker {
  if (!/\.[cm]?ts$/.test(entry.pathname)) return new Worker(entry, { workerData });
  // Running from source: a worker does not inherit tsx's loader hooks, so the worker registers them before importing the entry.
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { eval: true, workerData });
}

/** Starts the worker at `entry` and keeps it running until stop(). */
export function superviseWorker(entry: URL, workerData: unknown, options: SupervisorOptions): SupervisedWorker {
  const { logger } = options;
  const initialDelay = options.restartDelayMs ?? 1000;
  let delay = initialDelay;
  let restarts = 0;
  let stopping = false;
  let worker: Worker | null = null;
  let exited: Promise<void> = Promise.resolve();
  let restartTimer: NodeJS.Timeout | null = null;

  const start = () => {
    restartTimer = null;
    const startedAt = performance.now();
    const current = spawnWorker(entry, workerData);
    worker = current;
    current.on('message', (message: unknown) => options.onMessage?.(message));
    current.on('error', (error) => logger.error('worker-failed', { worker: entry.pathname, error }));
    exited = new Promise((resolve) =>
      current.once('exit', (code) => {
        worker = null;
        resolve();
        if (stopping) return;
        if (performance.now() - startedAt >= (options.healthyAfterMs ?? 60_000)) delay = initialDelay;
        logger.error('worker-exited', { worker: entry.pathname, exit_code: code, restart_in_ms: delay });
        options.onCrash?.();
        restarts += 1;
        restartTimer = setTimeout(start, delay);
        delay = Math.min(delay * 2, options.maxRestartDelayMs ?? 60_000);
      }),
    );
  };
  start();

  return {
    async stop() {
      stopping = true;
      if (restartTimer) clearTimeout(restartTimer);
      const current = worker;
      if (!current) return;
      current.postMessage({ type: 'stop' });
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), options.stopTimeoutMs ?? 30_000);
      });
      if (await Promise.race([exited.then(() => false), timedOut])) {
        logger.warn('worker-terminated', { worker: entry.pathname, reason: 'did not stop in time' });
        await current.terminate();
      }
      clearTimeout(timer);
    },
    restarts: () => restarts,
  };
}
