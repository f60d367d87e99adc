/**
 * The LLM brief engine: numbered sources in a delimited data block go to the model, validated JSON
 * with citation ids comes back (one repair), the verifier judges every sentence, unsupported ones
 * get one rewrite and are then dropped, and the usage and cost of every call are added up.
 */
import type { Brief, BriefSentence, DroppedSentence } from '../../../domain/index.js';
import type { ChatMessage, LanguageModel } from '../../../ports/language-model.js';
import { type Result, fail, ok } from '../../../shared/result.js';
import { briefLanguage, preparePool, type Segmenter, sentencesOf } from '../pool.js';
import { relatedArticles, relatedTimeline } from '../timeline/related.js';
import { sortEvents } from '../timeline/timeline.js';
import { addressKey, listSentences, mapSentences } from '../sections.js';
import type { BriefInput } from '../types.js';
import { injectionReason } from './injection.js';
import { type JudgeMemo, newJudgeMemo, withJudge } from './judge-checks.js';
import type { ModelComposeOptions } from './options.js';
import { resolveRetryPolicy } from './options.js';
import { type Session, askJson, boundaryFor, openSession } from '../../model/index.js';
import { systemPrompt, userPrompt } from './prompt.js';
import { requestRewrites } from './rewrite.js';
import { type ModelAnswer, answerSchema } from './schema.js';
import { type SourceBlock, buildSourceBlock } from './source-block.js';
import { answerToBrief, finishReferences } from './to-brief.js';
import type { BriefChecker, SentenceCheck, SourceArticle } from './verification.js';

export interface EngineDependencies {
  segment: Segmenter;
  check: BriefChecker;
}

interface Answered {
  answer: ModelAnswer;
  conversation: ChatMessage[];
  repaired: boolean;
}

async function askForAnswer(session: Session, messages: ChatMessage[], block: SourceBlock): Promise<Result<Answered>> {
  // Citations to unknown ids earn the repair; any that survive it are stripped, and a sentence left uncited is dropped.
  const answer = await askJson(session, messages, answerSchema, {
    known: new Set(block.sentences.keys()),
    repairUnknownCites: true,
    stage: 'brief',
    what: 'model answer',
  });
  return answer.ok ? ok({ answer: answer.value.value, conversation: answer.value.conversation, repaired: answer.value.repaired }) : answer;
}

function dropWhere(
  brief: Brief,
  dropped: DroppedSentence[],
  reasonOf: (section: string, index: number, sentence: BriefSentence) => string[] | null,
): Brief {
  return mapSentences(brief, (section, index, sentence) => {
    const reasons = reasonOf(section, index, sentence);
    if (!reasons) return sentence;
    dropped.push({ section, index, text: sentence.text, reasons });
    return null;
  });
}

function structuralReasons(block: SourceBlock) {
  return (_section: string, _index: number, sentence: BriefSentence): string[] | null => {
    if (sentence.citations.length === 0) return ['cites no source sentence'];
    const injected = injectionReason(sentence.text, block);
    return injected ? [injected] : null;
  };
}

function withHeadline(brief: Brief, headlineDropped: boolean): Brief | null {
  if (!headlineDropped && brief.headline.text && brief.headline.citations.length > 0) return brief;
  // The headline is required: the best supported sentence that says what happened takes its place.
  const stand = brief.tldr.whatChanged ?? brief.editorsBrief[0] ?? brief.hook;
  return stand ? { ...brief, headline: { text: stand.text, citations: stand.citations } } : null;
}

interface Checking {
  sources: readonly SourceArticle[];
  check: BriefChecker;
  /** The model judge's record, when it is on. */
  judge: JudgeMemo | null;
}

async function checkBrief(session: Session, brief: Brief, block: SourceBlock, checking: Checking): Promise<SentenceCheck[]> {
  const checks = checking.check(brief, checking.sources);
  return checking.judge ? withJudge(session, brief, checks, block, checking.judge) : checks;
}

