/** The Store port on one SQLite file (better-sqlite3): synchronous inside, async at the port. */
import type { ArticleExtraction, IncomingArticle } from '../../../domain/article.js';
import type { Sentence } from '../../../domain/sentence.js';
import { type NewSource, type Source, slugifySourceName } from '../../../domain/source.js';
import type { FeedbackStore } from '../../../ports/feedback-store.js';
import type { StoryStore } from '../../../ports/story-store.js';
import type {
  ArticleQuery,
  ArticleStore,
  ArticleWithSource,
  RefreshSummary,
  SourcePatch,
  SourceRefresh,
  SourceStore,
  Store,
} from '../../../ports/store.js';
import { searchPhrases, searchTerms } from '../../../shared/search-terms.js';
import { type SqliteDatabase, openDatabase } from './database.js';
import { SqliteFeedbackStore } from './sqlite-feedback-store.js';
import { SqliteStoryStore } from './sqlite-story-store.js';
import { type ArticleRow, type SourceRow, toArticle, toArticleWithSource, toSource } from './rows.js';

const ARTICLE_WITH_SOURCE = `SELECT a.*, s.name AS source_name, s.region AS source_region
  FROM articles a JOIN sources s ON s.id = a.source_id`;

class SqliteSourceStore implements SourceStore {
  constructor(private readonly db: SqliteDatabase) {}

  async add(input: NewSource, now: string): Promise<Source> {
    const base = input.id ?? slugifySourceName(input.name);
    const taken = this.db.prepare('SELECT 1 FROM sources WHERE id = ?');
    let id = base;
    for (let n = 2; taken.get(id); n += 1) id = `${base}-${n}`;
    this.db
      .prepare(
        `INSERT INTO sources (id, name, feed_url, homepage, region, language, boards, refresh_minutes, created_at, next_check_at)
         VALUES (@id, @name, @feedUrl, @homepage, @region, @language, @boards, @refreshMinutes, @now, @now)`,
      )
      .run({
        id,
        name: input.name,
        feedUrl: input.feedUrl,
        homepage: input.homepage ?? null,
        region: input.region ?? null,
        language: input.language ?? null,
        boards: JSON.stringify(input.boards ?? []),
        refreshMinutes: input.refreshMinutes ?? null,
        now,
      });
    return (await this.get(id)) as Source;
  }

  async get(id: string): Promise<Source | null> {
    const row = this.db.prepare('SELECT * FROM sources WHERE id = ?').get(id) as SourceRow | undefined;
    return row ? toSource(row) : null;
  }

  async findByFeedUrl(feedUrl: string): Promise<Source | null> {
    const row = this.db.prepare('SELECT * FROM sources WHERE feed_url = ?').get(feedUrl) as SourceRow | undefined;
    return row ? toSource(row) : null;
  }

  async list(): Promise<Source[]> {
    return (this.db.prepare('SELECT * FROM sources ORDER BY name COLLATE NOCASE').all() as SourceRow[]).map(toSource);
  }

  async remove(id: string): Promise<boolean> {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM article_search WHERE rowid IN (SELECT rowid FROM articles WHERE source_id = ?)').run(id);
      return this.db.prepare('DELETE FROM sources WHERE id = ?').run(id).changes > 0;
    })();
  }

  async update(id: string, patch: SourcePatch): Promise<Source | null> {
    const columns: Record<keyof SourcePatch, string> = {
      name: 'name',
      feedUrl: 'feed_url',
      homepage: 'homepage',
      region: 'region',
      language: 'language',
      boards: 'boards',
      enabled: 'enabled',
      refreshMinutes: 'refresh_minutes',
    };
    const entries = Object.entries(patch).filter(([, value]) => value !== undefined) as [keyof SourcePatch, unknown][];
    if (entries.length > 0) {
      const values = entries.map(([key, value]) =>
        key === 'boards' ? JSON.stringify(value) : key === 'enabled' ? (value ? 1 : 0) : value,
      );
      const reenable = patch.enabled === true ? ', disabled_reason = NULL, consecutive_failures = 0' : '';
      this.db
        .prepare(`UPDATE sources SET ${entries.map(([key]) => `${columns[key]} = ?`).join(', ')}${reenable} WHERE id = ?`)
        .run(...values, id);
    }
    return this.get(id);
  }

  async listDue(now: string): Promise<Source[]> {
    const rows = this.db
      .prepare('SELECT * FROM sources WHERE enabled = 1 AND (next_check_at IS NULL OR next_check_at <= ?) ORDER BY next_check_at')
      .all(now) as SourceRow[];
    return rows.map(toSource);
  }
}

class SqliteArticleStore implements ArticleStore {
  constructor(private readonly db: SqliteDatabase) {}

  async get(id: string) {
    const row = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    return row ? toArticle(row) : null;
  }

