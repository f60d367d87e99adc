/** Story rows as SQLite stores them, their mapping to the domain, and the shared story filter. */
import type { Label, Story } from '../../../domain/story.js';
import type { StoryQuery } from '../../../ports/story-store.js';
import type { SqliteDatabase } from './database.js';

/** A row of the stories table. */
export interface StoryRow {
  id: string;
  title: string;
  first_seen: string;
  last_updated: string;
  article_count: number;
  outlet_count: number;
  languages: string;
  labels: string;
  redirect_to: string | null;
}

/** Maps a story row to the domain story (article ids empty; see withArticleIds). */
export function toStory(row: StoryRow): Story {
  const articleIds: string[] = [];
  return {
    id: row.id,
    title: row.title,
    firstSeen: row.first_seen,
    lastUpdated: row.last_updated,
    articleIds,
    articleCount: row.article_count,
    outletCount: row.outlet_count,
    languages: JSON.parse(row.languages) as string[],
    labels: JSON.parse(row.labels) as Label[],
  };
}

/** Returns a story's article ids, oldest article first. */
export function articleIdsOf(db: SqliteDatabase, storyId: string): string[] {
  const rows = db
    .prepare(
      'SELECT m.article_id FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = ? ORDER BY a.sort_time, a.id',
    )
    .all(storyId) as { article_id: string }[];
  return rows.map((r) => r.article_id);
}

/** Maps a story row to the domain story with its article ids. */
export function withArticleIds(db: SqliteDatabase, row: StoryRow): Story {
  const story = toStory(row);
  story.articleIds.push(...articleIdsOf(db, row.id));
  return story;
}

/** Builds the WHERE clause and parameters of a story query. */
export function storyFilter(query: Omit<StoryQuery, 'limit' | 'offset'>): { where: string; params: Record<string, unknown> } {
  const clauses = ['s.redirect_to IS NULL'];
  const params: Record<string, unknown> = {};
  for (const kind of ['board', 'tag', 'region'] as const) {
    if (query[kind]) {
      clauses.push(`EXISTS (SELECT 1 FROM story_labels l WHERE l.story_id = s.id AND l.kind = '${kind}' AND l.label_id = @${kind})`);
      params[kind] = query[kind];
    }
  }
  if (query.language) {
    clauses.push('EXISTS (SELECT 1 FROM json_each(s.languages) WHERE value = @language)');
    params.language = query.language;
  }
  if (query.outlet) {
    clauses.push(
      'EXISTS (SELECT 1 FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = s.id AND a.source_id = @outlet)',
    );
    params.outlet = query.outlet;
  }
  return { where: clauses.join(' AND '), params };
}
