/** Shapes the dedupe stage reads and returns. */

/** What dedupe needs of an article: identity, link, text, outlet and date. */
export interface DedupeDocument {
  id: string;
  url?: string | null;
  title?: string | null;
  text: string;
  /** Outlet (source) id: copies list it under "also published by". */
  source?: string | null;
  /** UTC ISO 8601; undated articles take the newest time seen. */
  published?: string | null;
}

/** Why an article was folded into another. */
export type DuplicateReason = 'url' | 'text';

/** The article a document duplicates, and how sure the match is (1 for a URL match). */
export interface DuplicateMatch {
  articleId: string;
  reason: DuplicateReason;
  similarity: number;
}

/** One copy folded into an original. */
export interface PublishedCopy {
  articleId: string;
  source: string | null;
  url: string | null;
  reason: DuplicateReason;
}

/** Options of the index; every field has a default. */
export interface DedupeOptions {
  /** Days an article stays findable after its date (default 14). */
  windowDays?: number;
  /** Estimated Jaccard from which two texts are one article (default 0.7). */
  threshold?: number;
}

/** One original article as stored in a snapshot. */
export interface DedupeEntry {
  id: string;
  time: number;
  source: string | null;
  urls: string[];
  signature: number[] | null;
  copies: PublishedCopy[];
}

/** JSON-serialisable state of the index: only articles inside the window. */
export interface DedupeSnapshot {
  version: 1;
  newest: number;
  entries: DedupeEntry[];
}
