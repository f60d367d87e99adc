/** Articles, their extracted sentences and their search terms, in SQLite. */
import type { ArticleExtraction } from '../../../domain/article.js';
import type { Sentence } from '../../../domain/sentence.js';
import type { ArticleQuery, ArticleStore, ArticleWithSource } from '../../../ports/store.js';
import { searchPhrases, searchTerms } from '../../../shared/search-terms.js';
import type { SqliteDatabase } from './database.js';
import { type ArticleRow, toArticle, toArticleWithSource } from './rows.js';

const ARTICLE_WITH_SOURCE = `SELECT a.*, s.name AS source_name, s.region AS source_region
  FROM articles a JOIN sources s ON s.id = a.source_id`;
export class SqliteArticleStore implements ArticleStore {
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
             word_count = @wordCount, partial = @partial, standfirst = @standfirst, text_origin = @origin, language = COALESCE(@language, language),
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
export function indexTerms(db: SqliteDatabase, rowid: number, texts: readonly (string | null)[]): void {
  const terms = searchTerms(texts.filter(Boolean).join(' ')).join(' ');
  db.prepare('DELETE FROM article_search WHERE rowid = ?').run(rowid);
  db.prepare('INSERT INTO article_search (rowid, terms) VALUES (?, ?)').run(rowid, terms);
}
