/** The extract stage's input options and output shape. */
import type { ArticleExtraction } from '../../domain/article.js';

/** What the feed said about the item, used as fallback and to judge whether the page was cut off. */
export interface FeedItemHint {
  title?: string | null;
  contentHtml?: string | null;
  summary?: string | null;
  published?: string | null;
}

export interface ExtractOptions {
  /** The page's address (final URL after redirects); resolves relative links. */
  url?: string | null;
  feedItem?: FeedItemHint;
}

/** Everything extraction found: the domain's ArticleExtraction plus diagnostics. */
export interface ExtractedArticle extends ArticleExtraction {
  url: string | null;
  description: string | null;
  /** Why `partial` is set (e.g. "paywall-text", "consent-wall", "summary-only"); empty when it is not. */
  partialReasons: string[];
  /** Confidence of the language decision (0 to 1). */
  languageConfidence: number;
  /** Notes for logs: the page was cut at a size bound, the feed's content was used instead of the page … */
  warnings: string[];
}
