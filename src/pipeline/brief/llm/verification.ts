/** The verifier as the LLM engine sees it: per-sentence verdicts on a brief against the numbered sources. */
import type { Brief, Sentence } from '../../../domain/index.js';
import type { BriefArticle } from '../types.js';

export interface SourceArticle {
  article: BriefArticle;
  sentences: readonly Sentence[];
}

export interface SentenceCheck {
  /** Section as named in sections.ts ("editorsBrief", "tldr.whyItMatters", "article", …). */
  section: string;
  index: number;
  text: string;
  supported: boolean;
  reasons: string[];
}

/** Judges every sentence of a brief against its sources. */
export type BriefChecker = (brief: Brief, sources: readonly SourceArticle[]) => SentenceCheck[];
