/**
 * Catches a verb given the object its opposite has in the source: "developers lost their main argument … but
 * won a concession" is not "developers won their argument". The contradiction check cannot see it, because
 * the source says both words; here each is read with the thing it acts on.
 */
import type { TextAnalysis } from '../analysis.js';
import { ENGLISH_STOPWORDS } from '../cues/stopwords.js';
import type { Evidence } from '../evidence.js';
import { OBJECT_OPPOSITES } from '../cues/antonyms.js';
import { STEMMED_OPPOSITES } from '../text/opposites.js';
import { stem } from '../text/stem.js';
import type { WordToken } from '../text/words.js';

const REACH = 3;
const OPPOSITES = withObjectOpposites();

/** Returns a reason when the claim's verb acts on what, in the source, only its opposite acts on. */
export function checkOppositeObjects(claim: TextAnalysis, evidence: Evidence): string[] {
  if (claim.chinese) return [];
  const sources = evidence.analyses.filter((analysis) => !analysis.chinese);
  for (const [i, word] of claim.words.entries()) {
    const opposites = OPPOSITES.get(word.stem);
    const object = opposites ? objectsAfter(claim.words, i)[0] : undefined;
    if (!opposites || object === undefined) continue;
    const actsOn = (stems: (s: string) => boolean): boolean =>
      sources.some((source) => source.words.some((w, j) => stems(w.stem) && objectsAfter(source.words, j).includes(object)));
    if (actsOn((s) => s === word.stem)) continue;
    if (actsOn((s) => opposites.has(s)))
      return [`contradicts the source: claim says "${word.word}" of "${object}", the source says the opposite`];
  }
  return [];
}

// The content words just after a word in its clause: what a verb acts on.
function objectsAfter(words: readonly WordToken[], index: number): string[] {
  const clause = words[index]!.clause;
  return words
    .slice(index + 1)
    .filter((w) => w.clause === clause && !ENGLISH_STOPWORDS.has(w.word) && !/^\d/.test(w.word))
    .slice(0, REACH)
    .map((w) => w.stem);
}

// The antonym table plus the pairs that are opposites only of one object.
function withObjectOpposites(): Map<string, Set<string>> {
  const table = new Map([...STEMMED_OPPOSITES].map(([word, others]) => [word, new Set(others)]));
  for (const [one, other] of OBJECT_OPPOSITES) {
    const [a, b] = [one.map(stem), other.map(stem)];
    for (const word of a) table.set(word, new Set([...(table.get(word) ?? []), ...b]));
    for (const word of b) table.set(word, new Set([...(table.get(word) ?? []), ...a]));
  }
  return table;
}
