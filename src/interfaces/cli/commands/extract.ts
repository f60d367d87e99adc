/** `groundwire extract <file|url> [--url U]` and `--jsonl` batches: run the extract stage and print the article as JSON. */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { type ExtractedArticle, extractArticle } from '../../../pipeline/extract/index.js';
import type { HttpClient } from '../../../ports/http-client.js';
import { decodeBody } from '../../../shared/charset.js';
import { type Result, fail, ok } from '../../../shared/result.js';
import { type CliContext, EXIT, type GlobalOptions } from '../context.js';

const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';

interface ExtractCommandOptions {
  url?: string;
  jsonl?: boolean;
}

interface Page {
  html: string;
  url: string | null;
}

/** The printed fields: the stable names first, then the extras. */
function printable(article: ExtractedArticle): Record<string, unknown> {
  const { url, canonicalUrl, title, byline, siteName, published, updated, language, text, html, wordCount, partial, ...extra } = article;
  return { url, canonicalUrl, title, byline, siteName, published, updated, language, text, html, wordCount, partial, ...extra };
}

async function fetchPage(http: HttpClient, url: string): Promise<Result<Page>> {
  const response = await http.get({ url, accept: PAGE_ACCEPT });
  if (!response.ok) return response;
  const { status, body, headers } = response.value;
  if (status < 200 || status >= 300)
    return fail('fetch', `http-${status}`, `${url} answered HTTP ${status}`, {
      userMessage: `The server answered HTTP ${status} instead of the page.`,
    });
  return ok({ html: decodeBody(body, { kind: 'html', contentType: headers['content-type'] ?? null }).text, url: response.value.url });
}

async function loadSource(context: CliContext, command: Command, source: string): Promise<Result<Page>> {
  if (/^https?:\/\//i.test(source)) {
    const services = await context.services(command.optsWithGlobals<GlobalOptions>());
    try {
      return await fetchPage(services.http, source);
    } finally {
      await services.close();
    }
  }
  try {
    return ok({ html: decodeBody(await readFile(source), { kind: 'html' }).text, url: null });
  } catch (error) {
    return fail('extract', 'unreadable-file', `cannot read ${source}: ${(error as Error).message}`, {
      userMessage: `Cannot read ${source}.`,
    });
  }
}

async function extractOne(context: CliContext, command: Command, source: string, options: ExtractCommandOptions): Promise<void> {
  const page = await loadSource(context, command, source);
  const result = page.ok ? extractArticle(page.value.html, { url: options.url ?? page.value.url }) : page;
  if (!result.ok) {
    context.stdout(
      `${JSON.stringify({ error: result.error.message, code: result.error.code, message: result.error.userMessage ?? null }, null, 2)}\n`,
    );
    process.exitCode = EXIT.failure;
    return;
  }
  context.stdout(`${JSON.stringify(printable(result.value), null, 2)}\n`);
}

/** Handles one JSONL line; a bad line yields {id, error} and never stops the batch. */
function extractLine(line: string, lineNumber: number): Record<string, unknown> {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { id: null, error: `extract: line ${lineNumber} is not valid JSON` };
  }
  const fields = record !== null && typeof record === 'object' && !Array.isArray(record) ? (record as Record<string, unknown>) : {};
  const id = typeof fields.id === 'string' || typeof fields.id === 'number' ? fields.id : null;
  if (typeof fields.html !== 'string') return { id, error: `extract: line ${lineNumber} has no "html" string` };
  const url = typeof fields.url === 'string' ? fields.url : null;
  try {
    const result = extractArticle(fields.html, { url });
    return result.ok ? { id, ...printable(result.value) } : { id, error: result.error.message, code: result.error.code };
  } catch (error) {
    return { id, error: `extract: ${(error as Error).message}` };
  }
}

/** Extracts every {id, html, url} line of `input`, writing one JSON result per line as it goes (memory stays flat). */
export async function extractJsonLines(input: NodeJS.ReadableStream, write: (text: string) => void): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    write(`${JSON.stringify(extractLine(line, lineNumber))}\n`);
  }
}

/** Registers the command. */
export function registerExtract(program: Command, context: CliContext): void {
  program
    .command('extract [source]')
    .description('Extract the article from an HTML file or URL and print it as JSON; --jsonl reads {id, html, url} lines on stdin')
    .option('--url <url>', 'the page address (resolves relative links when extracting a file)')
    .option('--jsonl', 'batch mode: read {id, html, url} JSON lines on stdin, write one result per line')
    .action(async (source: string | undefined, options: ExtractCommandOptions, command: Command) => {
      if (options.jsonl) return extractJsonLines(process.stdin, context.stdout);
      if (!source) {
        context.stderr('extract: give a file or URL, or --jsonl with lines on stdin\n');
        process.exitCode = EXIT.usage;
        return;
      }
      return extractOne(context, command, source, options);
    });
}
