/** Turns the model's validated answer into a Brief: citations resolved, quote copied verbatim, markers numbered. */
import type { Brief, BriefQuote, BriefSentence, Label, TimelineEvent, Tldr } from '../../../domain/index.js';
import { buildReferences, markArticle } from '../references.js';
import { mergeCitations } from '../citations.js';
import { quoteLine } from '../quote.js';
import { hasDirectQuote, stripMarkers } from '../text.js';
import { sortEvents } from '../timeline/timeline.js';
import type { BriefArticle } from '../types.js';
import type { ModelAnswer, ModelEvent, ModelSentence } from './schema.js';
import type { SourceBlock } from './source-block.js';

export interface BriefFrame {
  storyId: string;
  language: string;
  version: number;
  createdAt: string;
  model: string;
  articles: readonly BriefArticle[];
  labels: readonly Label[];
  relatedEvents: readonly TimelineEvent[];
}

/** Resolves citation ids to citations grouped per article, in first-cited order; unknown ids are skipped. */
export function resolveCites(cites: readonly string[], block: SourceBlock): BriefSentence['citations'] {
  return mergeCitations(
    cites.flatMap((id) => {
      const numbered = block.sentences.get(id);
      return numbered ? [{ articleId: numbered.article.id, sentenceIds: [numbered.sentence.id] }] : [];
    }),
  );
}

function toSentence(sentence: ModelSentence | null | undefined, block: SourceBlock): BriefSentence | undefined {
  if (!sentence) return undefined;
  // The model's own [n] markers are discarded: the engine numbers references itself.
  return { text: stripMarkers(sentence.text), citations: resolveCites(sentence.cites, block) };
}

function toSentences(sentences: readonly ModelSentence[], block: SourceBlock): BriefSentence[] {
  return sentences.map((sentence) => toSentence(sentence, block)).filter((sentence): sentence is BriefSentence => sentence !== undefined);
}

function toEvent(event: ModelEvent, block: SourceBlock): TimelineEvent | undefined {
  const digits = { day: 10, month: 7, year: 4 }[event.precision];
  // A date must be written to its precision: "2026-10" is a month, never a day.
  if (event.date.length !== digits) return undefined;
  const sentence = toSentence(event, block);
  return sentence ? { ...sentence, date: event.date, precision: event.precision } : undefined;
}

function toQuote(answer: ModelAnswer, block: SourceBlock, language: string): BriefQuote | undefined {
  const numbered = answer.quote ? block.sentences.get(answer.quote.cite) : undefined;
  // The quote is copied from the source, never from the model, and only when it is in the brief's language.
  if (!numbered || numbered.language !== language || !hasDirectQuote(numbered.sentence.text)) return undefined;
  const text = numbered.sentence.text;
  return {
    text: quoteLine(numbered.article.outlet, text, language),
    citations: [{ articleId: numbered.article.id, sentenceIds: [numbered.sentence.id] }],
    quote: text,
    outlet: numbered.article.outlet,
    articleId: numbered.article.id,
    sentenceId: numbered.sentence.id,
  };
}

function toTldr(answer: ModelAnswer, block: SourceBlock, labels: readonly Label[]): Tldr {
  const tldr: Tldr = {};
  const whatChanged = toSentence(answer.tldr.whatChanged, block);
  if (whatChanged) tldr.whatChanged = whatChanged;
  const whyItMatters = toSentence(answer.tldr.whyItMatters, block);
  if (whyItMatters) tldr.whyItMatters = whyItMatters;
  const whatToDoNext = toSentence(answer.tldr.whatToDoNext, block);
  if (whatToDoNext) tldr.whatToDoNext = whatToDoNext;
  const audiences = labels.filter((label) => label.kind === 'audience').map((label) => label.name);
  const who = toSentence(answer.tldr.whoShouldCare, block);
  if (who && audiences.length > 0) tldr.whoShouldCare = { ...who, audiences };
  return tldr;
}

/** Builds the brief from a validated answer. */
export function answerToBrief(answer: ModelAnswer, block: SourceBlock, frame: BriefFrame): Brief {
  const paragraphs = (answer.article?.paragraphs ?? [])
    .map((paragraph) => ({ sentences: toSentences(paragraph, block) }))
    .filter((paragraph) => paragraph.sentences.length > 0);
  const timeline = answer.timeline.map((event) => toEvent(event, block)).filter((event): event is TimelineEvent => event !== undefined);
  const brief: Brief = {
    storyId: frame.storyId,
    version: frame.version,
    engine: 'llm',
    model: frame.model,
    language: frame.language,
    createdAt: frame.createdAt,
    headline: toSentence(answer.headline, block) ?? { text: '', citations: [] },
    editorsBrief: toSentences(answer.editorsBrief, block),
    tldr: toTldr(answer, block, frame.labels),
    keyTakeaways: toSentences(answer.keyTakeaways, block),
    implications: toSentences(answer.implications, block),
    timeline: sortEvents([...timeline, ...frame.relatedEvents]),
    references: [],
  };
  const hook = toSentence(answer.hook, block);
  if (hook) brief.hook = hook;
  const quote = toQuote(answer, block, frame.language);
  if (quote) brief.quote = quote;
  if (paragraphs.length > 0) brief.article = { paragraphs };
  return brief;
}

/** Numbers the references of a brief and writes the article's [n] markers (after pruning, so numbers stay dense). */
export function finishReferences(brief: Brief, articles: readonly BriefArticle[], others: readonly BriefSentence[]): Brief {
  const articleSentences = brief.article?.paragraphs.flatMap((paragraph) => paragraph.sentences) ?? [];
  const references = buildReferences([...articleSentences, ...others], articles);
  const result: Brief = { ...brief, references };
  if (brief.article) result.article = { paragraphs: markArticle(brief.article.paragraphs, references) };
  return result;
}
