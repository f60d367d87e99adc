/** The StoryStore port on SQLite: stories, memberships, labels, briefs and pipeline state. */
import type { Brief } from '../../../domain/brief.js';
import type { Label, Story, StorySubject } from '../../../domain/story.js';
import type { ArticleWithSource } from '../../../ports/store.js';
import type { DailyVolume, StoredBrief, StoryCoverage, StoryQuery, StoryStore, StoryUpdate } from '../../../ports/story-store.js';
import type { SqliteDatabase } from './database.js';
import { type ArticleRow, toArticleWithSource } from './rows.js';
import { type StoryRow, articleIdsOf, storyFilter, toStory } from './story-rows.js';
import { relabelStory, replaceLabelRows } from './sqlite-story-labels.js';
import { coverageOf, relatedTo, searchStories, volumeByDayOf } from './sqlite-story-reads.js';

/** SQLite implementation of StoryStore (shares the database of SqliteStore). */
export class SqliteStoryStore implements StoryStore {
  private readonly apply: (update: StoryUpdate) => void;

  constructor(private readonly db: SqliteDatabase) {
    this.apply = db.transaction((update: StoryUpdate) => this.write(update));
  }

  async applyUpdate(update: StoryUpdate): Promise<void> {
    this.apply(update);
  }

  async relabel(storyId: string, labels: Label[], subjects: StorySubject[], at: string): Promise<boolean> {
    return this.db.transaction(() => relabelStory(this.db, storyId, labels, subjects, at))();
  }

  async loadState(key: string): Promise<unknown> {
    const row = this.db.prepare('SELECT value FROM pipeline_state WHERE key = ?').get(key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as unknown) : null;
  }

  async get(id: string): Promise<(Story & { redirectedFrom: string | null }) | null> {
    let current = id;
    // Merges can chain (a into b, later b into c); follow them, bounded against a corrupt loop.
    for (let hops = 0; hops < 20; hops += 1) {
      const row = this.db.prepare('SELECT * FROM stories WHERE id = ?').get(current) as StoryRow | undefined;
      if (!row) return null;
      if (!row.redirect_to) {
        const story = toStory(row);
        story.articleIds.push(...this.articleIds(row.id));
        return { ...story, redirectedFrom: current === id ? null : id };
      }
      current = row.redirect_to;
    }
    return null;
  }