async function verifyWithRewrite(
  session: Session,
  answered: Answered,
  start: Brief,
  block: SourceBlock,
  checking: Checking,
  dropped: DroppedSentence[],
) {
  const failures = (await checkBrief(session, start, block, checking)).filter((verdict) => !verdict.supported);
  let brief = start;
  if (failures.length > 0) brief = await requestRewrites(session, answered.conversation, start, failures, block);
  brief = dropWhere(brief, dropped, structuralReasons(block));
  const verdicts = new Map(
    (await checkBrief(session, brief, block, checking))
      .filter((verdict) => !verdict.supported)
      .map((verdict) => [addressKey(verdict.section, verdict.index), verdict.reasons]),
  );
  const headlineDropped = verdicts.has(addressKey('headline', 0));
  if (headlineDropped)
    dropped.push({ section: 'headline', index: 0, text: brief.headline.text, reasons: verdicts.get(addressKey('headline', 0)) ?? [] });
  brief = dropWhere(brief, dropped, (section, index) =>
    section === 'headline' ? null : (verdicts.get(addressKey(section, index)) ?? null),
  );
  return { brief: withHeadline(brief, headlineDropped), rewriteRequested: failures.length };
}

/**
 * Adds dated events from earlier related stories, chosen as the extractive engine chooses them: the model
 * sees only the story's own sources, and the events are source sentences of the related articles, cited to them.
 */
function withRelatedEvents(brief: Brief, input: BriefInput, language: string, segment: Segmenter): Brief {
  if (!input.relatedStories?.length) return brief;
  const events = relatedTimeline(preparePool(input, language, segment), input.relatedStories, brief.timeline, segment);
  return events.length > 0 ? { ...brief, timeline: sortEvents([...brief.timeline, ...events]) } : brief;
}

/** Composes a brief with a language model and the given segmenter and verifier. */
export async function composeWithModelUsing(
  input: BriefInput,
  model: LanguageModel,
  options: ModelComposeOptions,
  dependencies: EngineDependencies,
): Promise<Result<Brief>> {
  const sources: SourceArticle[] = input.articles.map((article) => ({ article, sentences: sentencesOf(article, dependencies.segment) }));
  const language = briefLanguage(input.articles, options.language ?? 'en');
  const block = buildSourceBlock(
    sources,
    options.boundary ?? boundaryFor(sources.map((source) => ({ id: source.article.id, sentences: source.sentences }))),
  );
  const session = openSession(model, { policy: resolveRetryPolicy(options), ...options });
  const audiences = (input.labels ?? []).filter((label) => label.kind === 'audience').map((label) => label.name);
  const messages: ChatMessage[] = [
    { role: 'system', content: systemPrompt(language, block.boundary) },
    { role: 'user', content: userPrompt(block.text, audiences) },
  ];
  const answered = await askForAnswer(session, messages, block);
  if (!answered.ok) return answered;
  const frame = {
    storyId: input.storyId,
    language,
    version: options.version ?? 1,
    createdAt: options.createdAt ?? new Date().toISOString(),
    model: model.name,
    articles: input.articles,
    labels: input.labels ?? [],
    relatedEvents: input.relatedEvents ?? [],
  };
  const dropped: DroppedSentence[] = [];
  const start = dropWhere(answerToBrief(answered.value.answer, block, frame), dropped, structuralReasons(block));
  const judge = options.judge ? newJudgeMemo() : null;
  const verified = await verifyWithRewrite(session, answered.value, start, block, { sources, check: dependencies.check, judge }, dropped);
  options.onDropped?.(dropped);
  if (!verified.brief)
    return fail('brief', 'unsupported', 'no sentence of the model brief survived verification', {
      userMessage: 'The language model did not produce a grounded brief; the extractive brief is used instead.',
      cause: dropped,
    });
  const withHistory = withRelatedEvents(verified.brief, input, language, dependencies.segment);
  const finished = finishReferences(
    withHistory,
    [...input.articles, ...relatedArticles(input)],
    listSentences(withHistory)
      .filter((entry) => entry.section !== 'article')
      .map((entry) => entry.sentence),
  );
  return ok({
    ...finished,
    usage: session.usage(),
    audit: {
      calls: session.calls(),
      repaired: answered.value.repaired,
      rewriteRequested: verified.rewriteRequested,
      dropped,
      ...(judge ? { judge: { judged: judge.judged, rejected: judge.rejected, errors: judge.errors } } : {}),
    },
  });
}
