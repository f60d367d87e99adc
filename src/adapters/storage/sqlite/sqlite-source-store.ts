/** Sources (feeds) and their schedule, in SQLite. */
import { type NewSource, type Source, slugifySourceName } from '../../../domain/source.js';
import type { SourcePatch, SourceStore } from '../../../ports/store.js';
import type { SqliteDatabase } from './database.js';
import { type SourceRow, toSource } from './rows.js';

export class SqliteSourceStore implements SourceStore {
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
