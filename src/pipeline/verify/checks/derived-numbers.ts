/**
 * Number words a claim may derive from two cited figures: a multiple ("doubled" for 3.26 against 1.41, "four
 * times" for 180 against 45), a fraction ("half"), "six reactors" from "three at each of two sites", or a total of listed
 * counts the claim also states ("three sites, two … and one …"). Only
 * words: a figure written in digits ("$960 million", "53 percent") must be stated, never computed. One of the
 * two figures must be in the claim too, so that the multiple is read against what the claim compares.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import type { Quantity } from '../language-tools.js';

type Bound = 'exact' | 'about' | 'over' | 'under';

const EACH = /\b(?:each|apiece|per site|a piece)\b|各|每/;

/** Tells whether `value`, stated in the claim at character `start`, follows from two cited figures. */
export function derivable(value: number, start: number, claim: TextAnalysis, evidence: Evidence): boolean {
  if (!(value > 0)) return false;
  const bound = boundBefore(claim.text.slice(Math.max(0, start - 24), start));
  const figures = evidence.quantities.filter((q) => q.kind !== 'date' && q.value > 0);
  const anchors = claim.quantities.filter((q) => q.kind !== 'date' && q.value > 0 && q.start !== start);
  const anchored = (q: Quantity): boolean => anchors.some((a) => near(a.value, q.value, 0.01));
  for (const [i, a] of figures.entries()) {
    for (const b of figures.slice(i + 1)) {
      if (!comparable(a, b) || !(anchored(a) || anchored(b))) continue;
      const [low, high] = a.value <= b.value ? [a.value, b.value] : [b.value, a.value];
      const results = [high / low, low / high];
      if (results.some((result) => fits(result, value, bound))) return true;
    }
  }
  return perEach(value, anchored, evidence) || sumOfParts(value, anchored, claim, evidence);
}

// "The three sites, two outside Oslo and one in Stavanger" from "two sites outside Oslo and one in Stavanger": a count
// the claim gives beside the parts it also states, each a count of one cited list ("…, … and …"), is their total. A
// part of one is rarely read as a figure ("and one in Stavanger"), so it counts when the claim says "one" too.
function sumOfParts(value: number, anchored: (q: Quantity) => boolean, claim: TextAnalysis, evidence: Evidence): boolean {
  const claimSaysOne = /\bone\b/i.test(claim.text);
  return evidence.analyses.some((analysis) => {
    const ones = claimSaysOne
      ? [...analysis.text.matchAll(/(?:,|\band)\s+(one)\b/gi)].map((m) => ({
          value: 1,
          start: m.index! + m[0].length - 3,
          end: m.index! + m[0].length,
        }))
      : [];
    const parts = [...analysis.quantities.filter((q) => q.kind === 'number' && q.value > 0 && anchored(q)), ...ones].sort(
      (a, b) => a.start - b.start,
    );
    for (const [i, first] of parts.entries()) {
      let total = first.value;
      for (let k = i + 1; k < parts.length; k++) {
        const between = analysis.text.slice(parts[k - 1]!.end, parts[k]!.start);
        if (!/(?:,|\band\b|\bplus\b)/.test(between) || /[.;:]/.test(between)) break;
        total += parts[k]!.value;
        if (near(total, value, 0.001)) return true;
      }
    }
    return false;
  });
}

// "Three at each of the two sites": a count stated for each of several places or parties makes their total.
function perEach(value: number, anchored: (q: Quantity) => boolean, evidence: Evidence): boolean {
  return evidence.analyses.some((analysis) => {
    if (!EACH.test(analysis.text)) return false;
    const parties = new Set(analysis.entities.filter((e) => e.kind === 'place' || e.kind === 'company').map((e) => e.id)).size;
    return parties >= 2 && analysis.quantities.some((q) => q.kind === 'number' && anchored(q) && near(q.value * parties, value, 0.001));
  });
}

function comparable(a: Quantity, b: Quantity): boolean {
  if (a.kind === 'number' || b.kind === 'number') return a.kind === b.kind;
  return a.kind === b.kind && a.unit === b.unit;
}

function boundBefore(text: string): Bound {
  const before = text.toLowerCase();
  if (/(more than|over|above|upwards of|at least|超过|逾)\s*(a |an )?$/.test(before)) return 'over';
  if (/(nearly|almost|just under|close to|not quite|接近|近)\s*(a |an )?$/.test(before)) return 'under';
  if (/(about|around|roughly|some|approximately|an estimated|约|大约)\s*(a |an )?$/.test(before)) return 'about';
  return 'exact';
}

// "More than doubled" holds for 2.31; "nearly a quarter" for 0.245; "roughly four times" within a tenth.
function fits(result: number, claimed: number, bound: Bound): boolean {
  switch (bound) {
    case 'over':
      return result >= claimed && result < claimed * 1.5;
    case 'under':
      return result <= claimed && result >= claimed * 0.85;
    case 'about':
      return near(result, claimed, 0.1);
    default:
      return near(result, claimed, 0.03);
  }
}

function near(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/** "A 400 MWh battery" from "rated at 100 MW with four hours of duration": an energy is a cited power over a cited span. */
export function derivedEnergy(quantity: Quantity, evidence: Evidence): boolean {
  if (quantity.kind !== 'measure' || quantity.unit !== 'GWh' || !(quantity.value > 0)) return false;
  const powers = evidence.quantities.filter((q) => q.kind === 'measure' && q.unit === 'GW' && q.value > 0);
  const spans = evidence.quantities.filter((q) => q.kind === 'measure' && q.unit === 'h' && q.value > 0);
  return powers.some((power) => spans.some((span) => near(power.value * span.value, quantity.value, 0.001)));
}
