/** Reads a claim quantity in the light of its neighbours: a shared month, a shared year, a price's denominator. */
import type { TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import type { Quantity } from '../language-tools.js';
import { boundOf } from './bounds.js';
import { sameDimension } from './supports.js';

// "Between October 8 and 13": a bare day after a dated one shares its month, and is judged as that date.
export function sharesPartnerDate(quantity: Quantity, claim: TextAnalysis, evidence: Evidence): boolean {
  if (quantity.kind !== 'number' || !Number.isInteger(quantity.value) || quantity.value < 1 || quantity.value > 31) return false;
  const partner = claim.quantities.filter((other) => other.end <= quantity.start).at(-1);
  if (!partner?.date || partner.precision !== 'day') return false;
  if (!/^\s*(?:and|to|through|-|–)\s*$/.test(claim.text.slice(partner.end, quantity.start))) return false;
  const date = `${partner.date.slice(0, 8)}${String(quantity.value).padStart(2, '0')}`;
  return evidence.quantities.some((source) => source.date === date);
}

// "From 200 million to 800 million yuan": a bare first end of a range takes the unit of the second, and is judged as that
// amount ("2亿元至8亿元").
export function sharesRangeUnit(quantity: Quantity, claim: TextAnalysis, evidence: Evidence): boolean {
  if (quantity.kind !== 'number') return false;
  const partner = claim.quantities.find((other) => other.start >= quantity.end && other.start <= quantity.end + 6);
  if (!partner || partner.kind === 'number' || partner.kind === 'date') return false;
  if (!/^\s*(?:to|and|-|–)\s*$/.test(claim.text.slice(quantity.end, partner.start))) return false;
  return evidence.quantities.some(
    (source) => source.kind === partner.kind && source.unit === partner.unit && source.value === quantity.value,
  );
}

// "The number it wants developers to remember is 68.4. That is the share of RepoFix tasks …": a bare figure the cited
// sentences call a share states the claim's "68.4%". Only a figure with a decimal, which no count has, is read this way.
export function bareShare(quantity: Quantity, evidence: Evidence): boolean {
  if (quantity.kind !== 'percent' || Number.isInteger(quantity.value) || !/\b(?:share|percentage|proportion)\b/i.test(evidence.englishText))
    return false;
  return evidence.quantities.some((source) => source.kind === 'number' && source.value === quantity.value);
}

// "2027年1月送样、二季度量产": a quarter, half or month without a year of its own after one with a year, in the same
// sentence, takes that year (the extractor gives it the article's year).
export function withPartnerYear(quantity: Quantity, claim: TextAnalysis): Quantity | null {
  if (quantity.kind !== 'date' || !quantity.date || /\d{4}|年/.test(quantity.surface)) return null;
  const partner = claim.quantities
    .filter((other) => other.kind === 'date' && other.end <= quantity.start && /\d{4}/.test(other.surface))
    .at(-1);
  if (!partner?.date || /[.。!?！？]/.test(claim.text.slice(partner.end, quantity.start))) return null;
  const year = partner.date.slice(0, 4);
  if (year === quantity.date.slice(0, 4)) return null;
  return { ...quantity, date: year + quantity.date.slice(4), key: quantity.key.replace(/date:\d{4}/, `date:${year}`) };
}

// "每百万token 1.80美元": the amount a price is per is its denominator, not a figure of its own; the source's price per
// the same amount ("每百万输入token") states it.
export function statedDenominator(quantity: Quantity, claim: TextAnalysis, evidence: Evidence): boolean {
  if (!claim.text.slice(Math.max(0, quantity.start - 1), quantity.start).endsWith('每')) return false;
  const amount = /^[\d.一二三四五六七八九十百千万亿萬億]+/.exec(quantity.surface)?.[0];
  return amount !== undefined && evidence.chineseText.includes(`每${amount}`);
}

// "不到一成" (under 10%) where the source says 9%, "more than 1,000" where it says 1,140: a figure the claim gives as a
// bound is met by a source figure inside that bound and near it (within a fifth below, a quarter above), never by one beyond it.
export function withinBound(quantity: Quantity, claim: TextAnalysis, evidence: Evidence): boolean {
  if (quantity.kind === 'date' || !(quantity.value > 0)) return false;
  const bound = boundOf(claim.text, quantity);
  if (!bound?.strong || bound.direction === 'approximate' || bound.direction === 'exact') return false;
  const [low, high] = bound.direction === 'lower' ? [quantity.value, quantity.value * 1.25] : [quantity.value * 0.8, quantity.value];
  // A source that bounds its own figure ("at least 85%") is restated with that bound and figure, not a looser one.
  const plain = (text: string, source: Quantity): boolean => {
    const own = boundOf(text, source);
    return !own?.strong || own.direction === 'approximate' || own.direction === 'exact';
  };
  return evidence.analyses.some((analysis) =>
    analysis.quantities.some(
      (source) =>
        source.kind !== 'date' &&
        sameDimension(source, quantity) &&
        source.value >= low &&
        source.value <= high &&
        plain(analysis.text, source),
    ),
  );
}
