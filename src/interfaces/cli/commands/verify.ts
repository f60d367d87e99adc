/** `groundwire verify <brief.json> --sources <story.json>`: check every sentence of a brief against its sources. */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Brief } from '../../../domain/index.js';
import { verifyBrief, type VerifySources } from '../../../pipeline/verify/index.js';
import { type CliContext, EXIT } from '../context.js';

type Parsed<T> = { ok: true; value: T } | { ok: false; code: number; message: string };

/** Registers the command. */
export function registerVerify(program: Command, context: CliContext): void {
  program
    .command('verify <brief>')
    .description('Check each sentence of a brief (JSON) against the story it cites; exit 3 when any is unsupported')
    .requiredOption('--sources <story>', 'story JSON: {articles: [{id, outlet, url, title, text, published, language}]}')
    .action(async (briefFile: string, options: { sources: string }) => {
      const brief = await readJson(briefFile, parseBrief);
      const sources = brief.ok ? await readJson(options.sources, parseSources) : brief;
      if (!brief.ok || !sources.ok) {
        const failure = !brief.ok ? brief : (sources as Extract<Parsed<unknown>, { ok: false }>);
        context.stderr(`${failure.message}\n`);
        process.exitCode = failure.code;
        return;
      }
      const report = verifyBrief(brief.value, sources.value);
      context.stdout(
        `${JSON.stringify({ groundedShare: report.groundedShare, supported: report.supported, total: report.total, sentences: report.sentences }, null, 2)}\n`,
      );
      process.exitCode = report.supported === report.total ? EXIT.ok : EXIT.partial;
    });
}

async function readJson<T>(file: string, parse: (value: unknown, file: string) => Parsed<T>): Promise<Parsed<T>> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, code: EXIT.usage, message: `Cannot read ${file}: ${(error as Error).message}` };
  }
  try {
    return parse(JSON.parse(raw), file);
  } catch (error) {
    return { ok: false, code: EXIT.failure, message: `${file} is not valid JSON: ${(error as Error).message}` };
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const bad = (file: string, what: string): Parsed<never> => ({ ok: false, code: EXIT.failure, message: `${file}: ${what}` });

// Lists a brief may omit are treated as empty, so hand-written briefs stay short; the headline is required.
function parseBrief(value: unknown, file: string): Parsed<Brief> {
  if (!isObject(value)) return bad(file, 'expected a brief object');
  if (!isObject(value.headline) || typeof value.headline.text !== 'string') return bad(file, 'the brief has no headline with a "text"');
  for (const key of ['editorsBrief', 'keyTakeaways', 'implications', 'timeline', 'references']) {
    if (value[key] !== undefined && !Array.isArray(value[key])) return bad(file, `"${key}" must be a list`);
  }
  const brief = {
    editorsBrief: [],
    keyTakeaways: [],
    implications: [],
    timeline: [],
    references: [],
    tldr: {},
    storyId: '',
    ...value,
  } as unknown as Brief;
  return { ok: true, value: brief };
}

function parseSources(value: unknown, file: string): Parsed<VerifySources> {
  if (!isObject(value) || !Array.isArray(value.articles)) return bad(file, 'expected {"articles": [...]}');
  const articles: VerifySources['articles'] = [];
  for (const [i, article] of value.articles.entries()) {
    if (!isObject(article) || typeof article.id !== 'string') return bad(file, `article ${i + 1} has no "id"`);
    if (typeof article.text !== 'string') return bad(file, `article ${article.id} has no "text"`);
    articles.push({
      id: article.id,
      outlet: typeof article.outlet === 'string' ? article.outlet : '',
      title: typeof article.title === 'string' ? article.title : '',
      language: typeof article.language === 'string' ? article.language : 'en',
      published: typeof article.published === 'string' ? article.published : null,
      text: article.text,
    });
  }
  return { ok: true, value: { articles } };
}
