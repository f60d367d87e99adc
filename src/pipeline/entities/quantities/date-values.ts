/**
 * Date quantities and the rules that place a year-less date: the year that keeps it nearest the
 * reference, and no year at all when two years are about equally near (never a wrong value).
 */
import type { Quantity } from '../types.js';
import type { Tense } from './governing-tense.js';

/** The reference day in the writer's clock. */
export interface ReferenceDay {
  year: number;
  month: number;
  day: number;
  /** Epoch milliseconds of the reference day's midnight UTC (day arithmetic runs in UTC). */
  time: number;
}

/** A date as found: precision plus an optional quarter or half of the year. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  quarter?: number;
  half?: number;
}

const DAY = 86_400_000;
// Two candidate years closer than this to equally near are ambiguous ("in May" read in November).
const AMBIGUITY_DAYS = 30;

/** Returns the reference day, shifted to the writer's clock; null without a valid reference. */
export function referenceDay(reference: string | Date | null | undefined, offsetMinutes: number): ReferenceDay | null {
  if (!reference) return null;
  const time = (reference instanceof Date ? reference : new Date(reference)).getTime();
  if (Number.isNaN(time)) return null;
  const local = new Date(time + offsetMinutes * 60_000);
  const [year, month, day] = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()];
  return { year, month, day, time: Date.UTC(year, month - 1, day) };
}

/** Checks that a day exists in its month (no 31 April, no 29 February 2027). */
export function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// The middle of the period the parts name, used to measure nearness to the reference.
function midpoint(parts: DateParts): number {
  const { year, month, day, quarter, half } = parts;
  if (day !== undefined && month !== undefined) return Date.UTC(year, month - 1, day);
  if (month !== undefined) return Date.UTC(year, month - 1, 15);
  if (quarter !== undefined) return Date.UTC(year, quarter * 3 - 2, 15);
  if (half !== undefined) return Date.UTC(year, half * 6 - 3, 1);
  return Date.UTC(year, 6, 1);
}

// A tensed clause may put its date this far on the other side of the reference ("was founded in November", written early in it).
const TENSE_TOLERANCE_DAYS = 45;

// A past date lies before the reference, a future one after it, each with some tolerance; an untensed one anywhere.
function onTenseSide(offset: number, tense: Tense): boolean {
  if (tense === 'past') return offset <= TENSE_TOLERANCE_DAYS * DAY;
  if (tense === 'future') return offset >= -TENSE_TOLERANCE_DAYS * DAY;
  return true;
}

/**
 * Picks the year (reference year ± 1) that puts year-less parts nearest the reference, on the side of it the
 * clause's tense says ("was founded in March" read in October is this March); null when unsure.
 */
export function nearestYear(parts: Omit<DateParts, 'year'>, reference: ReferenceDay, tense: Tense = 'neutral'): number | null {
  const scored = [reference.year - 1, reference.year, reference.year + 1]
    .filter((year) => parts.day === undefined || validDay(year, parts.month!, parts.day))
    .map((year) => ({ year, offset: midpoint({ ...parts, year }) - reference.time }))
    .filter(({ offset }) => onTenseSide(offset, tense))
    .map(({ year, offset }) => ({ year, distance: Math.abs(offset) }))
    .sort((a, b) => a.distance - b.distance);
  const [best, second] = scored;
  if (!best) return null;
  if (second && second.distance - best.distance < AMBIGUITY_DAYS * DAY) return null;
  return best.year;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** Builds a date quantity from its parts; null for impossible dates. */
export function buildDate(text: string, start: number, end: number, parts: DateParts, relative = false): Quantity | null {
  const { year, month, day, quarter, half } = parts;
  if (year < 1000 || year > 2999) return null;
  if (day !== undefined && (month === undefined || !validDay(year, month, day))) return null;
  const firstMonth = month ?? (quarter ? quarter * 3 - 2 : half ? half * 6 - 5 : undefined);
  if (firstMonth !== undefined && (firstMonth < 1 || firstMonth > 12)) return null;
  const precision = day !== undefined ? 'day' : firstMonth !== undefined ? 'month' : 'year';
  const date =
    precision === 'day' ? `${year}-${pad(firstMonth!)}-${pad(day!)}` : precision === 'month' ? `${year}-${pad(firstMonth!)}` : `${year}`;
  const key = quarter ? `date:${year}-Q${quarter}` : half ? `date:${year}-H${half}` : `date:${date}`;
  const value = Date.UTC(year, (firstMonth ?? 1) - 1, day ?? 1);
  const quantity: Quantity = { kind: 'date', value, unit: null, surface: text.slice(start, end), start, end, key, precision, date };
  if (quarter) quantity.quarter = quarter;
  if (half) quantity.half = half;
  if (relative) quantity.relative = true;
  return quantity;
}
