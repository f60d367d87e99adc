/** Read-side story queries for the reader: related stories, story search, coverage and daily volume. */
import type { Story } from '../../../domain/story.js';
import type { DailyVolume, StoryCoverage, StoryQuery } from '../../../ports/story-store.js';
import { searchPhrases, searchTerms } from '../../../shared/search-terms.js';
import type { SqliteDatabase } from './database.js';
import { type StoryRow, storyFilter, withArticleIds } from './story-rows.js';

// SQLite caps bound parameters per statement; batches stay well below the oldest limit (999).
const BATCH = 500;

/**
 * What a shared subject (a company, product or body both stories' headlines name) weighs when every headline of both
 * names it: as much as a shared board and tag together. Who a story is about relates it as strongly as what it is
 * about: a credential leak at a GPU cloud and the same cloud's price cut share no topic, and a reader of one wants the
 * other. A subject that fewer headlines name (a customer, a partner) weighs by the smaller of the two shares.
 */
const SUBJECT_WEIGHT = 5;

/**
 * Returns live stories sharing subjects or labels with the story (a subject 5, a tag 3, a board 2, a region or audience
 * 1), plus a little per shared outlet.
 */
export function relatedTo(db: SqliteDatabase, storyId: string, limit: number): Story[] {
  const rows = db
    .prepare(
      `WITH matches AS (
         SELECT l.story_id, CASE l.kind WHEN 'tag' THEN 3 WHEN 'board' THEN 2 ELSE 1 END AS weight
         FROM story_labels l JOIN story_labels mine ON mine.kind = l.kind AND mine.label_id = l.label_id AND mine.story_id = @id
         WHERE l.story_id != @id
         UNION ALL
         SELECT s.story_id, @subjectWeight * MIN(s.share, mine.share) FROM story_subjects s
         JOIN story_subjects mine ON mine.entity_id = s.entity_id AND mine.story_id = @id
         WHERE s.story_id != @id),
       shared AS (SELECT story_id, SUM(weight) AS score FROM matches GROUP BY story_id),
       outlets AS (
         SELECT m.story_id, COUNT(DISTINCT a.source_id) AS n FROM story_articles m JOIN articles a ON a.id = m.article_id
         WHERE m.story_id != @id AND a.source_id IN (
           SELECT a2.source_id FROM story_articles m2 JOIN articles a2 ON a2.id = m2.article_id WHERE m2.story_id = @id)
         GROUP BY m.story_id)
       SELECT s.* FROM shared JOIN stories s ON s.id = shared.story_id LEFT JOIN outlets o ON o.story_id = s.id
       WHERE s.redirect_to IS NULL
       ORDER BY shared.score + 0.5 * COALESCE(o.n, 0) DESC, s.last_updated DESC, s.id LIMIT @limit`,
    )
    .all({ id: storyId, limit, subjectWeight: SUBJECT_WEIGHT }) as StoryRow[];
  return rows.map((row) => withArticleIds(db, row));
}

/** Searches live stories: first by title, labels and latest brief, then stories whose articles match; the index is refreshed first. */
export function searchStories(db: SqliteDatabase, text: string, limit: number): Story[] {
  const phrases = [...new Set(searchPhrases(text).map((phrase) => phrase.join(' ')))];
  if (phrases.length === 0) return [];
  refreshStoryIndex(db);
  const match = phrases.map((phrase) => `"${phrase.replace(/"/g, '""')}"`).join(' AND ');
  const byBrief = db
    .prepare(
      `SELECT s.* FROM story_search f JOIN story_search_state x ON x.doc = f.rowid JOIN stories s ON s.id = x.story_id
       WHERE story_search MATCH ? AND s.redirect_to IS NULL ORDER BY bm25(story_search), s.last_updated DESC LIMIT ?`,
    )
    .all(match, limit) as StoryRow[];
  const byArticle = db
    .prepare(
      `SELECT s.* FROM stories s WHERE s.redirect_to IS NULL AND s.id IN (
         SELECT m.story_id FROM article_search f JOIN articles a ON a.rowid = f.rowid JOIN story_articles m ON m.article_id = a.id
         WHERE article_search MATCH ?)
       ORDER BY s.last_updated DESC, s.id LIMIT ?`,
    )
    .all(match, limit) as StoryRow[];
  const seen = new Set(byBrief.map((row) => row.id));
  const rows = [...byBrief, ...byArticle.filter((row) => !seen.has(row.id))].slice(0, limit);
  return rows.map((row) => withArticleIds(db, row));
}

interface StaleStory {
  id: string;
  title: string;
  labels: string;
  updated_at: string;
  version: number;
  doc: number | null;
}

/**
 * Re-indexes stories whose row or latest brief changed since they were indexed. Doing it at
 * search time keeps the write path (clustering, briefs) untouched and backfills old databases.
 */
