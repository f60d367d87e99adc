/**
 * Storage ports. Every method is async so a networked database (PostgreSQL) can implement
 * them unchanged; jobs and interfaces depend on these shapes only.
 */
import type { Article, ArticleExtraction, IncomingArticle } from '../domain/article.js';
import type { Sentence } from '../domain/sentence.js';
import type { ArticleWithSource } from './article-view.js';
import type { FeedbackStore } from './feedback-store.js';
import type { StoryStore } from './story-store.js';
import type { NewSource, Source, SourceHealth } from '../domain/source.js';

/** What one refresh of one source produced; committed atomically. */
export type RefreshOutcome =
  | {
      kind: 'updated';
      articles: IncomingArticle[];
      etag: string | null;
      lastModified: string | null;
      /** New feed URL after a permanent redirect. */
      movedTo: string | null;
      /** A plain sentence when the feed was usable but damaged (e.g. truncated XML recovered). */
      warning: string | null;
    }
  | { kind: 'not-modified' }
  | { kind: 'failed'; userMessage: string; code: string; disable: boolean };

export interface SourceRefresh {
  sourceId: string;
  checkedAt: string;
  nextCheckAt: string;
  outcome: RefreshOutcome;
}

export interface RefreshSummary {
  inserted: number;
  updated: number;
}

export interface ArticleQuery {
  limit: number;
  offset?: number;
  sourceId?: string;
}

export type { ArticleWithSource };

export type SourcePatch = Partial<
  Pick<Source, 'name' | 'feedUrl' | 'homepage' | 'region' | 'language' | 'boards' | 'enabled' | 'refreshMinutes'>
>;

export interface SourceStore {
  add(source: NewSource, now: string): Promise<Source>;
  get(id: string): Promise<Source | null>;
  findByFeedUrl(feedUrl: string): Promise<Source | null>;
  list(): Promise<Source[]>;
  remove(id: string): Promise<boolean>;
  /** Changes a source's settings; returns the updated source, or null when it does not exist. */
  update(id: string, patch: SourcePatch): Promise<Source | null>;
  /** Sources whose next check is due at or before `now`, enabled only. */
  listDue(now: string): Promise<Source[]>;
}

export interface ArticleStore {
  get(id: string): Promise<Article | null>;
  listLatest(query: ArticleQuery): Promise<ArticleWithSource[]>;
  count(): Promise<number>;
  /** Full-text search over titles, summaries and text; Chinese matches by character bigrams. */
  search(text: string, limit: number): Promise<ArticleWithSource[]>;
  /** Articles not yet extracted that have been tried fewer than `maxAttempts` times, newest first. */
  listPendingExtraction(limit: number, maxAttempts: number): Promise<ArticleWithSource[]>;
  /** Stores an extraction and the text's sentences (replacing earlier ones) in one transaction. */
  saveExtraction(articleId: string, extraction: ArticleExtraction, sentences: readonly Sentence[], at: string): Promise<void>;
  /** Counts a failed extraction attempt with its reason. */
  recordExtractionFailure(articleId: string, message: string, at: string): Promise<void>;
  /** The article's sentences in order. */
  sentences(articleId: string): Promise<Sentence[]>;
}

export interface Store {
  readonly sources: SourceStore;
  readonly articles: ArticleStore;
  readonly stories: StoryStore;
  readonly feedback: FeedbackStore;
  /** Applies one refresh (articles, validators, health) in one transaction; idempotent per item. */
  commitRefresh(refresh: SourceRefresh): Promise<RefreshSummary>;
  close(): Promise<void>;
}

export type { SourceHealth };
