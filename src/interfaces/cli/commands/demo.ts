/** `groundwire demo`: serve the demo newsroom on loopback, ingest it through the real pipeline, serve the UI. */
import type { Command } from 'commander';
import type { CliContext, GlobalOptions, Services } from '../context.js';
import type { NewSource } from '../../../domain/source.js';
import { describePass, runFullPass } from './ingest.js';
import { serveUntilSignal } from './serve.js';

/** Adds the demo sources, or points existing ones at this run's publisher address. */
export async function registerDemoSources(services: Services, sources: readonly NewSource[]): Promise<void> {
  const now = services.clock.now().toISOString();
  for (const source of sources) {
    const existing = await services.store.sources.get(source.id as string);
    if (existing)
      await services.store.sources.update(existing.id, { feedUrl: source.feedUrl, homepage: source.homepage ?? null, enabled: true });
    else await services.store.sources.add(source, now);
  }
}

/**
 * The demo corpus was written for one month in 2026; measured from today every story would read Stale.
 * The demo widens the stale window by the corpus's age, so it shows the mix a reader saw on its last day.
 */
function withCorpusClock(services: Services, newestPublished: string): Services {
  const configured = services.pipeline.cluster.staleAfterHours ?? 48;
  const corpusAgeHours = Math.max(0, (services.clock.now().getTime() - Date.parse(newestPublished)) / 3_600_000);
  const staleAfterHours = Math.ceil(configured + corpusAgeHours);
  return { ...services, pipeline: { ...services.pipeline, cluster: { ...services.pipeline.cluster, staleAfterHours } } };
}

/** Registers the command. */
export function registerDemo(program: Command, context: CliContext): void {
  program
    .command('demo')
    .description('Run the demo newsroom: a local publisher of 16 outlets, ingested end to end and served')
    .option('--ingest-only', 'ingest the demo and exit instead of serving')
    .action(async (options: { ingestOnly?: boolean }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const publisher = await context.startDemoPublisher(globals);
      const services = withCorpusClock(await context.services(globals, [publisher.allowEntry]), publisher.newestPublished);
      context.stderr(`Demo publisher: ${publisher.sources.length} outlets, ${publisher.articleCount} articles at ${publisher.url}\n`);
      await registerDemoSources(services, publisher.sources);
      const summary = await runFullPass(services, true);
      context.stderr(`${describePass(summary)}\n`);
      if (options.ingestOnly) {
        await publisher.close();
        await services.close();
        return;
      }
      await serveUntilSignal(context, services, globals, {
        onStop: () => publisher.close(),
        extraAllow: [publisher.allowEntry],
        delayFirst: true,
        lastPassAt: services.clock.now().toISOString(),
        banner: (url) => `\nGroundwire demo newsroom is ready: ${url}\nPress Ctrl+C to stop.\n`,
      });
    });
}
