/**
 * Finds Chinese dates: "2026年10月14日", "2026年10月", "2027年", "2027年第二季度", "2027年上半年",
 * year-relative ones ("今年8月", "明年1月1日", "明年下半年"), year-less ones ("10月14日", "8月") and the
 * bare day of month news writes ("10日在北京发布"), which needs the reference.
 */
import type { Quantity } from '../types.js';
import { governingTense } from './governing-tense.js';
import { buildDate, nearestYear, validDay, type DateParts, type ReferenceDay } from './date-values.js';
import { parseChineseNumeral } from './numerals.js';

const RELATIVE_YEARS: Readonly<Record<string, number>> = { 今年: 0, 本年: 0, 去年: -1, 明年: 1, 前年: -2, 后年: 2, 後年: 2 };
const NUMERAL = '[一二三四1-4]';
const DAY_MARK = '[日号號]';
// What may follow a year, in one pattern: a month and day, a quarter, a half, or nothing.
const YEAR_TAIL = `(?:(\\d{1,2})月(?:份)?(?:(\\d{1,2})${DAY_MARK})?|的?第?(${NUMERAL})季度?|的?Q([1-4])|([上下])半年)?`;
const ABSOLUTE = new RegExp(`(?<!\\d)(\\d{4})年${YEAR_TAIL}`, 'g');
const RELATIVE = new RegExp(`(今年|本年|去年|明年|前年|后年|後年)${YEAR_TAIL}`, 'g');
const YEARLESS = new RegExp(`(?<![\\d年.])(\\d{1,2})月(?:份)?(?:(\\d{1,2})${DAY_MARK})?`, 'g');
// "10日" alone is a day of the reference month (or a neighbour); "30日内" ("within 30 days") is not.
const BARE_DAY = /(?<![\d月年.个個第])(\d{1,2})日(?!内|內|以内|以內|之内|後|后|前|以上|以下|左右|均|期)/g;
// "第三季度", "三季度", "上半年" with no year: news reports a period once it has begun, so the latest such
// period started by the reference. "前三季度" (the first three quarters) is a span, not the third quarter.
const YEARLESS_PERIOD = new RegExp(`(?<![\\d年前])(?:第?(${NUMERAL})季度|([上下])半年)`, 'g');
const MONTH_RELATIVE = /(上个月|上個月|上月|本月|这个月|這個月|下个月|下個月|下月)/g;

function toParts(year: number, match: RegExpExecArray): DateParts {
  const [month, day, quarter, quarterQ, half] = [match[2], match[3], match[4], match[5], match[6]];
  if (month) return day ? { year, month: Number(month), day: Number(day) } : { year, month: Number(month) };
  if (quarter ?? quarterQ) return { year, quarter: Number(quarterQ ?? quarter) || (parseChineseNumeral(quarter!) ?? 0) };
  if (half) return { year, half: half === '上' ? 1 : 2 };
  return { year };
}

function push(out: Quantity[], text: string, match: RegExpExecArray, parts: DateParts | null, relative: boolean): void {
  const quantity = parts ? buildDate(text, match.index, match.index + match[0].length, parts, relative) : null;
  if (quantity) out.push(quantity);
}

function findMonthRelative(text: string, reference: ReferenceDay, out: Quantity[]): void {
  for (const match of text.matchAll(MONTH_RELATIVE)) {
    const shift = /上/.test(match[1]!) ? -1 : /下/.test(match[1]!) ? 1 : 0;
    const index = reference.year * 12 + reference.month - 1 + shift;
    push(out, text, match as RegExpExecArray, { year: Math.floor(index / 12), month: (index % 12) + 1 }, true);
  }
}

// The bare day nearest the reference among the reference month and its two neighbours.
function bareDay(day: number, reference: ReferenceDay): DateParts | null {
  const candidates = [-1, 0, 1]
    .map((shift) => {
      const index = reference.year * 12 + reference.month - 1 + shift;
      return { year: Math.floor(index / 12), month: (index % 12) + 1, day };
    })
    .filter((parts) => validDay(parts.year, parts.month, day))
    .map((parts) => ({ parts, distance: Math.abs(Date.UTC(parts.year, parts.month - 1, day) - reference.time) }))
    .sort((a, b) => a.distance - b.distance);
  return candidates[0]?.parts ?? null;
}

/** Appends the Chinese dates of `text` to `out`, most specific first; relative ones need `reference`. */
export function findChineseDates(text: string, reference: ReferenceDay | null, out: Quantity[]): void {
  for (const match of text.matchAll(ABSOLUTE))
    push(out, text, match as RegExpExecArray, toParts(Number(match[1]), match as RegExpExecArray), false);
  if (!reference) return;
  for (const match of text.matchAll(RELATIVE)) {
    push(out, text, match as RegExpExecArray, toParts(reference.year + RELATIVE_YEARS[match[1]!]!, match as RegExpExecArray), true);
  }
  for (const match of text.matchAll(YEARLESS)) {
    const parts = match[2] ? { month: Number(match[1]), day: Number(match[2]) } : { month: Number(match[1]) };
    const year = nearestYear(parts, reference, governingTense(text, match.index!, match.index! + match[0].length));
    push(out, text, match as RegExpExecArray, year === null ? null : { ...parts, year }, false);
  }
  for (const match of text.matchAll(BARE_DAY)) push(out, text, match as RegExpExecArray, bareDay(Number(match[1]), reference), true);
  for (const match of text.matchAll(YEARLESS_PERIOD)) {
    const quarter = match[1] ? Number(match[1]) || (parseChineseNumeral(match[1]) ?? 0) : 0;
    const parts = quarter ? { quarter } : { half: match[2] === '上' ? 1 : 2 };
    const firstMonth = quarter ? quarter * 3 - 2 : parts.half === 1 ? 1 : 7;
    const year = firstMonth <= reference.month ? reference.year : reference.year - 1;
    push(out, text, match as RegExpExecArray, { ...parts, year }, false);
  }
  findMonthRelative(text, reference, out);
}
