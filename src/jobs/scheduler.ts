/** Runs pipeline passes on a timer until stopped; a stop lets the pass in flight finish its current commit. */
import type { Logger } from '../ports/logger.js';

export interface Scheduler {
  /** Stops scheduling and resolves once the pass in flight (if any) has ended. */
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  tickSeconds: number;
  /** Waits one tick before the first pass (the caller just ran one). */
  delayFirst?: boolean;
}

/** Starts running `pass` every `tickSeconds`; the signal it gets aborts when the scheduler stops. */
export function startScheduler(logger: Logger, pass: (signal: AbortSignal) => Promise<unknown>, options: SchedulerOptions): Scheduler {
  const controller = new AbortController();
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  const tick = () => {
    running = pass(controller.signal)
      .catch((error: unknown) => logger.error('scheduler-pass-failed', { error }))
      .finally(() => {
        if (!controller.signal.aborted) timer = setTimeout(tick, options.tickSeconds * 1000);
      });
  };
  if (options.delayFirst) timer = setTimeout(tick, options.tickSeconds * 1000);
  else tick();
  return {
    async stop() {
      controller.abort();
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
