/**
 * Calendar arithmetic a paraphrase does, limited to what the cited sentences yield: "前九个月" is "1至9月", "October
 * 16" is "October 14 … two days later", "a year ago" is "a year earlier". Never a date the sentences cannot give.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import type { Quantity } from '../language-tools.js';
import { chineseNumerals } from '../text/numerals.js';

const DAY_MS = 24 * 3600 * 1000;
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** True when the cited sentences yield the claim's quantity by calendar arithmetic. */
export function calendarDerived(quantity: Quantity, claim: TextAnalysis, evidence: Evidence): boolean {
  return (
    firstMonths(quantity, claim, evidence) ||
    dayOffset(quantity, evidence) ||
    relativeYear(quantity, evidence) ||
    sameYear(quantity, evidence)
  );
}

// "前九个月", "the first nine months": a span of N months counted from January is the range "1至N月", "一至九月",
// "January to September" (or "January-September").
function firstMonths(quantity: Quantity, claim: TextAnalysis, evidence: Evidence): boolean {
  if (quantity.kind !== 'measure' || quantity.unit !== 'month' || !Number.isInteger(quantity.value) || quantity.value > 12) return false;
  const before = claim.text.slice(Math.max(0, quantity.start - 8), quantity.start).toLowerCase();
  if (!/(?:前|first\s+)$/.test(before)) return false;
  const n = quantity.value;
  const numerals = [String(n), ...chineseNumerals(n)].join('|');
  if (new RegExp(`(?:1|一)(?:月)?(?:至|到|-|—|－|~)(?:${numerals})月`).test(evidence.chineseText)) return true;
  const last = MONTH_NAMES[n - 1]!;
  return new RegExp(`\\bjanuary\\s*(?:to|through|-|–)\\s*(?:the end of\\s+)?${last}\\b`).test(evidence.englishText);
}

// "On October 16, two days after": a cited date plus a span the sentences say came after it ("two days later", "两天后").
function dayOffset(quantity: Quantity, evidence: Evidence): boolean {
  if (quantity.kind !== 'date' || !quantity.date || quantity.date.length !== 10) return false;
  const claimed = Date.parse(quantity.date);
  return evidence.analyses.some((analysis) => {
    const dates = analysis.quantities.filter((q) => q.kind === 'date' && q.date?.length === 10);
    const spans = analysis.quantities.filter(
      (q) => q.kind === 'measure' && q.unit === 'h' && q.value % 24 === 0 && LATER.test(analysis.text.slice(q.end, q.end + 12)),
    );
    return dates.some((d) => spans.some((span) => Date.parse(d.date!) + (span.value / 24) * DAY_MS === claimed));
  });
}

const LATER = /^\s*(?:later|after(?:wards)?|on)\b|^\s*(?:后|後|之后|之後|以后|以後)/i;

// "A year ago" and "a year earlier", "去年", "一年前": the same relative year, however the source words it.
function relativeYear(quantity: Quantity, evidence: Evidence): boolean {
  const ago = /^(a|one|two|three|\d+)\s+years?\s+ago$/i.exec(quantity.surface);
  if (quantity.kind !== 'date' || !ago) return false;
  const count = ago[1]!.toLowerCase();
  const words = count === 'a' || count === 'one' ? '(?:a|one)' : count;
  if (new RegExp(`\\b${words}\\s+years?\\s+(?:earlier|before|previously|prior)\\b`).test(evidence.englishText)) return true;
  return (count === 'a' || count === 'one') && /去年|一年前|上年/.test(evidence.chineseText);
}

const ORDINAL_QUARTERS = ['first', 'second', 'third', 'fourth'];

// "Service begins in January 2027, … due to move in the second quarter of that year": a period of "that year" or
// "the same year" is in the year of the date before it in its sentence.
function sameYear(quantity: Quantity, evidence: Evidence): boolean {
  if (quantity.kind !== 'date' || quantity.quarter === undefined || !quantity.date) return false;
  const year = quantity.date.slice(0, 4);
  const period = new RegExp(
    `\\b(?:${ORDINAL_QUARTERS[quantity.quarter - 1]} quarter|q${quantity.quarter}) of (?:that|the same) year\\b`,
    'i',
  );
  return evidence.analyses.some((analysis) => {
    const at = analysis.text.search(period);
    return at >= 0 && analysis.quantities.some((q) => q.kind === 'date' && q.end <= at && q.date?.startsWith(year));
  });
}
