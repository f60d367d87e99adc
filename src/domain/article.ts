/** An article is one feed item as stored: what the feed said, plus what later stages add. */
import type { FeedPerson } from './feed.js';

export interface Article {
  /** Stable id derived from the source and the item's identity (see articleIdFor). */
  id: string;
  sourceId: string;
  /** The item's identity within its feed: guid, else canonical link. */
  itemKey: string;
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  summary: string | null;
  contentHtml: string | null;
  /** Plain text of the article body when known (from the feed now, from the page later). */
  text: string | null;
  authors: FeedPerson[];
  categories: string[];
  language: string | null;
  published: string | null;
  updated: string | null;
  /** When Groundwire first stored the item. */
  collectedAt: string;
  /** Filled by extraction; null until the article page (or the feed's content) was processed. */
  extraction: ArticleExtractionState | null;
}

/** What extraction found, from the article page or, failing that, the feed's own content. */
export interface ArticleExtraction {
  canonicalUrl: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  updated: string | null;
  language: string | null;
  /** Plain text, paragraphs separated by blank lines. */
  text: string;
  /**
   * How many paragraphs at the head of `text` are the page's standfirst (the summary printed under the headline), 0
   * when it has none: with the first paragraph of the body they make the article's lead.
   */
  standfirst: number;
  /** Sanitised HTML of the body. */
  html: string;
  wordCount: number;
  /** The text looks cut off (paywall, consent wall, far shorter than the feed's content). */
  partial: boolean;
  leadImage: string | null;
  /** Where the text came from. */
  origin: 'page' | 'feed';
}

export interface ArticleExtractionState {
  byline: string | null;
  siteName: string | null;
  leadImage: string | null;
  bodyHtml: string | null;
  wordCount: number | null;
  partial: boolean;
  /** See ArticleExtraction.standfirst. */
  standfirst: number;
  origin: 'page' | 'feed' | null;
  extractedAt: string | null;
  attempts: number;
  error: string | null;
}

/** The parts of an article a refresh provides; the store assigns collectedAt and extraction. */
export type IncomingArticle = Omit<Article, 'collectedAt' | 'extraction'>;
