/** Writes a story's labels and subjects: the story row's copy for reading, and the rows related stories and filters join. */
import type { Label } from '../../../domain/story.js';
import type { SqliteDatabase } from './database.js';

/** Replaces the label and subject rows of one story (the stories row's labels column is the caller's). */
export function replaceLabelRows(db: SqliteDatabase, storyId: string, labels: readonly Label[], subjects: readonly string[]): void {
  db.prepare('DELETE FROM story_labels WHERE story_id = ?').run(storyId);
  const label = db.prepare('INSERT INTO story_labels (story_id, kind, label_id, score) VALUES (?, ?, ?, ?)');
  for (const l of labels) label.run(storyId, l.kind, l.id, l.score);
  db.prepare('DELETE FROM story_subjects WHERE story_id = ?').run(storyId);
  const subject = db.prepare('INSERT INTO story_subjects (story_id, entity_id) VALUES (?, ?)');
  for (const entityId of new Set(subjects)) subject.run(storyId, entityId);
}

/**
 * Replaces a live story's labels and subjects when they differ from the stored ones, marking it changed (its brief is
 * composed again); returns whether they differed. A story that is gone or was merged away is left alone.
 */
export function relabelStory(
  db: SqliteDatabase,
  storyId: string,
  labels: readonly Label[],
  subjects: readonly string[],
  at: string,
): boolean {
  const row = db.prepare('SELECT labels FROM stories WHERE id = ? AND redirect_to IS NULL').get(storyId) as { labels: string } | undefined;
  if (!row) return false;
  const stored = (
    db.prepare('SELECT entity_id FROM story_subjects WHERE story_id = ? ORDER BY entity_id').all(storyId) as { entity_id: string }[]
  ).map((subject) => subject.entity_id);
  const given = [...new Set(subjects)].sort();
  const labelsJson = JSON.stringify(labels);
  if (row.labels === labelsJson && JSON.stringify(stored) === JSON.stringify(given)) return false;
  db.prepare('UPDATE stories SET labels = ?, updated_at = ? WHERE id = ?').run(labelsJson, at, storyId);
  replaceLabelRows(db, storyId, labels, given);
  return true;
}
