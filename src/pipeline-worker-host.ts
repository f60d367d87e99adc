/** The main thread's side of the pipeline worker: starts it under supervision and turns its pass events into /healthz status. */
import type { BackgroundPassRequest, BackgroundPasses } from './interfaces/cli/context.js';
import type { PipelinePhase } from './jobs/pipeline-pass.js';
import type { Logger } from './ports/logger.js';
import { type SupervisorOptions, siblingModule, superviseWorker } from './worker-supervisor.js';

/** What the worker posts to the main thread. */
export type PassEvent =
  | { type: 'pass-started' }
  | { type: 'pass-progress'; phase: PipelinePhase; done: number; total: number; label: string }
  | { type: 'pass-ended'; ok: boolean; at: string };

export interface PipelineWorkerOptions extends Omit<SupervisorOptions, 'logger' | 'onMessage' | 'onCrash'> {
  /** Called with each pass event (tests wait on them). */
  onEvent?: (event: PassEvent) => void;
}

/** Starts the pipeline worker (src/pipeline-worker.ts) for `request` and reports its status. */
export function startPipelineWorker(request: BackgroundPassRequest, logger: Logger, options: PipelineWorkerOptions = {}): BackgroundPasses {
  let ingesting = false;
  let lastPassAt: string | null = null;
  const supervisor = superviseWorker(siblingModule(import.meta.url, 'pipeline-worker'), request, {
    ...options,
    logger,
    onMessage: (message) => {
      const event = message as PassEvent;
      if (event.type === 'pass-started') ingesting = true;
      if (event.type === 'pass-ended') {
        ingesting = false;
        if (event.ok) lastPassAt = event.at;
      }
      options.onEvent?.(event);
    },
    // A worker that died mid-pass is not ingesting any more.
    onCrash: () => (ingesting = false),
  });
  return {
    status: () => ({ ingesting, lastPassAt }),
    stop: () => supervisor.stop(),
  };
}
