/** Runs ingestion passes on a timer until stopped; a stop lets the pass in flight finish. */
import type { Logger } from '../ports/logger.js';
import { type IngestOptions, ingest } from './ingest.js';
import type { RefreshDependencies } from './refresh-source.js';

export interface Scheduler {
  /** Stops scheduling and resolves once the pass in flight (if any) has committed. */
  stop(): Promise<void>;
}

/** Starts polling for due sources every `tickSeconds`. */
export function startScheduler(deps: RefreshDependencies & { logger: Logger }, options: Omit<IngestOptions, 'dueOnly' | 'signal'> & { tickSeconds: number }): Scheduler {
  const controller = new AbortController();
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  const tick = () => {
    running = ingest(deps, { ...options, dueOnly: true, signal: controller.signal })
      .catch((error: unknown) => deps.logger.error('scheduler-pass-failed', { error }))
      .finally(() => {
        if (!controller.signal.aborted) timer = setTimeout(tick, options.tickSeconds * 1000);
      });
  };
  tick();
  return {
    async stop() {
      controller.abort();
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
