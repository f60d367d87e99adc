/** Tells whether a stem, a near-synonym of it, or a word of its family is among a set of stems. */
import { PARAPHRASE_GROUPS } from '../cues/paraphrases.js';
import { sameFamily, stem } from './stem.js';

const MATES = new Map<string, Set<string>>();
for (const group of PARAPHRASE_GROUPS) {
  const stems = group.map((word) => stem(word));
  for (const member of stems) {
    const mates = MATES.get(member) ?? new Set<string>();
    for (const other of stems) mates.add(other);
    MATES.set(member, mates);
  }
}

/** Returns the stem and its near-synonyms' stems. */
export function matesOf(wordStem: string): ReadonlySet<string> {
  return MATES.get(wordStem) ?? new Set([wordStem]);
}

/** Tells whether `stems` holds the stem, a near-synonym, or a word of the same family. */
export function hasParaphrase(stems: ReadonlySet<string>, wordStem: string): boolean {
  for (const mate of matesOf(wordStem)) if (stems.has(mate)) return true;
  if (stems.has(wordStem)) return true;
  if (wordStem.length < 5) return false;
  for (const candidate of stems) if (sameFamily(candidate, wordStem)) return true;
  return false;
}