function refreshStoryIndex(db: SqliteDatabase): void {
  const stale = db
    .prepare(
      `SELECT s.id, s.title, s.labels, s.updated_at, COALESCE(b.version, 0) AS version, x.doc FROM stories s
       LEFT JOIN (SELECT story_id, max(version) AS version FROM briefs GROUP BY story_id) b ON b.story_id = s.id
       LEFT JOIN story_search_state x ON x.story_id = s.id
       WHERE s.redirect_to IS NULL AND (x.doc IS NULL OR x.story_updated_at != s.updated_at OR x.brief_version != COALESCE(b.version, 0))`,
    )
    .all() as StaleStory[];
  if (stale.length === 0) return;
  db.transaction(() => {
    for (const story of stale) indexStory(db, story);
  })();
}

/** Writes one story's terms: title, label names, and every text of its latest brief. */
function indexStory(db: SqliteDatabase, story: StaleStory): void {
  const body = db.prepare('SELECT body FROM briefs WHERE story_id = ? AND version = ?').get(story.id, story.version) as
    { body: string } | undefined;
  const texts = [story.title, ...(JSON.parse(story.labels) as { name: string }[]).map((label) => label.name)];
  if (body) collectTexts(JSON.parse(body.body) as unknown, texts);
  const terms = searchTerms(texts.join(' ')).join(' ');
  const state = db
    .prepare(
      `INSERT INTO story_search_state (story_id, story_updated_at, brief_version) VALUES (?, ?, ?)
       ON CONFLICT (story_id) DO UPDATE SET story_updated_at = excluded.story_updated_at, brief_version = excluded.brief_version
       RETURNING doc`,
    )
    .get(story.id, story.updated_at, story.version) as { doc: number };
  db.prepare('DELETE FROM story_search WHERE rowid = ?').run(state.doc);
  db.prepare('INSERT INTO story_search (rowid, terms) VALUES (?, ?)').run(state.doc, terms);
}

// Fields of a brief that hold reader-visible text; ids, urls and dates are left out of the index.
const TEXT_FIELDS = new Set(['text', 'quote', 'title', 'outlet']);

/** Collects reader-visible strings from a brief body, walking its nested sections. */
function collectTexts(value: unknown, into: string[]): void {
  if (Array.isArray(value)) for (const item of value) collectTexts(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) {
      if (typeof field === 'string' && TEXT_FIELDS.has(key)) into.push(field.replace(/\[\d+\]/g, ''));
      else if (typeof field === 'object') collectTexts(field, into);
    }
  }
}

interface CoverageRow {
  story_id: string;
  source_id: string;
  name: string;
  homepage: string | null;
  region: string | null;
  n: number;
  copies: number;
  last: string;
}

/** Returns outlets (most reports of their own first, then copies) and the newest collection time per story. */
export function coverageOf(db: SqliteDatabase, storyIds: readonly string[]): Map<string, StoryCoverage> {
  const result = new Map<string, StoryCoverage>();
  for (let start = 0; start < storyIds.length; start += BATCH) {
    const batch = storyIds.slice(start, start + BATCH);
    const rows = db
      .prepare(
        `SELECT m.story_id, a.source_id, src.name, src.homepage, src.region, count(*) AS n, count(m.duplicate_of) AS copies, max(a.collected_at) AS last
         FROM story_articles m JOIN articles a ON a.id = m.article_id JOIN sources src ON src.id = a.source_id
         WHERE m.story_id IN (${batch.map(() => '?').join(',')})
         GROUP BY m.story_id, a.source_id ORDER BY m.story_id, n - copies DESC, n DESC, src.name COLLATE NOCASE`,
      )
      .all(...batch) as CoverageRow[];
    for (const row of rows) {
      let coverage = result.get(row.story_id);
      if (!coverage) result.set(row.story_id, (coverage = { storyId: row.story_id, outlets: [], lastCollectedAt: null }));
      coverage.outlets.push({
        sourceId: row.source_id,
        name: row.name,
        homepage: row.homepage,
        region: row.region,
        articles: row.n,
        copies: row.copies,
      });
      if (!coverage.lastCollectedAt || row.last > coverage.lastCollectedAt) coverage.lastCollectedAt = row.last;
    }
  }
  return result;
}

/** Counts articles and stories per UTC day of the article's time, for stories matching the filter. */
export function volumeByDayOf(db: SqliteDatabase, query: Omit<StoryQuery, 'limit' | 'offset'>, since: string): DailyVolume[] {
  const { where, params } = storyFilter(query);
  return db
    .prepare(
      `SELECT substr(art.sort_time, 1, 10) AS day, count(*) AS articles, count(DISTINCT sa.story_id) AS stories
       FROM story_articles sa JOIN articles art ON art.id = sa.article_id JOIN stories s ON s.id = sa.story_id
       WHERE ${where} AND art.sort_time >= @since GROUP BY day ORDER BY day`,
    )
    .all({ ...params, since }) as DailyVolume[];
}