  async list(query: StoryQuery): Promise<Story[]> {
    const { where, params } = storyFilter(query);
    const rows = this.db
      .prepare(`SELECT s.* FROM stories s WHERE ${where} ORDER BY s.last_updated DESC, s.id LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: query.limit, offset: query.offset ?? 0 }) as StoryRow[];
    return rows.map((row) => {
      const story = toStory(row);
      story.articleIds.push(...this.articleIds(row.id));
      return story;
    });
  }

  async count(query: Omit<StoryQuery, 'limit' | 'offset'>): Promise<number> {
    const { where, params } = storyFilter(query);
    return (this.db.prepare(`SELECT count(*) AS n FROM stories s WHERE ${where}`).get(params) as { n: number }).n;
  }

  async articles(storyId: string): Promise<(ArticleWithSource & { duplicateOf: string | null })[]> {
    const rows = this.db
      .prepare(
        `SELECT a.*, s.name AS source_name, s.region AS source_region, m.duplicate_of
         FROM story_articles m JOIN articles a ON a.id = m.article_id JOIN sources s ON s.id = a.source_id
         WHERE m.story_id = ? ORDER BY a.sort_time, a.id`,
      )
      .all(storyId) as (ArticleRow & { duplicate_of: string | null })[];
    return rows.map((row) => ({ ...toArticleWithSource(row), duplicateOf: row.duplicate_of }));
  }

  async listUnclustered(limit: number): Promise<ArticleWithSource[]> {
    const rows = this.db
      .prepare(
        `SELECT a.*, s.name AS source_name, s.region AS source_region FROM articles a JOIN sources s ON s.id = a.source_id
         WHERE a.extracted_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM story_articles m WHERE m.article_id = a.id)
         ORDER BY COALESCE(a.published, a.collected_at), a.id LIMIT ?`,
      )
      .all(limit) as ArticleRow[];
    return rows.map(toArticleWithSource);
  }

  async listNeedingBrief(limit: number): Promise<string[]> {
    const rows = this.db
      .prepare(
        `SELECT s.id FROM stories s WHERE s.redirect_to IS NULL
           AND NOT EXISTS (SELECT 1 FROM briefs b WHERE b.story_id = s.id AND (b.created_at >= s.updated_at OR b.checked_at >= s.updated_at))
         ORDER BY s.updated_at, s.id LIMIT ?`,
      )
      .all(limit) as { id: string }[];
    return rows.map((row) => row.id);
  }

  async saveBrief(storyId: string, brief: Brief, groundedShare: number | null, at: string): Promise<number> {
    return this.db.transaction(() => {
      const latest = this.db.prepare('SELECT version, body FROM briefs WHERE story_id = ? ORDER BY version DESC LIMIT 1').get(storyId) as
        { version: number; body: string } | undefined;
      const comparable = (b: Brief) => JSON.stringify({ ...b, version: 0, createdAt: '' });
      if (latest && comparable(JSON.parse(latest.body) as Brief) === comparable(brief)) {
        this.db.prepare('UPDATE briefs SET checked_at = ? WHERE story_id = ? AND version = ?').run(at, storyId, latest.version);
        return latest.version;
      }
      const version = (latest?.version ?? 0) + 1;
      const body = JSON.stringify({ ...brief, version, createdAt: at });
      this.db
        .prepare('INSERT INTO briefs (story_id, version, created_at, engine, grounded_share, body) VALUES (?, ?, ?, ?, ?, ?)')
        .run(storyId, version, at, brief.engine, groundedShare, body);
      return version;
    })();
  }

  async brief(storyId: string, version?: number): Promise<StoredBrief | null> {
    const row = (
      version === undefined
        ? this.db.prepare('SELECT * FROM briefs WHERE story_id = ? ORDER BY version DESC LIMIT 1').get(storyId)
        : this.db.prepare('SELECT * FROM briefs WHERE story_id = ? AND version = ?').get(storyId, version)
    ) as { version: number; created_at: string; engine: string; grounded_share: number | null; body: string } | undefined;
    if (!row) return null;
    return {
      version: row.version,
      createdAt: row.created_at,
      engine: row.engine,
      groundedShare: row.grounded_share,
      brief: JSON.parse(row.body) as Brief,
    };
  }

  async subjects(storyId: string): Promise<StorySubject[]> {
    return this.db
      .prepare('SELECT entity_id AS id, share FROM story_subjects WHERE story_id = ? ORDER BY share DESC, entity_id')
      .all(storyId) as StorySubject[];
  }

  async related(storyId: string, limit: number): Promise<Story[]> {
    return relatedTo(this.db, storyId, limit);
  }

  async search(text: string, limit: number): Promise<Story[]> {
    return searchStories(this.db, text, limit);
  }

  async coverage(storyIds: readonly string[]): Promise<Map<string, StoryCoverage>> {
    return coverageOf(this.db, storyIds);
  }

  async volumeByDay(query: Omit<StoryQuery, 'limit' | 'offset'>, since: string): Promise<DailyVolume[]> {
    return volumeByDayOf(this.db, query, since);
  }

  async briefVersions(storyId: string): Promise<Omit<StoredBrief, 'brief'>[]> {
    const rows = this.db
      .prepare('SELECT version, created_at, engine, grounded_share FROM briefs WHERE story_id = ? ORDER BY version DESC')
      .all(storyId) as { version: number; created_at: string; engine: string; grounded_share: number | null }[];
    return rows.map((r) => ({ version: r.version, createdAt: r.created_at, engine: r.engine, groundedShare: r.grounded_share }));
  }

  private articleIds(storyId: string): string[] {
    return articleIdsOf(this.db, storyId);
  }

  private write(update: StoryUpdate): void {
    const membership = this.db.prepare(
      `INSERT INTO story_articles (article_id, story_id, duplicate_of, added_at) VALUES (@articleId, @storyId, @duplicateOf, @at)
       ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, duplicate_of = excluded.duplicate_of`,
    );
    for (const m of update.memberships) membership.run({ ...m, at: update.at });
    for (const change of update.changes) {
      if (change.kind === 'merge') {
        this.db.prepare('UPDATE stories SET redirect_to = ?, updated_at = ? WHERE id = ?').run(change.into, update.at, change.from);
        this.db.prepare('UPDATE stories SET redirect_to = ? WHERE redirect_to = ?').run(change.into, change.from);
        this.db.prepare('UPDATE story_articles SET story_id = ? WHERE story_id = ?').run(change.into, change.from);
        this.db.prepare('DELETE FROM story_labels WHERE story_id = ?').run(change.from);
        this.db.prepare('DELETE FROM story_subjects WHERE story_id = ?').run(change.from);
      } else {
        this.db.prepare('UPDATE story_articles SET story_id = ? WHERE article_id = ?').run(change.to, change.articleId);
      }
      this.db
        .prepare('INSERT INTO story_changes (at, kind, story_id, detail) VALUES (?, ?, ?, ?)')
        .run(update.at, change.kind, change.kind === 'merge' ? change.into : change.to, JSON.stringify(change));
    }
    const upsert = this.db.prepare(
      `INSERT INTO stories (id, title, first_seen, last_updated, article_count, outlet_count, languages, labels, updated_at)
       VALUES (@id, @title, @firstSeen, @lastUpdated, @articleCount, @outletCount, @languages, @labels, @at)
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, first_seen = excluded.first_seen, last_updated = excluded.last_updated,
         article_count = excluded.article_count, outlet_count = excluded.outlet_count, languages = excluded.languages,
         labels = excluded.labels, redirect_to = NULL, updated_at = excluded.updated_at`,
    );
    for (const story of update.stories) {
      upsert.run({
        ...story,
        articleCount: story.articleIds.length,
        languages: JSON.stringify(story.languages),
        labels: JSON.stringify(story.labels),
        at: update.at,
      });
      replaceLabelRows(this.db, story.id, story.labels, story.subjects ?? []);
    }
    // Counts come from the stored memberships, which include copies the clusterer never sees.
    const recount = this.db.prepare(
      `UPDATE stories SET
         article_count = (SELECT count(*) FROM story_articles m WHERE m.story_id = stories.id),
         outlet_count = (SELECT count(DISTINCT a.source_id) FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = stories.id)
       WHERE id = ?`,
    );
    for (const story of update.stories) recount.run(story.id);
    const state = this.db.prepare(
      'INSERT INTO pipeline_state (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    );
    for (const [key, value] of Object.entries(update.state)) state.run(key, JSON.stringify(value), update.at);
  }
}
