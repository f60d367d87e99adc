/** The brief: a story's structured summary in which every sentence cites the source sentences it rests on. */
import type { SentenceRef } from './sentence.js';

/** Sources of one generated sentence: an article and the sentence ids in it. */
export interface Citation {
  articleId: string;
  sentenceIds: string[];
}

export interface BriefSentence {
  text: string;
  citations: Citation[];
}

/** A date at its precision. */
export interface PartialDate {
  /** "2026-10-14", "2026-10" or "2026", matching the precision. */
  date: string;
  precision: 'day' | 'month' | 'year';
}

export interface TimelineEvent extends BriefSentence, PartialDate {
  /**
   * Later dates the same sentence gives events of ("The tender opens on November 2 and runs until November 20"):
   * one row at its first date, not the sentence shown twice. Each is checked against the cited sentences like `date`.
   */
  otherDates?: PartialDate[];
}

export interface BriefQuote extends BriefSentence, SentenceRef {
  /** Verbatim sentence from the source. */
  quote: string;
  outlet: string;
}

export interface Reference {
  n: number;
  articleId: string;
  outlet: string;
  title: string;
  url: string | null;
  published: string | null;
  /** Set when the article belongs to an earlier related story, which lends the timeline a dated event. */
  relatedStoryId?: string;
}

export interface ArticleParagraph {
  /** Sentences whose text carries inline [n] markers matching `references`. */
  sentences: BriefSentence[];
}

export interface Tldr {
  whatChanged?: BriefSentence;
  whyItMatters?: BriefSentence;
  whatToDoNext?: BriefSentence;
  whoShouldCare?: BriefSentence & { audiences: string[] };
}

/** Every section a brief sentence can sit in, in reading order ("article" counts across its paragraphs). */
export const BRIEF_SECTIONS = [
  'headline',
  'hook',
  'editorsBrief',
  'tldr.whatChanged',
  'tldr.whyItMatters',
  'tldr.whatToDoNext',
  'tldr.whoShouldCare',
  'keyTakeaways',
  'implications',
  'quote',
  'timeline',
  'article',
] as const;

/** Where a brief sentence sits: "headline", "editorsBrief", "tldr.whatChanged", "timeline", "article"… */
export type BriefSection = (typeof BRIEF_SECTIONS)[number];

/** A generated sentence left out of the brief, and why (the verifier's reasons, or the engine's). */
export interface DroppedSentence {
  section: string;
  index: number;
  text: string;
  reasons: string[];
}

/** How an LLM brief was checked: what was repaired, rewritten and dropped on the way. */
export interface BriefAudit {
  /** Model calls made, retries included. */
  calls: number;
  /** The first answer failed validation and a repair was requested. */
  repaired: boolean;
  /** Sentences the model was asked to rewrite after verification. */
  rewriteRequested: number;
  dropped: DroppedSentence[];
  /** With the model judge on: sentences it judged and rejected, and why it could not judge some, if so. */
  judge?: { judged: number; rejected: number; errors: string[] };
}

/** Sections with no support are absent (never filled with unsupported text). */
export interface Brief {
  storyId: string;
  version: number;
  engine: 'extractive' | 'llm';
  model?: string;
  language: string;
  createdAt: string;
  headline: BriefSentence;
  hook?: BriefSentence;
  editorsBrief: BriefSentence[];
  tldr: Tldr;
  keyTakeaways: BriefSentence[];
  implications: BriefSentence[];
  quote?: BriefQuote;
  timeline: TimelineEvent[];
  article?: { paragraphs: ArticleParagraph[] };
  references: Reference[];
  usage?: { promptTokens: number; completionTokens: number; costUsd: number | null };
  /** LLM engine only: repairs, rewrites and dropped sentences. */
  audit?: BriefAudit;
}
