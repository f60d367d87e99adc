/**
 * Reads the dates feeds write — RFC 822 and its common deviations, ISO 8601/W3DTF, Chinese/Japanese/Korean
 * forms, Unix time — as UTC ISO 8601 without milliseconds, or null with a warning; never a guessed wrong date.
 *
 * Zone-less local times: a feed in Chinese, Japanese or Korean is read in that language's single time zone
 * (UTC+8 / UTC+9); a date written with 年/月/日 and no known language is read as UTC+8; anything else as UTC.
 * Each such assumption adds a warning. A date without a time is midnight UTC, without a warning.
 */
import { toIso } from '../../shared/time.js';
import { clip, languageKey, zoneOffset, type Attempt, type DateContext, type DateParts } from './date-parts.js';
import { parseCanonical, parseWordy } from './date-rfc822.js';
import { LANGUAGE_OFFSETS } from './date-words.js';

export type { DateContext } from './date-parts.js';

export interface ParsedDate {
  iso: string | null;
  warnings: string[];
}

function parseUnix(text: string): Attempt {
  const match = /^(\d{9,10}|\d{12,13})(?:\.\d+)?$/.exec(text);
  if (!match) return null;
  const milliseconds = match[1]!.length > 10 ? Number(match[1]) : Number(match[1]) * 1000;
  const date = new Date(milliseconds);
  const year = date.getUTCFullYear();
  if (year < 1990 || year > 2100) return { reason: `Unix time ${clip(text)} is outside 1990–2100` };
  return {
    year,
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    offset: 0,
    hasTime: true,
    weekday: null,
  };
}

// 年月日 (Chinese, Japanese), 년월일 (Korean), 时分秒 and 上午/下午 rewritten into the ISO-like form.
function normalizeCjk(text: string): string {
  const afternoon = /下午|晚上|午後|오후/.test(text);
  let normalized = text
    .replace(/(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号]?/, '$1-$2-$3 ')
    .replace(/(\d{1,2})\s*[时時点點시]\s*(\d{1,2})\s*[分분](?:\s*(\d{1,2})\s*[秒초])?/, (_m, h, m, s) => `${h}:${m}:${s ?? '00'}`)
    .replace(/上午|下午|晚上|早上|午前|午後|오전|오후|星期.|周.|\([^)]*\)|（[^）]*）/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (afternoon) normalized = normalized.replace(/ (\d{1,2}):/, (_m, h) => ` ${Number(h) < 12 ? Number(h) + 12 : h}:`);
  return normalized;
}

const ISO_LIKE =
  /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|(?:GMT|UTC|UT)?[+-]\d{1,2}(?::?\d{2})?|[A-Za-z]{1,5})?$/i;
const ISO_COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function parseIsoLike(text: string, context: DateContext, warnings: string[]): Attempt {
  const cjk = /[年년月월日일时時分秒]/.test(text);
  const source = cjk ? normalizeCjk(text) : text;
  const match = ISO_LIKE.exec(source) ?? ISO_COMPACT.exec(source);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, zone] = match;
  if (month === undefined || day === undefined) {
    warnings.push(`date "${clip(text)}" gives only ${month === undefined ? 'a year' : 'a month'}; read as its first day`);
  }
  // A trailing word after a bare date is a month or weekday, not a zone: let the word parser have it.
  if (zone && /^[a-z]+$/i.test(zone) && hour === undefined) return null;
  let offset: number | null = null;
  if (zone) {
    offset = zoneOffset(zone, context);
    if (offset === null) return { reason: `unknown time zone "${zone}"` };
  }
  return {
    year: Number(year),
    month: Number(month ?? 1),
    day: Number(day ?? 1),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    offset,
    hasTime: hour !== undefined,
    weekday: null,
  };
}

function defaultOffset(text: string, context: DateContext, warnings: string[]): number {
  const language = languageKey(context);
  const byLanguage = LANGUAGE_OFFSETS.get(language);
  if (byLanguage !== undefined) {
    warnings.push(`date "${clip(text)}" has no time zone; read as UTC+${byLanguage / 60} for a feed in "${context.language}"`);
    return byLanguage;
  }
  if (/[年月日]/.test(text)) {
    warnings.push(`date "${clip(text)}" has no time zone; read as UTC+8 (Chinese date form)`);
    return 480;
  }
  warnings.push(`date "${clip(text)}" has no time zone; read as UTC`);
  return 0;
}

