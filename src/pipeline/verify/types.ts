/** Types of the verify stage: the story's sources going in, the per-sentence report coming out. */
import type { BriefSection, Sentence } from '../../domain/index.js';

/** One article of the story; give `sentences` (ids must match the brief's citations) or `text` to split. */
export interface VerifyArticle {
  id: string;
  /** Display name of the outlet; a quote must be attributed to it. */
  outlet: string;
  title: string;
  language: string;
  /** ISO time; relative dates ("on Tuesday") in its sentences resolve against it. */
  published: string | null;
  sentences?: Sentence[];
  text?: string;
}

/** The story's articles a brief may cite. */
export interface VerifySources {
  articles: VerifyArticle[];
}

/** Where a brief sentence sits (the domain's list of sections). */
export type { BriefSection };

/** The verdict on one sentence of a brief. */
export interface SentenceVerdict {
  section: BriefSection;
  /** Position within the section; for "article", the running number over all paragraphs. */
  index: number;
  /** For "article": the paragraph (0-based) and the sentence within it. */
  paragraph?: number;
  sentence?: number;
  text: string;
  verdict: 'supported' | 'unsupported';
  /** Plain-words reasons for an unsupported verdict; empty when supported. */
  reasons: string[];
}

/** The verifier's report on a whole brief. */
export interface VerificationReport {
  storyId: string;
  /** Supported sentences over all sentences (1 for a brief with no sentences). */
  groundedShare: number;
  supported: number;
  total: number;
  sentences: SentenceVerdict[];
}

/** Thresholds of the verifier; the defaults are tuned on the adversarial set in test/eval/adversarial/. */
export interface VerifyOptions {
  /**
   * Weight of claim terms absent from the cited sentences at which a sentence is judged off-source:
   * a term found nowhere in the story weighs 1, a term found elsewhere in the story weighs 0.5.
   */
  maxUnsupportedTermWeight?: number;
  /** Smallest share of a claim's key terms the cited sentences must contain. */
  minTermCoverage?: number;
}
