/**
 * Checks that a figure a claim gives as the starting point of a change ("up from 1.41 billion yuan") is the
 * one its source compares that change with: a right number in the wrong role is a wrong number.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import type { Quantity } from '../language-tools.js';

/** A change written "X, up from Y" or "from Y to X": `from` is the starting figure, `to` the figure it is compared with. */
interface ChangePair {
  from: Quantity;
  to: Quantity;
}

const FROM_BEFORE = /\b(?:from|compared with|compared to)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/i;
const TO_BEFORE = /\bto\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/i;
const REACH = 16;

/** Returns a reason when the claim pairs a starting figure with another figure than its English source does. */
export function checkChangePairs(claim: TextAnalysis, evidence: Evidence): string[] {
  if (claim.chinese) return [];
  for (const pair of changePairs(claim)) {
    for (const source of evidence.analyses.filter((analysis) => !analysis.chinese)) {
      const keys = new Set(source.quantities.map((q) => q.key));
      if (!keys.has(pair.from.key) || !keys.has(pair.to.key)) continue;
      const theirs = changePairs(source).filter((other) => other.from.key === pair.from.key);
      if (theirs.length === 0 || theirs.some((other) => other.to.key === pair.to.key)) continue;
      return [`${pair.from.surface} is compared with ${theirs[0]!.to.surface} in the source, not with ${pair.to.surface}`];
    }
  }
  return [];
}

function changePairs(analysis: TextAnalysis): ChangePair[] {
  const figures = analysis.quantities.filter((q) => q.kind !== 'date').sort((a, b) => a.start - b.start);
  const pairs: ChangePair[] = [];
  figures.forEach((from, i) => {
    if (!FROM_BEFORE.test(analysis.text.slice(Math.max(0, from.start - REACH * 2), from.start))) return;
    const alike = (other: Quantity): boolean => other.kind === from.kind && other.unit === from.unit;
    // "From Y to X" puts the compared figure after; "X, up from Y" before.
    const next = figures.slice(i + 1).find(alike);
    // Only within its own clause: in "to $1.08 from $1.80, and input to $0.36" the $0.36 is another pair's.
    const sameClause = next !== undefined && !/[,;]|\band\b/.test(analysis.text.slice(from.end, next.start));
    if (
      next &&
      sameClause &&
      next.start - from.end < REACH * 3 &&
      TO_BEFORE.test(analysis.text.slice(Math.max(0, next.start - REACH), next.start))
    ) {
      pairs.push({ from, to: next });
      return;
    }
    const previous = figures.slice(0, i).reverse().find(alike);
    if (previous) pairs.push({ from, to: previous });
  });
  return pairs;
}
