/** Checks that the numbers, amounts, percentages, measures and dates of a claim are in the cited sentences. */
import type { TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import type { Quantity } from '../language-tools.js';
import { NUMBER_WORDS } from '../cues/calendar.js';
import { chineseNumerals } from '../text/numerals.js';
import { chinesePeriodStated } from './chinese-periods.js';
import { derivable } from './derived-numbers.js';
import { sharesPartnerDate, statedDenominator, withPartnerYear } from './quantity-context.js';
import { checkSpelledOut } from './spelled.js';

/** Returns a reason for each quantity of the claim that no cited sentence states. */
export function checkQuantities(claim: TextAnalysis, evidence: Evidence): string[] {
  const reasons: string[] = [];
  const seen = new Set<string>();
  for (const quantity of claim.quantities) {
    // A number inside a name ("Tern 2", "Lumen-4") is part of the name; the entity check covers it.
    if (seen.has(quantity.key) || claim.entities.some((e) => quantity.start >= e.start && quantity.end <= e.end)) continue;
    seen.add(quantity.key);
    if (evidence.quantities.some((source) => supports(source, quantity)) || statedLiterally(quantity, evidence)) continue;
    if (sharesPartnerDate(quantity, claim, evidence) || statedDenominator(quantity, claim, evidence)) continue;
    const inYear = withPartnerYear(quantity, claim);
    if (inYear && evidence.quantities.some((source) => supports(source, inYear))) continue;
    if (chinesePeriodStated(quantity, evidence)) continue;
    if (quantity.kind === 'number' && /^[a-z]/i.test(quantity.surface) && derivable(quantity.value, quantity.start, claim, evidence))
      continue;
    reasons.push(describe(quantity));
  }
  return reasons.concat(checkSpelledOut(claim, evidence));
}

// Extraction can read the same words two ways ("within six months" as a span or as a date): the same
// words in an English source, or a small count in Chinese numerals ("三年", "四十多家"), state it too.
function statedLiterally(quantity: Quantity, evidence: Evidence): boolean {
  const surface = quantity.surface.toLowerCase();
  if (/[a-z]/.test(surface) && new RegExp(`(^|[^\\p{L}\\d])${escape(surface)}($|[^\\p{L}\\d])`, 'u').test(evidence.englishText))
    return true;
  // Only a count or a span of time may be written in bare Chinese numerals ("三年"); "750瓦" is no "750 kW".
  const duration = quantity.unit === 'h' || quantity.unit === 'month' || quantity.unit === 'year';
  if (quantity.kind !== 'number' && !(quantity.kind === 'measure' && duration)) return false;
  const written = Number(surface.replace(/[^\d.]/g, '')) || wordValue(surface);
  if (written > 0 && new RegExp(`(^|[^\\d.])${written}(?![\\d.])`).test(evidence.chineseText)) return true;
  return chineseNumerals(written).some((numeral) => evidence.chineseText.includes(numeral));
}

function wordValue(surface: string): number {
  const match = /^(\w+)/.exec(surface);
  return match ? (NUMBER_WORDS[match[1]!] ?? 0) : 0;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Tells whether a source quantity supports a claimed one: same key, same date at the claim's precision, or a rounding. */
export function supports(source: Quantity, claimed: Quantity): boolean {
  if (source.key === claimed.key) return true;
  if (claimed.kind === 'date' || source.kind === 'date') return claimed.kind === source.kind && dateWithin(source, claimed);
  if (!sameDimension(source, claimed)) return false;
  const written = claimed.kind === 'number' ? writtenValue(source) : null;
  return roundsTo(source.value, claimed) || (written !== null && roundsTo(written, claimed));
}

// A claim may drop the unit a source gives ("9,400 workers" for "9400名员工") but never change it.
function sameDimension(source: Quantity, claimed: Quantity): boolean {
  // A bare count may drop a measure's unit ("7.0 days instead of 9.1") and "percentage points" may be "points", but a
  // share is no count ("59%" is not "59 technicians") and money is none either ("$40" is not "40 tasks").
  if (claimed.kind === 'number') return source.kind === 'number' || source.kind === 'measure' || source.unit === 'pp';
  return source.kind === claimed.kind && source.unit === claimed.unit;
}

// The figure as the source writes it ("9.1" of "9.1 days", whose value is in hours): a bare count restates that.
function writtenValue(source: Quantity): number | null {
  if (source.kind !== 'measure') return null;
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(source.surface);
  return digits && !/[a-z]illion|万|萬|亿|億/i.test(source.surface) ? Number(digits[0].replace(/,/g, '')) : null;
}

// "About six hours" is supported by "6.1 hours": the source value rounds to the claim at the claim's precision.
function roundsTo(sourceValue: number, claimed: Quantity): boolean {
  if (sourceValue === claimed.value) return true;
  const step = precisionStep(claimed);
  if (step === null) return false;
  return (
    Math.abs(sourceValue - claimed.value) <= step / 2 + 1e-9 &&
    Math.abs(sourceValue - claimed.value) / Math.max(Math.abs(claimed.value), 1e-9) <= 0.05
  );
}

function precisionStep(claimed: Quantity): number | null {
  const digits = claimed.surface.replace(/[^\d.]/g, '');
  if (!digits) return null;
  const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  const written = Number(digits);
  if (!Number.isFinite(written) || written === 0) return null;
  const scale = claimed.value / written;
  return Math.pow(10, -decimals) * scale;
}

// "In December" is supported by "on December 7"; "in 2027" by any date in 2027; a quarter by a date inside it.
function dateWithin(source: Quantity, claimed: Quantity): boolean {
  if (!source.date || !claimed.date) return false;
  if (claimed.quarter !== undefined || claimed.half !== undefined) {
    if (source.quarter === claimed.quarter && source.half === claimed.half && source.date.slice(0, 4) === claimed.date.slice(0, 4))
      return true;
    return source.quarter === undefined && source.half === undefined && inPeriod(source.date, claimed);
  }
  // "In 2027" rests on "in the second quarter of 2027"; a month claim does not rest on a quarter.
  if ((source.quarter !== undefined || source.half !== undefined) && claimed.precision !== 'year') return false;
  if (source.date.startsWith(claimed.date) && source.date.length >= claimed.date.length) return true;
  return yearlessMonth(source.date, claimed);
}

// "Began raising in March" names no year: the extractor picks one, which may not be the source's, so a
// month without a written year matches the same month a year either side.
function yearlessMonth(date: string, claimed: Quantity): boolean {
  if (claimed.precision !== 'month' || /\d{4}|年/.test(claimed.surface)) return false;
  const [year, month] = [Number(claimed.date!.slice(0, 4)), claimed.date!.slice(5, 7)];
  return date.slice(5, 7) === month && Math.abs(Number(date.slice(0, 4)) - year) <= 1;
}

function inPeriod(date: string, claimed: Quantity): boolean {
  const year = claimed.date!.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (!date.startsWith(year) || !month) return false;
  if (claimed.quarter !== undefined) return Math.ceil(month / 3) === claimed.quarter;
  return Math.ceil(month / 6) === claimed.half;
}

function describe(quantity: Quantity): string {
  switch (quantity.kind) {
    case 'date':
      return `date "${quantity.surface}" (${quantity.date ?? quantity.key}) not in cited sentences`;
    case 'money':
      return `amount ${quantity.surface} not in cited sentences`;
    case 'percent':
      return `percentage ${quantity.surface} not in cited sentences`;
    default:
      return `number ${quantity.surface} not in cited sentences`;
  }
}
