/** `groundwire sanitize`: read HTML on stdin, write the sanitised HTML on stdout. */
import type { Command } from 'commander';
import { sanitizeHtml } from '../../../pipeline/sanitize/index.js';
import type { CliContext } from '../context.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Registers the command. */
export function registerSanitize(program: Command, context: CliContext): void {
  program
    .command('sanitize')
    .description('Read HTML on stdin and write it sanitised (no script, handlers, forms, frames, CSS or tracking pixels) on stdout')
    .option('--base-url <url>', 'resolve relative links and images against this address')
    .action(async (options: { baseUrl?: string }) => {
      context.stdout(sanitizeHtml(await readStdin(), { baseUrl: options.baseUrl ?? null }));
    });
}
