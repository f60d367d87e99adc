/** `groundwire brief <story.json>`: compose a story's brief (extractive, or --llm), verify it and print it as JSON. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { Brief } from '../../../domain/index.js';
import {
  type BriefArticle,
  type BriefInput,
  composeBrief,
  composeBriefWithModel,
  composeGroundedBrief,
} from '../../../pipeline/brief/index.js';
import { type Result, fail, ok } from '../../../shared/result.js';
import { type CliContext, EXIT, type GlobalOptions } from '../context.js';
import { type LlmFlags, modelOverrides, withLlmOptions } from './llm-options.js';

interface BriefFlags extends LlmFlags {
  llm?: boolean;
  language?: string;
  judge?: boolean;
  verify: boolean;
}

async function readStory(file: string): Promise<Result<BriefInput>> {
  let json: {
    id?: string;
    storyId?: string;
    articles?: BriefInput['articles'];
    labels?: BriefInput['labels'];
    relatedEvents?: BriefInput['relatedEvents'];
    relatedStories?: { id?: string; storyId?: string; firstSeen?: string; articles?: BriefInput['articles'] }[];
  };
  try {
    json = JSON.parse(await readFile(file, 'utf8')) as typeof json;
  } catch (error) {
    return fail('brief', 'unreadable', `cannot read ${file}: ${(error as Error).message}`, { userMessage: `Cannot read ${file} as JSON.` });
  }
  if (!Array.isArray(json.articles) || json.articles.length === 0)
    return fail('brief', 'no-articles', `${file} has no articles`, {
      userMessage: 'The story file needs {"articles": [{id, outlet, url, title, text, published, language}]}.',
    });
  const articles = json.articles.map(withDefaults);
  // Earlier related stories lend the timeline dated events; one without a first-seen date or articles has none to lend.
  const relatedStories = (json.relatedStories ?? [])
    .filter((story) => typeof story.firstSeen === 'string' && Array.isArray(story.articles))
    .map((story) => ({
      storyId: story.id ?? story.storyId ?? '',
      firstSeen: story.firstSeen as string,
      articles: (story.articles ?? []).map(withDefaults),
    }));
  return ok({
    storyId: json.id ?? json.storyId ?? basename(file, '.json'),
    articles,
    ...(json.labels ? { labels: json.labels } : {}),
    ...(json.relatedEvents ? { relatedEvents: json.relatedEvents } : {}),
    ...(relatedStories.length > 0 ? { relatedStories } : {}),
  });
}

function withDefaults(article: BriefArticle): BriefArticle {
  return { ...article, url: article.url ?? null, published: article.published ?? null, language: article.language ?? 'en' };
}

async function composeWithModel(context: CliContext, story: BriefInput, flags: BriefFlags, globals: GlobalOptions): Promise<Result<Brief>> {
  if (!context.languageModel)
    return fail('brief', 'not-wired', 'no language model factory in the CLI context', {
      userMessage: 'This build of Groundwire has no LLM engine wired in; run without --llm.',
    });
  const built = await context.languageModel(globals, modelOverrides(flags));
  if (!built.ok) return built;
  const { model, close } = built.value;
  const judge = flags.judge ?? built.value.judge;
  try {
    return await composeBriefWithModel(story, model, {
      ...(flags.language ? { language: flags.language } : {}),
      ...(judge ? { judge } : {}),
    });
  } finally {
    await close();
  }
}

function extractive(story: BriefInput, flags: BriefFlags): Result<Brief> {
  const options = flags.language ? { language: flags.language } : {};
  if (!flags.verify) return ok(composeBrief(story, options));
  const grounded = composeGroundedBrief(story, options);
  return grounded.brief
    ? ok(grounded.brief)
    : fail('brief', 'unsupported', 'no sentence of the brief is supported', {
        userMessage: 'The sources support no brief sentence; check that the articles have text.',
      });
}

/** Registers the command. */
export function registerBrief(program: Command, context: CliContext): void {
  withLlmOptions(program.command('brief <story>'))
    .description('Compose the brief of a story file ({"articles": [...]}) and print it as JSON')
    .option('--llm', 'use the configured language model instead of the extractive engine')
    .option('--judge', 'with --llm, the model also judges each sentence the verifier supports (env GROUNDWIRE_LLM_JUDGE)')
    .option('--language <code>', "the board's language (default en)")
    .option('--no-verify', 'print the extractive brief before the verifier prunes it')
    .action(async (file: string, flags: BriefFlags, command: Command) => {
      const story = await readStory(file);
      const brief = !story.ok
        ? story
        : flags.llm
          ? await composeWithModel(context, story.value, flags, command.optsWithGlobals<GlobalOptions>())
          : extractive(story.value, flags);
      if (!brief.ok) {
        context.stdout(
          `${JSON.stringify({ error: brief.error.message, code: brief.error.code, message: brief.error.userMessage ?? null }, null, 2)}\n`,
        );
        process.exitCode = story.ok ? EXIT.failure : EXIT.usage;
        return;
      }
      context.stdout(`${JSON.stringify(brief.value, null, 2)}\n`);
    });
}
