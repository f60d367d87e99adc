/** The FeedbackStore port on SQLite: votes and problem reports, counted per story, capped per client. */
import {
  type FeedbackCounts,
  type FeedbackEntry,
  type FeedbackKind,
  type FeedbackLimit,
  type FeedbackStore,
  type ReportQuery,
  type ReportReason,
  emptyFeedbackCounts,
} from '../../../ports/feedback-store.js';
import type { SqliteDatabase } from './database.js';

interface FeedbackRow {
  story_id: string;
  brief_version: number | null;
  kind: FeedbackKind;
  reason: ReportReason | null;
  comment: string | null;
  created_at: string;
  client_key: string;
}

interface CountRow {
  story_id: string;
  kind: FeedbackKind;
  reason: ReportReason | null;
  n: number;
}

// SQLite caps bound parameters per statement; batches stay well below the oldest limit (999).
const BATCH = 500;

/** SQLite implementation of FeedbackStore (shares the database of SqliteStore). */
export class SqliteFeedbackStore implements FeedbackStore {
  private readonly insert: (entry: FeedbackEntry, limit: FeedbackLimit | undefined) => boolean;

  constructor(private readonly db: SqliteDatabase) {
    // Check and insert in one transaction so two quick submissions cannot both slip under the cap.
    this.insert = db.transaction((entry: FeedbackEntry, limit: FeedbackLimit | undefined) => {
      if (limit) {
        const used = db
          .prepare('SELECT count(*) AS n FROM feedback WHERE client_key = ? AND created_at > ?')
          .get(entry.clientKey, limit.since) as { n: number };
        if (used.n >= limit.max) return false;
      }
      db.prepare(
        `INSERT INTO feedback (story_id, brief_version, kind, reason, comment, created_at, client_key)
         VALUES (@storyId, @briefVersion, @kind, @reason, @comment, @createdAt, @clientKey)`,
      ).run({ ...entry, reason: entry.kind === 'report' ? entry.reason : null });
      return true;
    });
  }

  async record(entry: FeedbackEntry, limit?: FeedbackLimit): Promise<boolean> {
    return this.insert(entry, limit);
  }

  async counts(storyId: string): Promise<FeedbackCounts> {
    return (await this.countsFor([storyId])).get(storyId) ?? emptyFeedbackCounts();
  }

  async countsFor(storyIds: readonly string[]): Promise<Map<string, FeedbackCounts>> {
    const result = new Map<string, FeedbackCounts>();
    for (let start = 0; start < storyIds.length; start += BATCH) {
      const batch = storyIds.slice(start, start + BATCH);
      const rows = this.db
        .prepare(
          `SELECT story_id, kind, reason, count(*) AS n FROM feedback
           WHERE story_id IN (${batch.map(() => '?').join(',')}) GROUP BY story_id, kind, reason`,
        )
        .all(...batch) as CountRow[];
      for (const row of rows) addCount(result, row);
    }
    return result;
  }

  async listReports(query: ReportQuery): Promise<FeedbackEntry[]> {
    const where = query.storyId ? "kind = 'report' AND story_id = @storyId" : "kind = 'report'";
    const rows = this.db
      .prepare(`SELECT * FROM feedback WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT @limit OFFSET @offset`)
      .all({ storyId: query.storyId, limit: query.limit, offset: query.offset ?? 0 }) as FeedbackRow[];
    return rows.map((row) => ({
      storyId: row.story_id,
      briefVersion: row.brief_version,
      kind: row.kind,
      reason: row.reason,
      comment: row.comment,
      createdAt: row.created_at,
      clientKey: row.client_key,
    }));
  }
}

/** Adds one grouped count row to the per-story totals. */
function addCount(result: Map<string, FeedbackCounts>, row: CountRow): void {
  let counts = result.get(row.story_id);
  if (!counts) result.set(row.story_id, (counts = emptyFeedbackCounts()));
  if (row.kind === 'helpful') counts.helpful += row.n;
  else if (row.kind === 'not-helpful') counts.notHelpful += row.n;
  else {
    counts.reports += row.n;
    counts.byReason[row.reason ?? 'other'] += row.n;
  }
}
