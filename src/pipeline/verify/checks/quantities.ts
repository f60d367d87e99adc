/** Checks that the numbers, amounts, percentages, measures and dates of a claim are in the cited sentences. */
import type { TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import type { Quantity } from '../language-tools.js';
import { MONTH_WORDS, NUMBER_WORDS } from '../cues/calendar.js';
import { chineseNumerals } from '../text/numerals.js';
import { calendarDerived } from './calendar-arithmetic.js';
import { chineseDurationClash, chineseMonthRangeStated, chinesePeriodStated } from './chinese-periods.js';
import { supports } from './supports.js';

export { supports } from './supports.js';
import { derivable, derivedEnergy } from './derived-numbers.js';
import { percentInWords, statedFractionSpans, unstatedUnitFractions } from './fractions.js';
import { sharesListUnit } from './shared-units.js';
import { bareShare, sharesPartnerDate, sharesRangeUnit, statedDenominator, withinBound, withPartnerYear } from './quantity-context.js';
import { checkSpelledOut } from './spelled.js';

/** Returns a reason for each quantity of the claim that no cited sentence states. */
export function checkQuantities(claim: TextAnalysis, evidence: Evidence): string[] {
  const reasons: string[] = [];
  const seen = new Set<string>();
  const fractions = statedFractionSpans(claim, evidence);
  const inFraction = (start: number, end: number): boolean => fractions.some(([from, to]) => start >= from && end <= to);
  for (const quantity of claim.quantities) {
    // A number inside a name ("Tern 2", "Lumen-4") is part of the name; the entity check covers it.
    if (seen.has(quantity.key) || claim.entities.some((e) => quantity.start >= e.start && quantity.end <= e.end)) continue;
    if (inFraction(quantity.start, quantity.end) || presentTense(quantity, claim.text)) continue;
    seen.add(quantity.key);
    const deadline = deadlineYear(quantity, claim);
    const sources = deadline ? evidence.quantities.filter((source) => /\d{4}/.test(source.surface)) : evidence.quantities;
    if (sources.some((source) => supports(source, quantity)) || statedLiterally(quantity, evidence)) continue;
    if (sharesPartnerDate(quantity, claim, evidence) || statedDenominator(quantity, claim, evidence)) continue;
    if (sharesRangeUnit(quantity, claim, evidence) || bareShare(quantity, evidence)) continue;
    if (withinBound(quantity, claim, evidence) || sharesListUnit(quantity, evidence) || derivedEnergy(quantity, evidence)) continue;
    const inYear = withPartnerYear(quantity, claim);
    if (inYear && evidence.quantities.some((source) => supports(source, inYear))) continue;
    if (chinesePeriodStated(quantity, evidence) || chineseMonthRangeStated(quantity, evidence)) continue;
    if (calendarDerived(quantity, claim, evidence)) continue;
    if (quantity.kind === 'percent' && percentInWords(quantity.value, evidence.englishText)) continue;
    if (quantity.kind === 'number' && /^[a-z]/i.test(quantity.surface) && derivable(quantity.value, quantity.start, claim, evidence))
      continue;
    reasons.push(describe(quantity));
  }
  return reasons.concat(checkSpelledOut(claim, evidence, fractions), unstatedUnitFractions(claim, evidence));
}

// "By the end of 2026": a deadline year is a year the source writes, not one it implies by dating the news ("5日" of
// an article published in 2026 says nothing of when a deadline falls).
function deadlineYear(quantity: Quantity, claim: TextAnalysis): boolean {
  if (quantity.kind !== 'date' || quantity.precision !== 'year' || !/^\d{4}$/.test(quantity.surface)) return false;
  return /\b(?:by|before|until|through|(?:the )?end of)\s*(?:the end of\s*)?$/i.test(
    claim.text.slice(Math.max(0, quantity.start - 20), quantity.start),
  );
}

// "Today's shortage", "today's models": a possessive "today" is the present a claim speaks from, not a date it asserts.
function presentTense(quantity: Quantity, text: string): boolean {
  return quantity.kind === 'date' && /^today$/i.test(quantity.surface) && /^['’]s\b/.test(text.slice(quantity.end));
}

// Extraction can read the same words two ways ("within six months" as a span or as a date): the same
// words in an English source, or a small count in Chinese numerals ("三年", "四十多家"), state it too.
function statedLiterally(quantity: Quantity, evidence: Evidence): boolean {
  const surface = quantity.surface.toLowerCase();
  if (oneUnitInWords(surface, evidence.englishText) || articleForOne(surface, evidence.englishText)) return true;
  if (/[a-z]/.test(surface) && new RegExp(`(^|[^\\p{L}\\d])${escape(surface)}($|[^\\p{L}\\d])`, 'u').test(evidence.englishText))
    return true;
  // A yearless month ("through September") is stated by the same month closing a span in the cited sentences ("the six
  // months to September"), which the date reader leaves unread after "to"; another month or a year still has to be cited.
  if (quantity.kind === 'date' && quantity.precision === 'month' && !/\d/.test(surface)) {
    const month = surface.split(/\s+/).find((word) => MONTH_WORDS[word] !== undefined);
    if (month && month !== 'may' && new RegExp(`\\b(?:to|through|until|till)\\s+${month}\\b`, 'i').test(evidence.englishText)) return true;
  }
  // "Two decades" is a span of 20 years, which a source may write as one ("for 20 years" reads as a date too).
  if (
    quantity.kind === 'measure' &&
    quantity.unit === 'year' &&
    new RegExp(`\\b${quantity.value}[\\s-]+years?\\b`).test(evidence.englishText)
  )
    return true;
  // Only a count or a span of time may be written in bare Chinese numerals ("三年"); "750瓦" is no "750 kW".
  const duration = quantity.unit === 'h' || quantity.unit === 'month' || quantity.unit === 'year';
  if (quantity.kind !== 'number' && !(quantity.kind === 'measure' && duration)) return false;
  const written = Number(surface.replace(/[^\d.]/g, '')) || wordValue(surface);
  const numerals = [String(written), ...chineseNumerals(written)];
  if (written > 0 && chineseDurationClash(surface, numerals, evidence.chineseText)) return false;
  if (written > 0 && new RegExp(`(^|[^\\d.])${written}(?![\\d.])`).test(evidence.chineseText)) return true;
  return chineseNumerals(written).some((numeral) => evidence.chineseText.includes(numeral));
}

// "过去则需要一天" against "instead of a day": one unit of time in Chinese is an English "a day", "one week", "an hour".
const ONE_UNIT: Readonly<Record<string, string>> = {
  天: 'day',
  日: 'day',
  周: 'week',
  週: 'week',
  星期: 'week',
  个月: 'month',
  個月: 'month',
  年: 'year',
  小时: 'hour',
  小時: 'hour',
};

function oneUnitInWords(surface: string, englishText: string): boolean {
  const unit = /^[一1]\s*(天|日|周|週|星期|个月|個月|年|小时|小時)$/.exec(surface)?.[1];
  return unit !== undefined && new RegExp(`\\b(?:a|an|one)\\s+${ONE_UNIT[unit]}\\b`, 'i').test(englishText);
}

// "Under one second" for "under a second": the article is the count.
function articleForOne(surface: string, englishText: string): boolean {
  const unit = /^one[\s-]+([a-z]+)$/.exec(surface)?.[1];
  return unit !== undefined && new RegExp(`\\b(?:a|an|single)[\\s-]+${unit}\\b`, 'i').test(englishText);
}

function wordValue(surface: string): number {
  const match = /^(\w+)/.exec(surface);
  return match ? (NUMBER_WORDS[match[1]!] ?? 0) : 0;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
