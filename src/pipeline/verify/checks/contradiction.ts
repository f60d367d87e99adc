/** Checks for a claim word whose opposite, and not the word itself, is what the cited sentences say. */
import type { TextAnalysis } from '../analysis.js';
import { ANTONYMS } from '../cues/antonyms.js';
import type { Evidence } from '../evidence.js';
import { stem } from '../text/stem.js';

const OPPOSITES = new Map<string, Set<string>>();
for (const [word, opposites] of ANTONYMS) {
  for (const opposite of opposites) {
    const [a, b] = [stem(word), stem(opposite)];
    OPPOSITES.set(a, (OPPOSITES.get(a) ?? new Set()).add(b));
    OPPOSITES.set(b, (OPPOSITES.get(b) ?? new Set()).add(a));
  }
}

/** Returns a reason when the claim says "below" where its English sources say "ahead" (and never "below"). */
export function checkContradiction(claim: TextAnalysis, evidence: Evidence): string[] {
  if (claim.chinese || evidence.englishText === '') return [];
  for (const word of claim.words) {
    const opposites = OPPOSITES.get(word.stem);
    // Only the word itself excuses it: a loose synonym in the source ("power" for "run") does not.
    if (!opposites || evidence.stems.has(word.stem)) continue;
    const found = [...opposites].find((opposite) => evidence.stems.has(opposite));
    if (found) return [`contradicts the source: claim says "${word.word}", source says "${surfaceOf(evidence, found)}"`];
  }
  return [];
}

function surfaceOf(evidence: Evidence, wanted: string): string {
  for (const analysis of evidence.analyses) {
    const word = analysis.words.find((candidate) => candidate.stem === wanted);
    if (word) return word.word;
  }
  return wanted;
}
