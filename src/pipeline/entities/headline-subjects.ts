/**
 * The companies, products and public bodies a story's headlines name: who the story is about. Stories that share one
 * are related whatever their labels (a credential leak at a GPU cloud and the same cloud's price cut), so the store
 * ranks related stories by them as well as by labels.
 */
import { ALIAS_INDEX } from './alias-index.js';
import { findKnownEntities } from './find-entities.js';
import type { EntityKind } from './types.js';

/** Enough to say who a story is about; a headline rarely names more. */
export const MAX_SUBJECTS = 5;

// Places say where, and the region label already carries them; people come and go between companies.
const SUBJECT_KINDS: ReadonlySet<EntityKind> = new Set(['company', 'product', 'institution']);

/**
 * Returns the alias-table ids that the given headlines name, most headlines first, then in order of first mention; a
 * product brings its maker ("Corvane K10" names Corvane too). Unknown names are left out: a headline's capitals do not
 * tell a company from a word.
 */
export function headlineSubjects(titles: readonly (string | null | undefined)[], limit = MAX_SUBJECTS): string[] {
  const counts = new Map<string, number>();
  for (const title of titles) {
    if (!title) continue;
    const named = new Set<string>();
    for (const mention of findKnownEntities(title)) {
      if (!SUBJECT_KINDS.has(mention.kind)) continue;
      named.add(mention.id);
      const parent = ALIAS_INDEX.byId.get(mention.id)?.parent;
      if (parent && SUBJECT_KINDS.has(ALIAS_INDEX.byId.get(parent)?.kind ?? 'other')) named.add(parent);
    }
    for (const id of named) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([id]) => id);
}