const DAY = 86_400_000;

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * Formats whole-second epoch milliseconds as toIso does (Date.toISOString without milliseconds), computing the
 * calendar date directly (H. Hinnant's civil_from_days): Date objects and their formatting cost most of a date's
 * reading otherwise.
 */
function isoSeconds(milliseconds: number): string {
  const days = Math.floor(milliseconds / DAY);
  const secondsOfDay = (milliseconds - days * DAY) / 1000;
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  // toISOString writes years outside 0–9999 with a sign and six digits: leave those to it.
  if (year < 1000 || year > 9999 || !Number.isInteger(secondsOfDay)) return toIso(new Date(milliseconds));
  const hour = Math.floor(secondsOfDay / 3600);
  const minute = Math.floor((secondsOfDay % 3600) / 60);
  return `${year}-${twoDigits(month)}-${twoDigits(day)}T${twoDigits(hour)}:${twoDigits(minute)}:${twoDigits(secondsOfDay % 60)}Z`;
}

function toInstant(parts: DateParts, text: string, context: DateContext, warnings: string[]): string | null {
  const { year, month, day, hour, minute } = parts;
  // A leap second is real but unrepresentable in most stores; the minute's last second is the nearest instant.
  const second = Math.min(parts.second, 59);
  const inRange = year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && hour <= 23 && minute <= 59 && parts.second <= 60;
  if (!inRange || day > daysInMonth(year, month)) {
    warnings.push(`impossible date "${clip(text)}"`);
    return null;
  }
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  // 1 January 1970 was a Thursday (4); floored, the modulo stays in 0–6 (and never -0) before 1970 too.
  const daysAfterSunday = Math.floor(local / DAY) + 4;
  if (parts.weekday !== null && parts.weekday !== daysAfterSunday - 7 * Math.floor(daysAfterSunday / 7)) {
    warnings.push(`date "${clip(text)}" names the wrong weekday; the day and month were kept`);
  }
  const offset = parts.offset ?? (parts.hasTime ? defaultOffset(text, context, warnings) : 0);
  return isoSeconds(local - offset * 60_000);
}

type Form = 'unix' | 'iso' | 'rfc';

const STRICT_RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const STRICT_W3CDTF = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?)?)?$/;

function formWarning(text: string, form: Form, context: DateContext): string | null {
  if (context.expected === 'rfc822' && form === 'iso') return `date "${clip(text)}" is ISO 8601 where RSS expects RFC 822`;
  if (context.expected === 'rfc822' && form === 'rfc' && /\d[+-]\d{2}:\d{2}$|\s[+-]\d{2}:\d{2}\b/.test(text)) {
    return `date "${clip(text)}" writes its offset with a colon, which RFC 822 does not allow`;
  }
  if (context.expected === 'rfc3339' && !STRICT_RFC3339.test(text)) return `date "${clip(text)}" is not RFC 3339`;
  if (context.expected === 'w3cdtf' && !STRICT_W3CDTF.test(text)) return `date "${clip(text)}" is not W3CDTF`;
  return null;
}

function attemptParse(text: string, context: DateContext, warnings: string[]): { attempt: Attempt; form: Form } {
  // Most RSS dates: the canonical form cannot be read as Unix time or ISO 8601, so it may go first.
  const canonical = parseCanonical(text, context);
  if (canonical) return { attempt: canonical, form: 'rfc' };
  const unix = parseUnix(text);
  if (unix) return { attempt: unix, form: 'unix' };
  const iso = parseIsoLike(text, context, warnings);
  if (iso) return { attempt: iso, form: 'iso' };
  return { attempt: parseWordy(text, context, warnings), form: 'rfc' };
}

// Whitespace that collapsing would change: anything but a lone space.
const UNTIDY_SPACE = /[^\S ]|\s\s/;

/** Parses one date as written in a feed; the warnings explain a null or any assumption made. */
export function parseDate(raw: string | null | undefined, context: DateContext = {}): ParsedDate {
  const warnings: string[] = [];
  const text = raw == null ? '' : UNTIDY_SPACE.test(raw) ? raw.replace(/\s+/g, ' ').trim() : raw.trim();
  if (text === '') return { iso: null, warnings };
  const { attempt, form } = attemptParse(text, context, warnings);
  if (attempt === null || 'reason' in attempt) {
    warnings.push(`unreadable date "${clip(text)}"${attempt ? `: ${attempt.reason}` : ''}`);
    return { iso: null, warnings };
  }
  const iso = toInstant(attempt, text, context, warnings);
  const deviation = iso ? formWarning(text, form, context) : null;
  if (deviation) warnings.push(deviation);
  return { iso, warnings };
}
