/** The brief stage: extractive and LLM engines that compose cited briefs, brief versions and their differences. */
import type { Brief } from '../../domain/index.js';
import type { LanguageModel } from '../../ports/language-model.js';
import type { Result } from '../../shared/result.js';
import { splitSentences } from '../segment/index.js';
import { composeBriefWith } from './compose.js';
import { type GroundedBrief, checkWithVerifier, composeAndGround, verifyAndPrune } from './grounding.js';
import { composeWithModelUsing } from './llm/compose-with-model.js';
import { type JudgedVerdicts, judgeVerdicts } from './llm/judge-verdicts.js';
import type { SentenceCheck } from './llm/verification.js';
import type { ModelComposeOptions } from './llm/options.js';
import { type Segmenter, sentencesOf } from './pool.js';
import type { BriefArticle, BriefInput, ComposeOptions } from './types.js';

export { diffBriefs, nextVersion } from './diff.js';
export type { BriefDiff, SectionChange } from './diff.js';
export type { GroundedBrief } from './grounding.js';
export { DEFAULT_RETRY } from '../model/index.js';
export type { RetryPolicy } from '../model/index.js';
export type { ModelComposeOptions } from './llm/options.js';
export type { JudgedVerdicts } from './llm/judge-verdicts.js';
export type { SentenceCheck } from './llm/verification.js';
export type { CallEvent, Prices } from '../model/index.js';
export { listSentences } from './sections.js';
export type { SectionName, SentenceAt } from './sections.js';
export type { BriefArticle, BriefInput, ComposeOptions, RelatedStory } from './types.js';

const segment: Segmenter = (text, language) => splitSentences(text, language);

/** Composes the extractive brief of a story: offline, synchronous, every sentence cited. */
export function composeBrief(story: BriefInput, options: ComposeOptions = {}): Brief {
  return composeBriefWith(story, options, segment);
}

/** Composes a brief with a language model; the verifier judges it, one rewrite, unsupported sentences dropped. */
export function composeBriefWithModel(story: BriefInput, model: LanguageModel, options: ModelComposeOptions = {}): Promise<Result<Brief>> {
  return composeWithModelUsing(story, model, options, { segment, check: checkWithVerifier });
}

/** Has the model judge the sentences of a finished brief that the verifier supports (see judge-verdicts.ts). */
export function judgeBrief(
  brief: Brief,
  articles: readonly BriefArticle[],
  checks: readonly SentenceCheck[],
  model: LanguageModel,
  options: { timeoutMs?: number } = {},
): Promise<JudgedVerdicts> {
  const sources = articles.map((article) => ({ article, sentences: sentencesOf(article, segment) }));
  return judgeVerdicts(brief, sources, checks, model, options);
}

/** Verifies a brief against its story and prunes the unsupported sentences (the pipeline's last step before publishing). */
export function groundBrief(brief: Brief, story: BriefInput): GroundedBrief {
  return verifyAndPrune(brief, story, segment);
}

/**
 * Composes the extractive brief and grounds it; a sentence the verifier drops is replaced once from a second draft
 * (see composeAndGround).
 */
export function composeGroundedBrief(story: BriefInput, options: ComposeOptions = {}): GroundedBrief {
  return composeAndGround(story, options, segment);
}
