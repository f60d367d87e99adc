/** Quarters and halves written the Chinese way without 第 ("三季度", "上半年"), which the date extractor leaves alone. */
import type { Evidence } from '../evidence.js';
import type { Quantity } from '../language-tools.js';

const QUARTERS = ['一', '二', '三', '四'];

/** Tells whether a Chinese cited sentence names the claim's quarter or half (its year too, when one is written beside it). */
export function chinesePeriodStated(claimed: Quantity, evidence: Evidence): boolean {
  if (claimed.kind !== 'date' || !claimed.date || !evidence.chineseText) return false;
  const year = claimed.date.slice(0, 4);
  const period =
    claimed.quarter !== undefined
      ? `(?:第?${QUARTERS[claimed.quarter - 1]}|Q${claimed.quarter})季度?`
      : claimed.half !== undefined
        ? claimed.half === 1
          ? '上半年'
          : '下半年'
        : null;
  if (!period) return false;
  for (const match of evidence.chineseText.matchAll(new RegExp(`((?:\\d{4}|今|去|明)年)?(?:[^\\d年]{0,4})?${period}`, 'g'))) {
    const written = match[1];
    if (!written || written.startsWith(year) || !/^\d/.test(written)) return true;
  }
  return false;
}

/**
 * "From January to September" for "今年1至9月": an English month the claim dates to next year (the article came out in
 * November) is the first or last month of a Chinese month range, which the date extractor reads as no date at all.
 * A four-digit year written before the range must agree.
 */
export function chineseMonthRangeStated(claimed: Quantity, evidence: Evidence): boolean {
  if (claimed.kind !== 'date' || !claimed.date || !evidence.chineseText || !/^\d{4}-\d{2}$/.test(claimed.date.slice(0, 7))) return false;
  const month = Number(claimed.date.slice(5, 7));
  const span = periodMonths(claimed);
  for (const match of evidence.chineseText.matchAll(/(?:(\d{4})年)?(\d{1,2})\s*(?:至|到|-|—|~|～)\s*(\d{1,2})月/g)) {
    if (match[1] && match[1] !== claimed.date.slice(0, 4)) continue;
    const [first, last] = [Number(match[2]), Number(match[3])];
    // A half or a quarter is the range only when the range spans it exactly: "1至9月" is no "first half".
    if (span ? first === span[0] && last === span[1] : first === month || last === month) return true;
  }
  return false;
}

function periodMonths(claimed: Quantity): [number, number] | null {
  if (claimed.half !== undefined) return [6 * claimed.half - 5, 6 * claimed.half];
  if (claimed.quarter !== undefined) return [3 * claimed.quarter - 2, 3 * claimed.quarter];
  return null;
}

// Chinese units of time by the English unit a claim names.
const CHINESE_TIME_UNITS: Readonly<Record<string, RegExp>> = {
  hour: /^(?:小时|小時|個小時|个小时)/,
  day: /^(?:天|日)/,
  week: /^(?:周|週|星期|个星期|個星期)/,
  month: /^(?:个月|個月|月)/,
  year: /^年/,
};
const ANY_TIME_UNIT = /^(?:多|余|餘)?(?:小时|小時|个小时|個小時|天|日|周|週|星期|个星期|個星期|个月|個月|月|年)/;

/**
 * Tells whether a Chinese sentence writes the claim's span of time only with another unit: "six to twelve weeks"
 * against "6到12个月". A figure written in Chinese with no unit after it, or with the claim's own unit, is no clash.
 */
export function chineseDurationClash(surface: string, numerals: readonly string[], chineseText: string): boolean {
  const unit = /\b(hour|day|week|month|year)s?\b/i.exec(surface)?.[1]?.toLowerCase();
  const own = unit ? CHINESE_TIME_UNITS[unit] : undefined;
  if (!own) return false;
  let clashes = false;
  for (const numeral of numerals) {
    for (let at = chineseText.indexOf(numeral); at >= 0; at = chineseText.indexOf(numeral, at + 1)) {
      if (/\d/.test(numeral) && /[\d.]/.test(chineseText[at - 1] ?? '')) continue;
      const after = chineseText.slice(at + numeral.length).replace(/^(?:多|余|餘)/, '');
      if (/^[\d.]/.test(after) && /\d/.test(numeral)) continue;
      if (own.test(after) || !ANY_TIME_UNIT.test(after)) return false;
      clashes = true;
    }
  }
  return clashes;
}
