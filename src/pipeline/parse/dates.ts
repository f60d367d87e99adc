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
import { parseWordy } from './date-rfc822.js';
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

function toInstant(parts: DateParts, text: string, context: DateContext, warnings: string[]): string | null {
  const { year, month, day, hour, minute } = parts;
  // A leap second is real but unrepresentable in most stores; the minute's last second is the nearest instant.
  const second = Math.min(parts.second, 59);
  const inRange = year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && hour <= 23 && minute <= 59 && parts.second <= 60;
  const local = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (!inRange || local.getUTCDate() !== day || local.getUTCMonth() !== month - 1) {
    warnings.push(`impossible date "${clip(text)}"`);
    return null;
  }
  if (parts.weekday !== null && parts.weekday !== local.getUTCDay()) {
    warnings.push(`date "${clip(text)}" names the wrong weekday; the day and month were kept`);
  }
  const offset = parts.offset ?? (parts.hasTime ? defaultOffset(text, context, warnings) : 0);
  return toIso(new Date(local.getTime() - offset * 60_000));
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
  const unix = parseUnix(text);
  if (unix) return { attempt: unix, form: 'unix' };
  const iso = parseIsoLike(text, context, warnings);
  if (iso) return { attempt: iso, form: 'iso' };
  return { attempt: parseWordy(text, context, warnings), form: 'rfc' };
}

/** Parses one date as written in a feed; the warnings explain a null or any assumption made. */
export function parseDate(raw: string | null | undefined, context: DateContext = {}): ParsedDate {
  const warnings: string[] = [];
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
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
