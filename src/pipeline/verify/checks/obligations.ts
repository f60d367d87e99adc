/**
 * Catches a requirement stated as done: "both customers must requalify the line before parts ship" is not
 * "they have already requalified the line". A claim that keeps the obligation, or looks ahead, is left alone.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { stem } from '../text/stem.js';

const OBLIGATION = /\b(?:must|(?:has|have|need|needs|is required|are required|will need|will have) to)\s+(?:first\s+)?([a-z]+)/gi;
const CLAIM_KEEPS =
  /\b(?:must|need|needs|required|requires|require|has to|have to|will|would|plans?|expects?|before|yet|pending|awaiting)\b/i;

/** Returns a reason when the claim states as done a thing a cited sentence says must still be done. */
export function checkObligations(claim: TextAnalysis, evidence: Evidence): string[] {
  if (claim.chinese || CLAIM_KEEPS.test(claim.text)) return [];
  for (const source of evidence.analyses.filter((analysis) => !analysis.chinese)) {
    for (const match of source.text.matchAll(OBLIGATION)) {
      const verb = stem(match[1]!.toLowerCase());
      const done = claim.words.find((word, i) => word.stem === verb && word.word.endsWith('ed') && (i === 0 || perfective(claim, i)));
      if (done) return [`states as done what the source says must happen: source says "${match[0]}"`];
    }
  }
  return [];
}

// "Have already requalified", "has requalified", "already requalified": a finished act.
function perfective(claim: TextAnalysis, index: number): boolean {
  const before = claim.words.slice(Math.max(0, index - 2), index).map((word) => word.word);
  return before.some((word) => word === 'already' || word === 'have' || word === 'has' || word === 'had');
}
