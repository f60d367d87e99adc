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
  for (const match of evidence.chineseText.matchAll(/(?:(\d{4})年)?(\d{1,2})\s*(?:至|到|-|—|~|～)\s*(\d{1,2})月/g)) {
    if (match[1] && match[1] !== claimed.date.slice(0, 4)) continue;
    if (Number(match[2]) === month || Number(match[3]) === month) return true;
  }
  return false;
}
