/**
 * Resolves relative dates against the reference with chrono-node: "on Thursday", "last Tuesday",
 * "yesterday", "two weeks ago", "last month", "next year", "上周二", "昨天", "3天前". Only sentences
 * holding a relative word are parsed (chrono is the slowest step), and only results whose precision
 * chrono is certain of are kept ("this week" names no day, month or year, so it is skipped).
 */
import * as chrono from 'chrono-node';
import type { Quantity } from '../types.js';
import { buildDate, type ReferenceDay } from './date-values.js';

const ENGLISH_RELATIVE =
  /\b(?:yesterday|today|tomorrow|tonight|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:last|next|this) (?:week|month|year))\b/i;
const CHINESE_RELATIVE =
  /昨天|今天|明天|前天|后天|後天|昨日|今日|明日|[上下本这這]?(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]|\d+天[前后後]/;
const SENTENCE = /[^.!?。！？\n]+[.!?。！？]?/g;
// Results that are absolute (a month name, a number with a month) are left to the absolute finders.
const ABSOLUTE_INSIDE = /\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|\d+月/i;

function precisionOf(result: chrono.ParsedResult): 'day' | 'month' | 'year' | null {
  const start = result.start;
  if (start.isCertain('day') || start.isCertain('weekday')) return 'day';
  if (start.isCertain('month')) return 'month';
  if (start.isCertain('year')) return 'year';
  return null;
}

function toQuantity(text: string, offset: number, result: chrono.ParsedResult): Quantity | null {
  if (ABSOLUTE_INSIDE.test(result.text)) return null;
  const precision = precisionOf(result);
  if (!precision) return null;
  // chrono returns a Date in its reference timezone; with timezone 0 below, the UTC fields are the local ones.
  const date = result.start.date();
  const parts = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  const chosen = precision === 'day' ? parts : precision === 'month' ? { year: parts.year, month: parts.month } : { year: parts.year };
  return buildDate(text, offset + result.index, offset + result.index + result.text.length, chosen, true);
}

/** Appends the relative dates of `text` to `out`, resolved against `reference` (a day in the writer's clock). */
export function findRelativeDates(text: string, reference: ReferenceDay, out: Quantity[]): void {
  // Noon of the reference day: chrono's day arithmetic then never crosses a date line.
  const instant = new Date(reference.time + 12 * 3_600_000);
  for (const sentence of text.matchAll(SENTENCE)) {
    const english = ENGLISH_RELATIVE.test(sentence[0]);
    const chinese = CHINESE_RELATIVE.test(sentence[0]);
    if (!english && !chinese) continue;
    const parser = chinese ? chrono.zh : chrono.en;
    for (const result of parser.parse(sentence[0], { instant, timezone: 0 })) {
      const quantity = toQuantity(text, sentence.index!, result);
      if (quantity) out.push(quantity);
    }
  }
}
