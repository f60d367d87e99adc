/** `groundwire ingest`: one pass of the whole pipeline over every enabled source, then exit. */
import type { Command } from 'commander';
import { type PipelineSummary, runPipelinePass } from '../../../jobs/pipeline-pass.js';
import { type CliContext, EXIT, type GlobalOptions, type Services } from '../context.js';
import { createProgress } from '../progress.js';

/** Runs one pipeline pass with a progress display. */
export async function runFullPass(services: Services, showProgress: boolean, signal?: AbortSignal): Promise<PipelineSummary> {
  const progress = createProgress(showProgress);
  try {
    return await runPipelinePass(services.refresh, {
      ...services.pipeline,
      dueOnly: false,
      signal,
      onProgress: (phase, done, total, label) => progress.update(phase, done, total, label),
    });
  } finally {
    progress.stop();
  }
}

/** Summarises a pass for people. */
export function describePass(summary: PipelineSummary): string {
  const inserted = summary.sources.reduce((sum, r) => sum + r.inserted, 0);
  const failed = summary.sources.filter((r) => r.status === 'failed');
  const { articles, stories, briefs } = summary;
  const lines = [
    `Checked ${summary.sources.length} sources: ${inserted} new articles, ${failed.length} failed.`,
    `Full text: ${articles.extracted} from pages, ${articles.fromFeed} from feeds, ${articles.failed} unreadable.`,
    `Stories: ${stories.placed} articles placed (${stories.duplicates} copies folded), ${stories.storiesTouched.length} stories updated.`,
    `Briefs: ${briefs.composed} composed (${briefs.newVersions} new versions), ${briefs.droppedSentences} unsupported sentences dropped.`,
  ];
  for (const failure of failed) lines.push(`  ${failure.sourceId}: ${failure.error}`);
  for (const warned of summary.sources.filter((r) => r.warning)) lines.push(`  ${warned.sourceId}: ${warned.warning}`);
  return lines.join('\n');
}

/** Registers the command. */
export function registerIngest(program: Command, context: CliContext): void {
  program
    .command('ingest')
    .description('Refresh every enabled source once, read full text, update stories and briefs, and exit')
    .option('--json', 'print the pass summary as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const services = await context.services(command.optsWithGlobals<GlobalOptions>());
      try {
        const summary = await runFullPass(services, !options.json);
        context.stdout(options.json ? `${JSON.stringify(summary, null, 2)}\n` : `${describePass(summary)}\n`);
        process.exitCode = summary.sources.some((r) => r.status === 'failed') ? EXIT.partial : EXIT.ok;
      } finally {
        await services.close();
      }
    });
}
