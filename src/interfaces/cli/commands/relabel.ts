/**
 * `groundwire relabel [--story <ids>] [--no-briefs]`: labels stored stories again with the taxonomy in config as it is
 * now (after editing it, or after an upgrade), then composes the briefs of the stories whose labels changed. Exit
 * codes: 0 done, 2 a story asked for does not exist.
 */
import type { Command } from 'commander';
import { composeBriefs } from '../../../jobs/compose-briefs.js';
import { relabelStories } from '../../../jobs/relabel-stories.js';
import { commaList } from '../comma-list.js';
import { type CliContext, EXIT, type GlobalOptions, type Services } from '../context.js';

interface RelabelFlags {
  story?: string[];
  briefs: boolean;
}

// Repeatable: each --story adds to the ones before it.
const storyList = (value: string, previous: string[] = []) => [...previous, ...commaList(value)];

async function run(context: CliContext, services: Services, flags: RelabelFlags): Promise<number> {
  const { taxonomy, labelModel, boardLanguage, briefModel } = services.pipeline;
  const summary = await relabelStories(services, {
    taxonomy,
    ...(labelModel ? { labelModel } : {}),
    ...(flags.story ? { storyIds: flags.story } : {}),
  });
  context.stdout(`Relabelled ${summary.stories} ${summary.stories === 1 ? 'story' : 'stories'}: ${summary.changed.length} changed.\n`);
  if (summary.empty.length > 0) context.stdout(`Left as filed, no article stored any more: ${summary.empty.join(', ')}\n`);
  if (summary.missing.length > 0) context.stderr(`No such story: ${summary.missing.join(', ')}\n`);
  if (flags.briefs && summary.changed.length > 0) {
    const briefs = await composeBriefs(services, { batchSize: 50, language: boardLanguage, ...(briefModel ? { model: briefModel } : {}) });
    context.stdout(`Briefs: ${briefs.composed} composed (${briefs.newVersions} new versions).\n`);
  } else if (summary.changed.length > 0) {
    context.stdout('Their briefs will be composed on the next pipeline pass.\n');
  }
  return summary.missing.length > 0 ? EXIT.usage : EXIT.ok;
}

/** Registers the command. */
export function registerRelabel(program: Command, context: CliContext): void {
  program
    .command('relabel')
    .description(
      'Label stored stories again with the taxonomy in config as it is now (after editing it or upgrading), and compose the briefs of those that changed',
    )
    .option('--story <ids>', 'only these stories (comma-separated ids; repeatable)', storyList)
    .option('--no-briefs', 'leave the changed stories’ briefs to the next pipeline pass')
    .action(async (flags: RelabelFlags, command: Command) => {
      const services = await context.services(command.optsWithGlobals<GlobalOptions>());
      try {
        process.exitCode = await run(context, services, flags);
      } finally {
        await services.close();
      }
    });
}
