// Without a reference, "October 14" and "10日" are skipped as dates; their digits must not come back as
// numbers. Two stand-in references half a year apart find every such span (one of them is never ambiguous).
function yearlessDateSpans(text: string, chinese: boolean): Quantity[] {
  const spans: Quantity[] = [];
  for (const standIn of ['2000-01-01T12:00:00Z', '2000-07-01T12:00:00Z']) {
    const reference = referenceDay(standIn, 0);
    if (chinese) findChineseDates(text, reference, spans);
    findEnglishDates(text, reference, spans);
  }
  return spans;
}

/**
 * Extracts numbers, amounts, percentages, measures and dates from English or Chinese text, each with a
 * canonical key that is equal across languages and spellings ("$1 billion" = "10亿美元").
 */
import { findKnownEntities } from './find-entities.js';
import { referenceDay } from './quantities/date-values.js';
import { findChineseDates } from './quantities/dates-zh.js';
import { findEnglishDates } from './quantities/dates-en.js';
import { findRelativeDates } from './quantities/dates-relative.js';
import { findDigitAmounts } from './quantities/digit-amounts.js';
import { findChinesePercents, findWordAmounts } from './quantities/word-amounts.js';
import type { Quantity, QuantityOptions } from './types.js';

const HAN = /\p{Script=Han}/u;
// Characters only traditional Chinese uses; a text rich in them writes 元 for New Taiwan dollars too.
const TRADITIONAL_ONLY = /[這們來會說對經為國與關後實現點機電產業價開過萬體灣際從區問發當時隻臺]/g;
const SIMPLIFIED_ONLY = /[这们来会说对经为国与关后实现点机电产业价开过万体湾际从区问发当时只台]/g;

function isTraditional(text: string, language: string | null | undefined): boolean {
  if (language) {
    const tag = language.toLowerCase();
    if (/^zh-(tw|hk|mo|hant)/.test(tag)) return true;
    if (/^zh-(cn|sg|hans)/.test(tag)) return false;
  }
  return (text.match(TRADITIONAL_ONLY)?.length ?? 0) > (text.match(SIMPLIFIED_ONLY)?.length ?? 0);
}

// Folds full-width digits, letters and signs to ASCII (same length), so "１２％" reads as "12%".
function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

// Keeps the first of overlapping quantities: the finders run from most to least specific.
function withoutOverlaps(quantities: Quantity[], blocked: Array<{ start: number; end: number }>): Quantity[] {
  const taken: Quantity[] = [];
  const overlaps = (start: number, end: number, spans: Array<{ start: number; end: number }>): boolean =>
    spans.some((span) => start < span.end && span.start < end);
  for (const quantity of quantities) {
    if (overlaps(quantity.start, quantity.end, taken) || overlaps(quantity.start, quantity.end, blocked)) continue;
    taken.push(quantity);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Extracts numbers, amounts, percentages, measures with units and dates; relative and year-less dates
 * resolve against `reference` (the article's published time) when given, else are skipped.
 */
export function extractQuantities(text: string, options: QuantityOptions = {}): Quantity[] {
  if (!text) return [];
  const folded = foldWidth(text);
  const chinese = HAN.test(text);
  const offset = options.timezoneOffsetMinutes ?? (chinese || /^zh/i.test(options.language ?? '') ? 480 : 0);
  const reference = referenceDay(options.reference, offset);
  const found: Quantity[] = [];
  if (chinese) findChineseDates(folded, reference, found);
  findEnglishDates(folded, reference, found);
  if (reference) findRelativeDates(folded, reference, found);
  const blocked = reference
    ? []
    : yearlessDateSpans(folded, chinese).filter((span) => !found.some((q) => q.start < span.end && span.start < q.end));
  if (chinese) findChinesePercents(folded, found);
  findDigitAmounts(folded, chinese && isTraditional(text, options.language), found);
  findWordAmounts(folded, found);
  // Numbers inside product names ("Lumen-4", "Aperture 70B", "曜芯Y3") are names, not quantities.
  const names = findKnownEntities(text).filter((mention) => /\d/.test(mention.surface));
  return withoutOverlaps(found, [...names, ...blocked]).map((quantity) => ({
    ...quantity,
    surface: text.slice(quantity.start, quantity.end),
  }));
}