  async listLatest(query: ArticleQuery): Promise<ArticleWithSource[]> {
    const where = query.sourceId ? 'WHERE a.source_id = @sourceId' : '';
    const rows = this.db
      .prepare(`${ARTICLE_WITH_SOURCE} ${where} ORDER BY a.sort_time DESC, a.id LIMIT @limit OFFSET @offset`)
      .all({ sourceId: query.sourceId, limit: query.limit, offset: query.offset ?? 0 }) as ArticleRow[];
    return rows.map(toArticleWithSource);
  }

  async count(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  async search(text: string, limit: number): Promise<ArticleWithSource[]> {
    const phrases = [...new Set(searchPhrases(text).map((phrase) => phrase.join(' ')))];
    if (phrases.length === 0) return [];
    const match = phrases.map((phrase) => `"${phrase.replace(/"/g, '""')}"`).join(' AND ');
    const rows = this.db
      .prepare(
        `${ARTICLE_WITH_SOURCE} JOIN article_search f ON f.rowid = a.rowid
         WHERE article_search MATCH ? ORDER BY bm25(article_search), a.sort_time DESC LIMIT ?`,
      )
      .all(match, limit) as ArticleRow[];
    return rows.map(toArticleWithSource);
  }

  async listPendingExtraction(limit: number, maxAttempts: number): Promise<ArticleWithSource[]> {
    const rows = this.db
      .prepare(`${ARTICLE_WITH_SOURCE} WHERE a.extracted_at IS NULL AND a.extraction_attempts < ? ORDER BY a.sort_time DESC LIMIT ?`)
      .all(maxAttempts, limit) as ArticleRow[];
    return rows.map(toArticleWithSource);
  }

  async saveExtraction(articleId: string, extraction: ArticleExtraction, sentences: readonly Sentence[], at: string): Promise<void> {
    this.db.transaction(() => {
      const row = this.db.prepare('SELECT rowid, title, summary FROM articles WHERE id = ?').get(articleId) as
        { rowid: number; title: string | null; summary: string | null } | undefined;
      if (!row) return;
      this.db
        .prepare(
          `UPDATE articles SET text = @text, body_html = @html, byline = @byline, site_name = @siteName, lead_image = @leadImage,
             word_count = @wordCount, partial = @partial, text_origin = @origin, language = COALESCE(@language, language),
             canonical_url = COALESCE(@canonicalUrl, canonical_url), published = COALESCE(published, @published),
             extracted_at = @at, extraction_attempts = extraction_attempts + 1, extraction_error = NULL
           WHERE id = @articleId`,
        )
        .run({ ...extraction, partial: extraction.partial ? 1 : 0, at, articleId });
      this.db.prepare('DELETE FROM article_sentences WHERE article_id = ?').run(articleId);
      const insert = this.db.prepare(
        'INSERT INTO article_sentences (article_id, sentence_id, paragraph, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (const sentence of sentences) insert.run(articleId, sentence.id, sentence.paragraph, sentence.start, sentence.end, sentence.text);
      indexTerms(this.db, row.rowid, [row.title, row.summary, extraction.text]);
    })();
  }

  async recordExtractionFailure(articleId: string, message: string, at: string): Promise<void> {
    this.db
      .prepare('UPDATE articles SET extraction_attempts = extraction_attempts + 1, extraction_error = ? WHERE id = ?')
      .run(`${message} (${at})`, articleId);
  }

  async sentences(articleId: string): Promise<Sentence[]> {
    const rows = this.db
      .prepare(
        'SELECT sentence_id, paragraph, start_offset, end_offset, text FROM article_sentences WHERE article_id = ? ORDER BY start_offset',
      )
      .all(articleId) as { sentence_id: string; paragraph: number; start_offset: number; end_offset: number; text: string }[];
    return rows.map((r) => ({ id: r.sentence_id, paragraph: r.paragraph, start: r.start_offset, end: r.end_offset, text: r.text }));
  }
}

/** Replaces an article's row in the search index with terms from the given texts. */
function indexTerms(db: SqliteDatabase, rowid: number, texts: readonly (string | null)[]): void {
  const terms = searchTerms(texts.filter(Boolean).join(' ')).join(' ');
  db.prepare('DELETE FROM article_search WHERE rowid = ?').run(rowid);
  db.prepare('INSERT INTO article_search (rowid, terms) VALUES (?, ?)').run(rowid, terms);
}

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
      .prepare('SELECT rowid, title, summary, content_html, url, updated, published FROM articles WHERE source_id = ? AND item_key = ?')
      .get(article.sourceId, article.itemKey) as
      | {
          rowid: number;
          title: string | null;
          summary: string | null;
          content_html: string | null;
          url: string | null;
          updated: string | null;
          published: string | null;
        }
      | undefined;
    const values = {
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
      sortTime: article.published ?? collectedAt,
    };
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
    const changed =
      existing.title !== article.title ||
      existing.summary !== article.summary ||
      existing.content_html !== article.contentHtml ||
      existing.url !== article.url ||
      existing.updated !== article.updated;
    if (!changed) return 'unchanged';
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
