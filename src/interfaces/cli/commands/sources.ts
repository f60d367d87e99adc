/** `groundwire sources add|list|remove|import|export`: manage the feeds Groundwire follows. */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Source } from '../../../domain/source.js';
import { addSource } from '../../../jobs/add-source.js';
import { exportOpml, parseOpml } from '../../../jobs/opml.js';
import { formatAge } from '../../../shared/time.js';
import { commaList } from '../comma-list.js';
import { numberIn } from '../number-option.js';
import { type CliContext, EXIT, type GlobalOptions, type Services } from '../context.js';

async function withServices(context: CliContext, command: Command, run: (services: Services) => Promise<void>): Promise<void> {
  const services = await context.services(command.optsWithGlobals<GlobalOptions>());
  try {
    await run(services);
  } finally {
    await services.close();
  }
}

function describeSource(source: Source, now: Date): string {
  const state = !source.enabled
    ? `disabled: ${source.disabledReason ?? 'by the operator'}`
    : source.health.consecutiveFailures > 0
      ? `failing ×${source.health.consecutiveFailures}: ${source.health.lastError}`
      : source.health.lastSuccessAt
        ? 'ok'
        : 'not checked yet';
  const last = source.health.lastSuccessAt ? `last success ${formatAge(source.health.lastSuccessAt, now)}` : 'never succeeded';
  const next = source.health.nextCheckAt ? `next check ${source.health.nextCheckAt}` : '';
  const warning = source.health.lastWarning ? `\n    warning: ${source.health.lastWarning}` : '';
  return `${source.id}\t${source.name}\t${source.feedUrl}\n    ${state} · ${last}${next ? ` · ${next}` : ''}${source.boards.length ? ` · boards: ${source.boards.join(', ')}` : ''}${warning}`;
}

/** Registers the command group. */
export function registerSources(program: Command, context: CliContext): void {
  const sources = program.command('sources').description('Manage the feeds Groundwire follows');
  registerAdd(sources, context);
  registerList(sources, context);
  registerRemove(sources, context);
  registerImport(sources, context);
  registerExport(sources, context);
}

/** `sources add <url>`: a page URL works too (its advertised feed is followed). */
function registerAdd(sources: Command, context: CliContext): void {
  sources
    .command('add <url>')
    .description('Follow a feed (a page URL works too: its advertised feed is used)')
    .option('--name <name>', 'display name (default: the feed title)')
    .option('--region <region>', 'region, e.g. europe')
    .option('--language <code>', 'language code, e.g. en or zh')
    .option('--boards <list>', 'comma-separated boards', commaList)
    .option('--refresh-minutes <n>', 'fixed refresh interval instead of the adaptive one', numberIn({ min: 1, integer: true }))
    .option('--no-check', 'store without fetching the feed first')
    .option('--json', 'print the new source as JSON')
    .action(
      async (
        url: string,
        options: {
          name?: string;
          region?: string;
          language?: string;
          boards?: string[];
          refreshMinutes?: number;
          check: boolean;
          json?: boolean;
        },
        command: Command,
      ) =>
        withServices(context, command, async (services) => {
          const result = await addSource(services, {
            feedUrl: url,
            name: options.name ?? '',
            region: options.region ?? null,
            language: options.language ?? null,
            boards: options.boards ?? [],
            refreshMinutes: options.refreshMinutes ?? null,
            check: options.check,
          });
          if (!result.ok) {
            context.stderr(`Could not add ${url}: ${result.error.userMessage ?? result.error.message}\n`);
            process.exitCode = EXIT.failure;
            return;
          }
          context.stdout(
            options.json
              ? `${JSON.stringify(result.value, null, 2)}\n`
              : `Added ${result.value.id} (${result.value.name}): ${result.value.feedUrl}\n`,
          );
        }),
    );
}

/** `sources list`: each with its health (failing, disabled, last success, next check). */
function registerList(sources: Command, context: CliContext): void {
  sources
    .command('list')
    .description('List sources with their health')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }, command: Command) =>
      withServices(context, command, async (services) => {
        const all = await services.store.sources.list();
        if (options.json) return context.stdout(`${JSON.stringify(all, null, 2)}\n`);
        const now = services.clock.now();
        context.stdout(
          all.length === 0
            ? 'No sources yet. Add one with: groundwire sources add <feed-url>\n'
            : `${all.map((s) => describeSource(s, now)).join('\n')}\n`,
        );
      }),
    );
}

/** `sources remove <id>` */
function registerRemove(sources: Command, context: CliContext): void {
  sources
    .command('remove <id>')
    .description('Stop following a source and delete its articles')
    .action(async (id: string, _options: unknown, command: Command) =>
      withServices(context, command, async (services) => {
        const removed = await services.store.sources.remove(id);
        if (!removed) {
          context.stderr(`No source with id "${id}". See: groundwire sources list\n`);
          process.exitCode = EXIT.failure;
          return;
        }
        context.stdout(`Removed ${id}\n`);
      }),
    );
}

/** `sources import <opml>`: one bad entry is skipped and reported, the rest are added. */
function registerImport(sources: Command, context: CliContext): void {
  sources
    .command('import <opml>')
    .description('Follow every feed in an OPML file; folders become boards')
    .option('--json', 'print the outcome as JSON')
    .action(async (file: string, options: { json?: boolean }, command: Command) =>
      withServices(context, command, async (services) => {
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch (error) {
          context.stderr(`Cannot read ${file}: ${(error as Error).message}\n`);
          process.exitCode = EXIT.failure;
          return;
        }
        const { sources: found, warnings } = parseOpml(text);
        const added: string[] = [];
        const skipped: string[] = [];
        for (const source of found) {
          const result = await addSource(services, { ...source, check: false });
          if (result.ok) added.push(result.value.id);
          else skipped.push(`${source.feedUrl}: ${result.error.userMessage ?? result.error.message}`);
        }
        if (options.json) context.stdout(`${JSON.stringify({ added, skipped, warnings }, null, 2)}\n`);
        else
          context.stdout(
            `Imported ${added.length} sources from ${file}${skipped.length ? `; skipped ${skipped.length}:\n  ${skipped.join('\n  ')}` : ''}${warnings.length ? `\nWarnings:\n  ${warnings.join('\n  ')}` : ''}\n`,
          );
        if (found.length === 0) process.exitCode = EXIT.failure;
      }),
    );
}

/** `sources export` */
function registerExport(sources: Command, context: CliContext): void {
  sources
    .command('export')
    .description('Print every source as OPML (boards become folders)')
    .action(async (_options: unknown, command: Command) =>
      withServices(context, command, async (services) => {
        context.stdout(exportOpml(await services.store.sources.list(), services.clock.now().toISOString()));
      }),
    );
}
