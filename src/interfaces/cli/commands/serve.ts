/** Shared by `start` and `demo`: serve the web UI and run the scheduler until SIGINT/SIGTERM. */
import { startScheduler } from '../../../jobs/scheduler.js';
import type { CliContext, Services } from '../context.js';

export interface ServeOptions {
  /** Extra clean-up after the server and scheduler stop (e.g. the demo publisher). */
  onStop?: () => Promise<void>;
  /** Seconds between scheduler passes. */
  tickSeconds?: number;
  /** Set when ingestion already ran; the scheduler then waits a tick before its first pass. */
  banner?: (url: string) => string;
}

/** Serves until a signal arrives, then finishes in-flight work and closes everything. */
export async function serveUntilSignal(context: CliContext, services: Services, options: ServeOptions = {}): Promise<void> {
  let lastPassAt: string | null = null;
  let ingesting = false;
  const web = await context.startWeb(
    { store: services.store, clock: services.clock, logger: services.logger, status: () => ({ ingesting, lastPassAt }) },
    services.settings.host,
    services.settings.port,
  );
  const scheduler = startScheduler(
    {
      ...services.refresh,
      store: services.store,
    },
    {
      concurrency: services.settings.fetchConcurrency,
      tickSeconds: options.tickSeconds ?? 60,
      onProgress: () => {
        ingesting = true;
        lastPassAt = services.clock.now().toISOString();
      },
    },
  );
  context.stdout(options.banner ? options.banner(web.url) : `Groundwire is serving at ${web.url}\n`);
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
