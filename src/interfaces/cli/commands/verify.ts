/** `groundwire verify <brief.json> --sources <story.json>`: check every sentence of a brief against its sources. */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Brief } from '../../../domain/index.js';
import { type JudgedVerdicts, judgeBrief } from '../../../pipeline/brief/index.js';
import { type VerificationReport, verifyBrief, type VerifySources } from '../../../pipeline/verify/index.js';
import { type Result, fail, ok } from '../../../shared/result.js';
import { type CliContext, EXIT, type GlobalOptions } from '../context.js';
import { type LlmFlags, modelOverrides, withLlmOptions } from './llm-options.js';

type Parsed<T> = { ok: true; value: T } | { ok: false; code: number; message: string };

interface VerifyFlags extends LlmFlags {
  sources: string;
  judge?: boolean;
}

type Report = Pick<VerificationReport, 'groundedShare' | 'supported' | 'total' | 'sentences'> & {
  judge?: JudgedVerdicts['judge'] & { usage: JudgedVerdicts['usage'] };
};

/** Adds the model judge's rejections to the verifier's report; fails when no model can be built. */
async function judged(
  context: CliContext,
  input: { brief: Brief; sources: VerifySources; report: VerificationReport },
  flags: VerifyFlags,
  globals: GlobalOptions,
): Promise<Result<Report>> {
  if (!context.languageModel) return fail('verify', 'not-wired', 'no language model factory in the CLI context');
  const built = await context.languageModel(globals, modelOverrides(flags));
  if (!built.ok) return built;
  const { report } = input;
  const checks = report.sentences.map((s) => ({ ...s, supported: s.verdict === 'supported' }));
  const articles = input.sources.articles.map((article) => ({ ...article, url: null }));
  try {
    const timeout = flags.llmTimeout ? { timeoutMs: Number(flags.llmTimeout) * 1000 } : {};
    const result = await judgeBrief(input.brief, articles, checks, built.value.model, timeout);
    const sentences = report.sentences.map((sentence, i) =>
      result.checks[i]?.supported === false && sentence.verdict === 'supported'
        ? { ...sentence, verdict: 'unsupported' as const, reasons: result.checks[i]?.reasons ?? [] }
        : sentence,
    );
    const supported = sentences.filter((sentence) => sentence.verdict === 'supported').length;
    return ok({
      groundedShare: sentences.length === 0 ? 1 : supported / sentences.length,
      supported,
      total: sentences.length,
      sentences,
      judge: { ...result.judge, usage: result.usage },
    });
  } finally {
    await built.value.close();
  }
}

/** Registers the command. */
export function registerVerify(program: Command, context: CliContext): void {
  withLlmOptions(program.command('verify <brief>'))
    .description('Check each sentence of a brief (JSON) against the story it cites; exit 3 when any is unsupported')
    .requiredOption('--sources <story>', 'story JSON: {articles: [{id, outlet, url, title, text, published, language}]}')
    .option('--judge', 'also put the sentences the verifier supports to the configured language model (adds rejections, never removes one)')
    .action(async (briefFile: string, flags: VerifyFlags, command: Command) => {
      const brief = await readJson(briefFile, parseBrief);
      const sources = brief.ok ? await readJson(flags.sources, parseSources) : brief;
      if (!brief.ok || !sources.ok) {
        const failure = !brief.ok ? brief : (sources as Extract<Parsed<unknown>, { ok: false }>);
        context.stderr(`${failure.message}\n`);
        process.exitCode = failure.code;
        return;
      }
      const report = verifyBrief(brief.value, sources.value);
      const plain: Report = {
        groundedShare: report.groundedShare,
        supported: report.supported,
        total: report.total,
        sentences: report.sentences,
      };
      const output = flags.judge
        ? await judged(context, { brief: brief.value, sources: sources.value, report }, flags, command.optsWithGlobals<GlobalOptions>())
        : ok(plain);
      if (!output.ok) {
        context.stderr(`${output.error.userMessage ?? output.error.message}\n`);
        process.exitCode = EXIT.failure;
        return;
      }
      context.stdout(`${JSON.stringify(output.value, null, 2)}\n`);
      process.exitCode = output.value.supported === output.value.total ? EXIT.ok : EXIT.partial;
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
