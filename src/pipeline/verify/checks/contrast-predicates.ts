/**
 * Catches a predicate slid to its neighbour over the same nouns: "X acquired Y" where the cited sentences say X
 * "took a stake in" Y, "cancelled" where they say "delayed". A general predicate check rejects every faithful change of
 * verb; this one fires only on a listed contrast (cues/contrast-predicates.ts) that the cited sentences state while
 * stating neither the claim's predicate nor a word the row lists for it.
 */
import { insideMention, type TextAnalysis } from '../analysis.js';
import { CONTRAST_PREDICATES } from '../cues/contrast-predicates.js';
import type { Evidence } from '../evidence.js';
import { stem } from '../text/stem.js';

const NEGATORS = new Set(['not', 'never', 'no', "n't", 'nor']);
const isChinese = (word: string): boolean => /[\u3400-\u9fff]/.test(word);

const ROWS = CONTRAST_PREDICATES.map((row) => ({
  claim: new Set(row.claim),
  same: split(row.same),
  contrast: split(row.contrast),
}));

function split(words: readonly string[]): { stems: Set<string>; chinese: string[] } {
  return { stems: new Set(words.filter((word) => !isChinese(word)).map(stem)), chinese: words.filter(isChinese) };
}

/** Returns a reason when the claim's predicate is one whose listed contrast the cited sentences state instead. */
export function checkContrastPredicates(claim: TextAnalysis, evidence: Evidence): string[] {
  if (claim.chinese) return [];
  const stated = (entry: { stems: Set<string>; chinese: string[] }): boolean =>
    [...entry.stems].some((wordStem) => evidence.stems.has(wordStem)) || entry.chinese.some((word) => evidence.chineseText.includes(word));
  for (const [i, word] of claim.words.entries()) {
    const row = ROWS.find((candidate) => candidate.claim.has(word.word));
    if (!row || insideMention(claim, word.start, word.end) || negated(claim, i)) continue;
    if (evidence.stems.has(word.stem) || stated(row.same) || !stated(row.contrast)) continue;
    return [`predicate not in cited sentences: claim says "${word.word}", the source a different step`];
  }
  return [];
}

// "Did not acquire", "has never banned": a negated predicate states no step of its own.
function negated(claim: TextAnalysis, index: number): boolean {
  return claim.words.slice(Math.max(0, index - 3), index).some((word) => NEGATORS.has(word.word) || word.word.endsWith("n't"));
}
