/** The Store port on one SQLite file (better-sqlite3): synchronous inside, async at the port. */
import type { IncomingArticle } from '../../../domain/article.js';
import type { FeedbackStore } from '../../../ports/feedback-store.js';
import type { StoryStore } from '../../../ports/story-store.js';
import type { ArticleStore, RefreshSummary, SourceRefresh, SourceStore, Store } from '../../../ports/store.js';
import { type SqliteDatabase, openDatabase } from './database.js';
import { SqliteArticleStore, indexTerms } from './sqlite-article-store.js';
import { SqliteFeedbackStore } from './sqlite-feedback-store.js';
import { SqliteSourceStore } from './sqlite-source-store.js';
import { SqliteStoryStore } from './sqlite-story-store.js';

/** SQLite implementation of the Store port. */
export class SqliteStore implements Store {
  readonly sources: SourceStore;
  readonly articles: ArticleStore;
  readonly stories: StoryStore;
  readonly feedback: FeedbackStore;
  private readonly commit: (refresh: SourceRefresh) => RefreshSummary;

  constructor(private readonly db: SqliteDatabase) {
    this.sources = new SqliteSourceStore(db);
    this.articles = new SqliteArticleStore(db);
    this.stories = new SqliteStoryStore(db);
    this.feedback = new SqliteFeedbackStore(db);
    this.commit = db.transaction((refresh: SourceRefresh) => this.applyRefresh(refresh));
  }

  /** Opens the store at a file path (":memory:" for tests). */
  static open(path: string): SqliteStore {
    return new SqliteStore(openDatabase(path));
  }

  async commitRefresh(refresh: SourceRefresh): Promise<RefreshSummary> {
    return this.commit(refresh);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private applyRefresh(refresh: SourceRefresh): RefreshSummary {
    const { sourceId, checkedAt, nextCheckAt, outcome } = refresh;
    const exists = this.db.prepare('SELECT 1 FROM sources WHERE id = ?').get(sourceId);
    if (!exists) return { inserted: 0, updated: 0 };
    this.db.prepare('UPDATE sources SET last_check_at = ?, next_check_at = ? WHERE id = ?').run(checkedAt, nextCheckAt, sourceId);
    if (outcome.kind === 'failed') {
      this.db
        .prepare(
          `UPDATE sources SET last_error_at = ?, last_error = ?, consecutive_failures = consecutive_failures + 1,
           enabled = CASE WHEN ? THEN 0 ELSE enabled END,
           disabled_reason = CASE WHEN ? THEN ? ELSE disabled_reason END WHERE id = ?`,
        )
        .run(checkedAt, outcome.userMessage, outcome.disable ? 1 : 0, outcome.disable ? 1 : 0, outcome.userMessage, sourceId);
      return { inserted: 0, updated: 0 };
    }
    this.db
      .prepare('UPDATE sources SET last_success_at = ?, last_error = NULL, consecutive_failures = 0 WHERE id = ?')
      .run(checkedAt, sourceId);
    if (outcome.kind === 'not-modified') return { inserted: 0, updated: 0 };
    this.db
      .prepare('UPDATE sources SET etag = ?, last_modified = ?, last_warning = ? WHERE id = ?')
      .run(outcome.etag, outcome.lastModified, outcome.warning, sourceId);
    if (outcome.movedTo && !this.db.prepare('SELECT 1 FROM sources WHERE feed_url = ?').get(outcome.movedTo)) {
      this.db.prepare('UPDATE sources SET feed_url = ? WHERE id = ?').run(outcome.movedTo, sourceId);
    }
    const summary: RefreshSummary = { inserted: 0, updated: 0 };
    for (const article of outcome.articles) {
      const result = this.upsertArticle(article, checkedAt);
      if (result === 'inserted') summary.inserted += 1;
      if (result === 'updated') summary.updated += 1;
    }
    return summary;
  }

  private upsertArticle(article: IncomingArticle, collectedAt: string): 'inserted' | 'updated' | 'unchanged' {
    const existing = this.db
      .prepare('SELECT rowid, title, summary, content_html, url, updated FROM articles WHERE source_id = ? AND item_key = ?')
      .get(article.sourceId, article.itemKey) as StoredItem | undefined;
    const values = articleValues(article, collectedAt);
    if (!existing) {
      const info = this.db
        .prepare(
          `INSERT INTO articles (id, source_id, item_key, url, canonical_url, title, summary, content_html, text, authors,
             categories, language, published, updated, collected_at, sort_time)
           VALUES (@id, @sourceId, @itemKey, @url, @canonicalUrl, @title, @summary, @contentHtml, @text, @authors,
             @categories, @language, @published, @updated, @collectedAt, @sortTime)`,
        )
        .run(values);
      this.indexArticle(Number(info.lastInsertRowid), article);
      return 'inserted';
    }
    if (!itemChanged(existing, article)) return 'unchanged';
    // A changed item is extracted again: its page may have changed too (corrections, updates).
    this.db
      .prepare(
        `UPDATE articles SET url = @url, canonical_url = @canonicalUrl, title = @title, summary = @summary,
           content_html = @contentHtml, text = COALESCE(@text, text), authors = @authors, categories = @categories,
           extracted_at = NULL, extraction_attempts = 0,
           language = COALESCE(@language, language), updated = @updated,
           published = COALESCE(published, @published)
         WHERE source_id = @sourceId AND item_key = @itemKey`,
      )
      .run(values);
    this.indexArticle(existing.rowid, article);
    return 'updated';
  }

  private indexArticle(rowid: number, article: IncomingArticle): void {
    indexTerms(this.db, rowid, [article.title, article.summary, article.text]);
  }
}

/** The stored fields of a feed item that decide whether a refresh changed it. */
interface StoredItem {
  rowid: number;
  title: string | null;
  summary: string | null;
  content_html: string | null;
  url: string | null;
  updated: string | null;
}

function itemChanged(existing: StoredItem, article: IncomingArticle): boolean {
  return (
    existing.title !== article.title ||
    existing.summary !== article.summary ||
    existing.content_html !== article.contentHtml ||
    existing.url !== article.url ||
    existing.updated !== article.updated
  );
}

/** The named parameters of the insert and update statements. */
function articleValues(article: IncomingArticle, collectedAt: string) {
  return {
    id: article.id,
    sourceId: article.sourceId,
    itemKey: article.itemKey,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    summary: article.summary,
    contentHtml: article.contentHtml,
    text: article.text,
    authors: JSON.stringify(article.authors),
    categories: JSON.stringify(article.categories),
    language: article.language,
    published: article.published,
    updated: article.updated,
    collectedAt,
    // Undated items sort by when we collected them, so they still take their place in "latest".
    sortTime: article.published ?? collectedAt,
  };
}
