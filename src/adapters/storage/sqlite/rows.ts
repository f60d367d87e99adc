/** Maps SQLite rows to domain objects and back. */
import type { Article } from '../../../domain/article.js';
import type { Source } from '../../../domain/source.js';
import type { ArticleWithSource } from '../../../ports/store.js';

export interface SourceRow {
  id: string;
  name: string;
  feed_url: string;
  homepage: string | null;
  region: string | null;
  language: string | null;
  boards: string;
  enabled: number;
  disabled_reason: string | null;
  refresh_minutes: number | null;
  created_at: string;
  etag: string | null;
  last_modified: string | null;
  last_check_at: string | null;
  last_success_at: string | null;
  last_error_at: string | null;
  last_error: string | null;
  consecutive_failures: number;
  next_check_at: string | null;
  last_warning: string | null;
}

export interface ArticleRow {
  id: string;
  source_id: string;
  item_key: string;
  url: string | null;
  canonical_url: string | null;
  title: string | null;
  summary: string | null;
  content_html: string | null;
  text: string | null;
  authors: string;
  categories: string;
  language: string | null;
  published: string | null;
  updated: string | null;
  collected_at: string;
  byline: string | null;
  site_name: string | null;
  lead_image: string | null;
  body_html: string | null;
  word_count: number | null;
  partial: number;
  standfirst: number;
  text_origin: string | null;
  extracted_at: string | null;
  extraction_attempts: number;
  extraction_error: string | null;
  source_name?: string;
  source_region?: string | null;
}

/** Converts a sources row into a Source. */
export function toSource(row: SourceRow): Source {
  return {
    id: row.id,
    name: row.name,
    feedUrl: row.feed_url,
    homepage: row.homepage,
    region: row.region,
    language: row.language,
    boards: JSON.parse(row.boards) as string[],
    enabled: row.enabled === 1,
    disabledReason: row.disabled_reason,
    refreshMinutes: row.refresh_minutes,
    createdAt: row.created_at,
    validators: { etag: row.etag, lastModified: row.last_modified },
    health: {
      lastCheckAt: row.last_check_at,
      lastSuccessAt: row.last_success_at,
      lastErrorAt: row.last_error_at,
      lastError: row.last_error,
      consecutiveFailures: row.consecutive_failures,
      nextCheckAt: row.next_check_at,
      lastWarning: row.last_warning ?? null,
    },
  };
}

/** Converts an articles row into an Article. */
export function toArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    sourceId: row.source_id,
    itemKey: row.item_key,
    url: row.url,
    canonicalUrl: row.canonical_url,
    title: row.title,
    summary: row.summary,
    contentHtml: row.content_html,
    text: row.text,
    authors: JSON.parse(row.authors) as Article['authors'],
    categories: JSON.parse(row.categories) as string[],
    language: row.language,
    published: row.published,
    updated: row.updated,
    collectedAt: row.collected_at,
    extraction:
      row.extracted_at || row.extraction_attempts > 0
        ? {
            byline: row.byline,
            siteName: row.site_name,
            leadImage: row.lead_image,
            bodyHtml: row.body_html,
            wordCount: row.word_count,
            partial: row.partial === 1,
            standfirst: row.standfirst,
            origin: row.text_origin as 'page' | 'feed' | null,
            extractedAt: row.extracted_at,
            attempts: row.extraction_attempts,
            error: row.extraction_error,
          }
        : null,
  };
}

/** Converts a joined articles+sources row into an ArticleWithSource. */
export function toArticleWithSource(row: ArticleRow): ArticleWithSource {
  return { ...toArticle(row), sourceName: row.source_name ?? row.source_id, sourceRegion: row.source_region ?? null };
}
