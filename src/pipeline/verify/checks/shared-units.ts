/**
 * A unit a source writes once for several figures: "68.4 and 81.5 percent", "between 12 and 15%". Each figure of
 * the list carries the unit, so a claim's "68.4%" is stated by the first figure as much as by the last.
 */
import type { Evidence } from '../evidence.js';
import type { Quantity } from '../language-tools.js';

const JOINER = String.raw`\s*(?:,|and|or|to|-|–)\s*(?:between\s+)?`;
const LATER = String.raw`\d+(?:\.\d+)?(?:${JOINER}\d+(?:\.\d+)?)*\s*(?:percent|per cent|%)`;

/** Tells whether a claim percentage is a figure of a cited list whose last figure carries "percent". */
export function sharesListUnit(quantity: Quantity, evidence: Evidence): boolean {
  if (quantity.kind !== 'percent' || quantity.unit !== '%') return false;
  const value = String(quantity.value).replace('.', '\\.');
  return new RegExp(String.raw`(^|[^\d.])${value}(?:\.0+)?${JOINER}${LATER}`).test(evidence.englishText);
}
