/** Shared by `start` and `demo`: serve the web UI and run the scheduler until SIGINT/SIGTERM. */
import { runPipelinePass } from '../../../jobs/pipeline-pass.js';
import { startScheduler } from '../../../jobs/scheduler.js';
import type { CliContext, Services } from '../context.js';
import { ADMIN_OFF_HINT } from '../../web/admin/admin-settings.js';

export interface ServeOptions {
  /** Extra clean-up after the server and scheduler stop (e.g. the demo publisher). */
  onStop?: () => Promise<void>;
  /** Seconds between scheduler passes. */
  tickSeconds?: number;
  /** Set when a pass just ran; the scheduler then waits a tick before its first pass. */
  delayFirst?: boolean;
  banner?: (url: string) => string;
}

/** Serves until a signal arrives, then finishes in-flight work and closes everything. */
export async function serveUntilSignal(context: CliContext, services: Services, options: ServeOptions = {}): Promise<void> {
  let lastPassAt: string | null = null;
  let ingesting = false;
  const web = await context.startWeb(
    {
      store: services.store,
      clock: services.clock,
      logger: services.logger,
      staleAfterHours: services.pipeline.cluster.staleAfterHours ?? 48,
      status: () => ({ ingesting, lastPassAt }),
      http: services.http,
      site: services.site,
      dataVersion: services.dataVersion,
    },
    services.settings.host,
    services.settings.port,
  );
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
    { tickSeconds: options.tickSeconds ?? 60, delayFirst: options.delayFirst ?? false },
  );
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
  // Order matters: stop taking requests, let the refresh in flight commit, then close the store.
  await web.close();
  await scheduler.stop();
  await options.onStop?.();
  await services.close();
  services.logger.info('server-stopped', {});
}
