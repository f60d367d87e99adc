/**
 * A change against a steady state: "satisfaction scores dropped" where the cited sentence says the scores "were
 * unchanged". A source that holds a thing steady, and moves nothing itself, contradicts any direction of change a
 * claim gives the same thing, with no negator in either sentence for the polarity check to find.
 */
import { englishTerms, type TextAnalysis } from '../analysis.js';
import { CHINESE_DIRECTIONS } from '../cues/antonyms.js';
import { GENERIC_WORDS } from '../cues/stopwords.js';
import type { Evidence } from '../evidence.js';
import { stem } from '../text/stem.js';
import type { WordToken } from '../text/words.js';

const MOVES = new Set(
  [
    ...CHINESE_DIRECTIONS.slice(0, 2).flatMap(([up, , down]) => [...up, ...down]),
    ...['soar', 'surge', 'plunge', 'slump', 'tumble', 'fall', 'worsen', 'improve', 'deteriorate', 'halve', 'double', 'shrink'],
  ].map(stem),
);

// A copula or a verb of staying, then the steady word: "were unchanged", "held steady", "has remained flat".
const STEADY =
  /\b(?:is|are|was|were|been|be|remain(?:s|ed)?|stay(?:s|ed)?|held|hold(?:s)?|kept)\s+(?:largely\s+|broadly\s+|essentially\s+|little\s+)?(?:unchanged|flat|steady|stable|constant|the same)\b|\b(?:did|does|do)\s+not\s+change\b/i;

/** Returns a reason when the claim moves what a cited sentence holds steady. */
export function checkSteadyState(claim: TextAnalysis, evidence: Evidence): string[] {
  if (claim.chinese) return [];
  const move = claim.words.find((word) => MOVES.has(word.stem) && !negated(claim, word));
  if (!move) return [];
  // What moves is named in the move's own clause, before it.
  const subject = englishTerms(claim).filter(
    (word) => word.clause === move.clause && word.start < move.start && !GENERIC_WORDS.has(word.word),
  );
  for (const analysis of evidence.analyses) {
    if (analysis.chinese) continue;
    const steady = STEADY.exec(analysis.text);
    if (!steady || analysis.words.some((word) => MOVES.has(word.stem))) continue;
    if (subject.some((word) => analysis.stems.has(word.stem)))
      return [`contradicts the source: claim says "${move.word}", source says "${steady[0]}"`];
  }
  return [];
}

function negated(claim: TextAnalysis, word: WordToken): boolean {
  return claim.cues.negation.some((hit) => hit.end <= word.start && hit.window.slice(0, 3).includes(word.stem));
}
