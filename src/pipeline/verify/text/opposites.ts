/** The antonym table by stem, both ways round: what the contradiction and opposite-object checks look words up in. */
import { ANTONYMS } from '../cues/antonyms.js';
import { stem } from './stem.js';

/** Each stem's opposite stems. */
export const STEMMED_OPPOSITES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const opposites = new Map<string, Set<string>>();
  for (const [word, others] of ANTONYMS) {
    for (const other of others) {
      const [a, b] = [stem(word), stem(other)];
      opposites.set(a, (opposites.get(a) ?? new Set()).add(b));
      opposites.set(b, (opposites.get(b) ?? new Set()).add(a));
    }
  }
  return opposites;
})();
