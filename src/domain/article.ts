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
}

/** The parts of an article a refresh provides; the store assigns collectedAt. */
export type IncomingArticle = Omit<Article, 'collectedAt'>;
