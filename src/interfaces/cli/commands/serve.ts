/** Shared by `start` and `demo`: serve the web UI while pipeline passes run in the background, until SIGINT/SIGTERM. */
import { runPipelinePass } from '../../../jobs/pipeline-pass.js';
import { startScheduler } from '../../../jobs/scheduler.js';
import type { BackgroundPassRequest, BackgroundPasses, CliContext, GlobalOptions, Services } from '../context.js';
import { ADMIN_OFF_HINT } from '../../web/admin/admin-settings.js';

export interface ServeOptions {
  /** Extra clean-up after the server and the passes stop (e.g. the demo publisher). */
  onStop?: () => Promise<void>;
  /** Seconds between scheduler passes. */
  tickSeconds?: number;
  /** Set when a pass just ran; the scheduler then waits a tick before its first pass. */
  delayFirst?: boolean;
  /** Fetch allow-list entries the services were built with beyond config's (the demo publisher). */
  extraAllow?: string[];
  banner?: (url: string) => string;
  /** When the command already ran a pass before serving (the demo), so /healthz reports it until the next one. */
  lastPassAt?: string;
}

/** Runs the passes on this thread: only for contexts that cannot start a worker (test doubles). */
function passesOnThisThread(services: Services, request: BackgroundPassRequest): BackgroundPasses {
  let ingesting = false;
  let lastPassAt: string | null = null;
  const scheduler = startScheduler(
    services.logger,
    async (signal) => {
      ingesting = true;
      try {
        await runPipelinePass(services.refresh, { ...services.pipeline, dueOnly: true, signal });
        lastPassAt = services.clock.now().toISOString();
      } finally {
        ingesting = false;
      }
    },
    { tickSeconds: request.tickSeconds, delayFirst: request.delayFirst },
  );
  return { status: () => ({ ingesting, lastPassAt }), stop: () => scheduler.stop() };
}

/** Serves until a signal arrives, then finishes in-flight work and closes everything. */
export async function serveUntilSignal(
  context: CliContext,
  services: Services,
  globals: GlobalOptions,
  options: ServeOptions = {},
): Promise<void> {
  const request: BackgroundPassRequest = {
    options: globals,
    extraAllow: options.extraAllow ?? [],
    tickSeconds: options.tickSeconds ?? 60,
    delayFirst: options.delayFirst ?? false,
    ...(services.pipeline.cluster.staleAfterHours !== undefined ? { staleAfterHours: services.pipeline.cluster.staleAfterHours } : {}),
  };
  let passes: BackgroundPasses | null = null;
  const web = await context.startWeb(
    {
      store: services.store,
      clock: services.clock,
      logger: services.logger,
      staleAfterHours: services.pipeline.cluster.staleAfterHours ?? 48,
      status: () => {
        const status = passes?.status() ?? { ingesting: false, lastPassAt: null };
        return { ...status, lastPassAt: status.lastPassAt ?? options.lastPassAt ?? null };
      },
      http: services.http,
      site: services.site,
      dataVersion: services.dataVersion,
      taxonomy: services.pipeline.taxonomy,
    },
    services.settings.host,
    services.settings.port,
  );
  // The passes run in a worker thread with their own store connection: the server's event loop only serves.
  passes = context.startPasses ? context.startPasses(request, services.logger) : passesOnThisThread(services, request);
  context.stdout(options.banner ? options.banner(web.url) : `Groundwire is serving at ${web.url}\n`);
  if (!services.site.adminPassword && !services.site.adminToken) context.stdout(`${ADMIN_OFF_HINT}\n`);
  services.logger.info('server-started', { url: web.url });
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      services.logger.info('shutdown-requested', { signal });
      resolve();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  // Order matters: stop taking requests, let the pass in flight commit, then close the store.
  await web.close();
  await passes.stop();
  await options.onStop?.();
  await services.close();
  services.logger.info('server-stopped', {});
}
