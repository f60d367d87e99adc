/**
 * The companies, products and public bodies a story's headlines name: who the story is about. Stories that share one
 * are related whatever their labels (a credential leak at a GPU cloud and the same cloud's price cut), so the store
 * ranks related stories by them as well as by labels.
 */
import type { StorySubject } from '../../domain/story.js';
import { ALIAS_INDEX } from './alias-index.js';
import { findKnownEntities } from './find-entities.js';
import type { EntityKind } from './types.js';

/** Enough to say who a story is about; a headline rarely names more. */
export const MAX_SUBJECTS = 5;

// Places say where, and the region label already carries them; people come and go between companies.
const SUBJECT_KINDS: ReadonlySet<EntityKind> = new Set(['company', 'product', 'institution']);

// A short name in a headline ("Northgate") counts when the article's opening names the company in full.
const OPENING_SENTENCES = 5;

/** An article's headline and its sentences (the first few are read). */
export interface Headline {
  title?: string | null;
  sentences?: readonly { text: string }[];
}

/** Ids of the subjects one headline names; its article's opening confirms short forms ("Northgate" for Northgate Power). */
function namedIn({ title, sentences = [] }: Headline): Set<string> {
  const named = new Set<string>();
  if (!title) return named;
  const opening = sentences.slice(0, OPENING_SENTENCES).map((sentence) => sentence.text);
  for (const mention of findKnownEntities([title, ...opening].join('\n\n'))) {
    if (mention.start >= title.length || !SUBJECT_KINDS.has(mention.kind)) continue;
    named.add(mention.id);
    const parent = ALIAS_INDEX.byId.get(mention.id)?.parent;
    if (parent && SUBJECT_KINDS.has(ALIAS_INDEX.byId.get(parent)?.kind ?? 'other')) named.add(parent);
  }
  return named;
}

/**
 * Returns the subjects the given headlines name, each with the share of the headlines naming it, most named first,
 * then in order of first mention; a product brings its maker ("Corvane K10" names Corvane too). Unknown names are left
 * out: a headline's capitals do not tell a company from a word.
 */
export function headlineSubjects(headlines: readonly Headline[], limit = MAX_SUBJECTS): StorySubject[] {
  const counts = new Map<string, number>();
  const titled = headlines.filter((headline) => headline.title);
  for (const headline of titled) for (const id of namedIn(headline)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([id, count]) => ({ id, share: Math.round((count / titled.length) * 1000) / 1000 }));
}
