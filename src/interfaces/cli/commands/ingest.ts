/** `groundwire ingest`: one pass over every enabled source, then exit. */
import type { Command } from 'commander';
import { type RefreshResult } from '../../../jobs/refresh-source.js';
import { ingest } from '../../../jobs/ingest.js';
import { type CliContext, EXIT, type GlobalOptions, type Services } from '../context.js';
import { createProgress } from '../progress.js';

/** Runs one ingestion pass with a progress display; resolves to the results. */
export async function runIngestPass(services: Services, showProgress: boolean, signal?: AbortSignal): Promise<RefreshResult[]> {
  const progress = createProgress(showProgress, 'Ingesting');
  try {
    return await ingest(services.refresh, {
      concurrency: services.settings.fetchConcurrency,
      dueOnly: false,
      signal,
      onProgress: (done, total, result) => progress.update(done, total, `${result.sourceId}: ${result.status}${result.inserted ? ` +${result.inserted}` : ''}`),
    });
  } finally {
    progress.stop();
  }
}

/** Summarises a pass in one line for people. */
export function describePass(results: readonly RefreshResult[]): string {
  const inserted = results.reduce((sum, r) => sum + r.inserted, 0);
  const failed = results.filter((r) => r.status === 'failed');
  const lines = [`Checked ${results.length} sources: ${inserted} new articles, ${failed.length} failed.`];
  for (const failure of failed) lines.push(`  ${failure.sourceId}: ${failure.error}`);
  return lines.join('\n');
}

/** Registers the command. */
export function registerIngest(program: Command, context: CliContext): void {
  program
    .command('ingest')
    .description('Refresh every enabled source once, store new articles, and exit')
    .option('--json', 'print the per-source results as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const services = await context.services(command.optsWithGlobals<GlobalOptions>());
      try {
        const results = await runIngestPass(services, !options.json);
        context.stdout(options.json ? `${JSON.stringify(results, null, 2)}\n` : `${describePass(results)}\n`);
        process.exitCode = results.some((r) => r.status === 'failed') ? EXIT.partial : EXIT.ok;
      } finally {
        await services.close();
      }
    });
}
