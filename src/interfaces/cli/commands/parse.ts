/** `groundwire parse <file|url>`: run the parse stage on one feed and print the result as JSON. */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { fetchFeed } from '../../../pipeline/fetch/index.js';
import { parseFeed } from '../../../pipeline/parse/index.js';
import { type CliContext, EXIT, type GlobalOptions } from '../context.js';

/** Registers the command. */
export function registerParse(program: Command, context: CliContext): void {
  program
    .command('parse <source>')
    .description('Parse a feed file or URL and print the normalised feed as JSON')
    .option('--content-type <type>', 'Content-Type to assume for a file (charset hints)')
    .action(async (source: string, options: { contentType?: string }, command: Command) => {
      let body: Buffer;
      let url: string | null = null;
      let contentType = options.contentType ?? null;
      if (/^https?:\/\//i.test(source)) {
        const services = await context.services(command.optsWithGlobals<GlobalOptions>());
        try {
          const fetched = await fetchFeed(services.http, { url: source, etag: null, lastModified: null });
          if (!fetched.ok) {
            context.stdout(`${JSON.stringify({ error: fetched.error.message, message: fetched.error.userMessage ?? null }, null, 2)}\n`);
            process.exitCode = EXIT.failure;
            return;
          }
          body = fetched.value.body;
          url = fetched.value.url;
          contentType ??= fetched.value.headers['content-type'] ?? null;
        } finally {
          await services.close();
        }
      } else {
        try {
          body = await readFile(source);
        } catch (error) {
          context.stderr(`Cannot read ${source}: ${(error as Error).message}\n`);
          process.exitCode = EXIT.usage;
          return;
        }
      }
      const parsed = parseFeed(body, { url, contentType });
      if (!parsed.ok) {
        context.stdout(
          `${JSON.stringify({ error: parsed.error.message, code: parsed.error.code, message: parsed.error.userMessage ?? null }, null, 2)}\n`,
        );
        process.exitCode = EXIT.failure;
        return;
      }
      context.stdout(`${JSON.stringify(parsed.value, null, 2)}\n`);
    });
}
