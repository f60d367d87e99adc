/**
 * A comparison the cited figures decide: "Stratos's new blended price is higher than Helioscale's" against "Stratos's
 * new blended price works out to $0.54 …, against about $0.83 on Helioscale". When a cited sentence gives a figure of
 * the same kind and unit for each side of a claim's "higher/lower … than", the figures say which way it goes.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import type { EntityMention, Quantity } from '../language-tools.js';

const UP = /^(?:higher|more|greater|larger|bigger|above|pricier|costlier|dearer|faster|longer)$/;
const DOWN = /^(?:lower|less|fewer|smaller|below|cheaper|slower|shorter)$/;
// "Higher than", "more expensive than", "a larger share of revenue than": the "than" a few words on.
const THAN_WITHIN = 4;
const CONTRAST = /\b(?:against|versus|vs\.?|compared with|compared to|while|whereas|than)\b|对比|相比|而/;

/** Returns a reason when the claim's comparison of two named sides goes against the figures cited for them. */
export function checkFigureComparisons(claim: TextAnalysis, evidence: Evidence): string[] {
  if (claim.chinese) return [];
  for (const [i, word] of claim.words.entries()) {
    const up = UP.test(word.word);
    if (!up && !DOWN.test(word.word)) continue;
    const than = claim.words.slice(i + 1, i + 1 + THAN_WITHIN).find((next) => next.word === 'than');
    if (!than) continue;
    const left = claim.entities.filter((entity) => entity.end <= word.start).at(-1);
    const right = claim.entities.find((entity) => entity.start >= than.end);
    if (!left || !right || left.id === right.id) continue;
    // A claim that gives figures of its own ("$1.35, more than the $1 Parallax charges") is the figure checks' to judge.
    if (claim.quantities.some((q) => q.start >= left.end && q.end <= right.start)) continue;
    for (const source of evidence.analyses) {
      const pair = figuresOf(source, left.id, right.id);
      if (pair && pair[0].value > pair[1].value !== up)
        return [`comparison turned round: claim says "${word.word}", source gives ${pair[0].surface} against ${pair[1].surface}`];
    }
  }
  return [];
}

// The sides' figures in the order the sentence names the sides ("Stratos … $0.54 …, against about $0.83 on
// Helioscale"): after the first-named side, the first figure and the next of its kind and unit.
function figuresOf(source: TextAnalysis, own: string, other: string): [Quantity, Quantity] | undefined {
  const first = (id: string): EntityMention | undefined => source.entities.find((entity) => entity.id === id);
  const [mine, theirs] = [first(own), first(other)];
  if (!mine || !theirs) return undefined;
  const opening = Math.min(mine.start, theirs.start);
  const figures = source.quantities.filter((q) => q.kind !== 'date' && q.start > opening);
  const [a] = figures;
  if (!a) return undefined;
  // "$0.40 … and $1.60 …, against $0.60 and $2.40 for Lumen-3": the other side's figures start after the contrast.
  const contrast = CONTRAST.exec(source.text.slice(a.end));
  const from = contrast ? a.end + contrast.index : a.end;
  const b = figures.find((q) => q.start >= from && q.kind === a.kind && q.unit === a.unit);
  if (!b || a.value === b.value) return undefined;
  return mine.start < theirs.start ? [a, b] : [b, a];
}
