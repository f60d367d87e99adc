/** Writes a story's labels and subjects: the story row's copy for reading, and the rows related stories and filters join. */
import type { Label, StorySubject } from '../../../domain/story.js';
import type { SqliteDatabase } from './database.js';

/** Subjects by id, each once (the first share given wins), in id order: the form they are stored and compared in. */
function distinct(subjects: readonly StorySubject[]): StorySubject[] {
  const byId = new Map<string, StorySubject>();
  for (const subject of subjects) if (!byId.has(subject.id)) byId.set(subject.id, { id: subject.id, share: subject.share });
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Replaces the label and subject rows of one story (the stories row's labels column is the caller's). */
export function replaceLabelRows(db: SqliteDatabase, storyId: string, labels: readonly Label[], subjects: readonly StorySubject[]): void {
  db.prepare('DELETE FROM story_labels WHERE story_id = ?').run(storyId);
  const label = db.prepare('INSERT INTO story_labels (story_id, kind, label_id, score) VALUES (?, ?, ?, ?)');
  for (const l of labels) label.run(storyId, l.kind, l.id, l.score);
  db.prepare('DELETE FROM story_subjects WHERE story_id = ?').run(storyId);
  const subject = db.prepare('INSERT INTO story_subjects (story_id, entity_id, share) VALUES (?, ?, ?)');
  for (const { id, share } of distinct(subjects)) subject.run(storyId, id, share);
}

/**
 * Replaces a live story's labels and subjects when they differ from the stored ones, marking it changed (its brief is
 * composed again); returns whether they differed. A story that is gone or was merged away is left alone.
 */
export function relabelStory(
  db: SqliteDatabase,
  storyId: string,
  labels: readonly Label[],
  subjects: readonly StorySubject[],
  at: string,
): boolean {
  const row = db.prepare('SELECT labels FROM stories WHERE id = ? AND redirect_to IS NULL').get(storyId) as { labels: string } | undefined;
  if (!row) return false;
  const stored = db
    .prepare('SELECT entity_id AS id, share FROM story_subjects WHERE story_id = ? ORDER BY entity_id')
    .all(storyId) as StorySubject[];
  const labelsJson = JSON.stringify(labels);
  if (row.labels === labelsJson && JSON.stringify(stored) === JSON.stringify(distinct(subjects))) return false;
  db.prepare('UPDATE stories SET labels = ?, updated_at = ? WHERE id = ?').run(labelsJson, at, storyId);
  replaceLabelRows(db, storyId, labels, subjects);
  return true;
}
