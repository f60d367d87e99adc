/**
 * Reads the dates feeds write — RFC 822 and its common deviations, ISO 8601/W3DTF, Chinese/Japanese/Korean
 * forms, Unix time — as UTC ISO 8601 without milliseconds, or null with a warning; never a guessed wrong date.
 *
 * Zone-less local times: a feed in Chinese, Japanese or Korean is read in that language's single time zone
 * (UTC+8 / UTC+9); a date written with 年/月/日 and no known language is read as UTC+8; anything else as UTC.
 * Each such assumption adds a warning. A date without a time is midnight UTC, without a warning.
 */
import { toIso } from '../../shared/time.js';
import { FILLER_WORDS, LANGUAGE_OFFSETS, MONTHS, WEEKDAYS, ZONES } from './date-words.js';

export interface DateContext {
  /** The feed's language (e.g. "zh-cn"), used to place zone-less local times. */
  language?: string | null;
  /** The form the format prescribes (RSS: RFC 822; Atom and Dublin Core: RFC 3339); other forms are read but noted. */
  expected?: 'rfc822' | 'rfc3339';
}

export interface ParsedDate {
  iso: string | null;
  warnings: string[];
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC, or null when the text gave no zone. */
  offset: number | null;
  hasTime: boolean;
  weekday: number | null;
}

/** A parser's verdict: parts, a reason the text cannot be a reliable date, or null when the form does not apply. */
type Attempt = DateParts | { reason: string } | null;

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function languageKey(context: DateContext): string {
  return (context.language ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

function zoneOffset(name: string, context: DateContext): number | null {
  const lower = name.toLowerCase();
  // "CST" in Chinese feeds is China Standard Time; elsewhere it is US Central.
  if (lower === 'cst' && languageKey(context) === 'zh') return 480;
  const named = ZONES.get(lower);
  if (named !== undefined) return named;
  const numeric = /^(?:gmt|utc|ut)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(name);
  if (!numeric) return null;
  const minutes = Number(numeric[3] ?? '0');
  const hours = Number(numeric[2]);
  if (minutes > 59 || hours > 14) return null;
  return (numeric[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function parseUnix(text: string): Attempt {
  const match = /^(\d{9,10}|\d{12,13})(?:\.\d+)?$/.exec(text);
  if (!match) return null;
  const milliseconds = match[1]!.length > 10 ? Number(match[1]) : Number(match[1]) * 1000;
  const date = new Date(milliseconds);
  const year = date.getUTCFullYear();
  if (year < 1990 || year > 2100) return { reason: `Unix time ${clip(text)} is outside 1990–2100` };
  return {
    year, month: date.getUTCMonth() + 1, day: date.getUTCDate(),
    hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds(),
    offset: 0, hasTime: true, weekday: null,
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
    year: Number(year), month: Number(month ?? 1), day: Number(day ?? 1),
    hour: Number(hour ?? 0), minute: Number(minute ?? 0), second: Number(second ?? 0),
    offset, hasTime: hour !== undefined, weekday: null,
  };
}

function tokenize(text: string): string[] {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/,/g, ' ')
    .replace(/(\d)-(?=\p{L})/gu, '$1 ')
    .replace(/(\p{L})-(?=\d)/gu, '$1 ')
    .replace(/(\p{L})\.(?=\s|$)/gu, '$1')
    .replace(/(\d)\.(?=\s)/g, '$1')
    .replace(/(\d)(?:st|nd|rd|th)\b/gi, '$1')
    .replace(/(\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)(?=[+-]\d|Z\b)/g, '$1 ')
    .split(/\s+/)
    .filter((token) => token !== '');
}

interface Tokens {
  numbers: number[];
  numberWidths: number[];
  month: number | null;
  weekday: number | null;
  time: string | null;
  meridiem: 'am' | 'pm' | null;
  zone: number | null;
}

function classifyWord(token: string, index: number, monthCount: number, state: Tokens, context: DateContext): string | null {
  const lower = token.toLowerCase();
  // "Mar" is March and also Spanish for Tuesday: a leading weekday is recognised only when a month follows.
  if (WEEKDAYS.has(lower) && (!MONTHS.has(lower) || (monthCount > 1 && index === 0))) {
    state.weekday = WEEKDAYS.get(lower)!;
  } else if (MONTHS.has(lower) && state.month === null) {
    state.month = MONTHS.get(lower)!;
  } else if (/^[ap]\.?m\.?$/.test(lower)) {
    state.meridiem = lower.startsWith('a') ? 'am' : 'pm';
  } else if (zoneOffset(token, context) !== null) {
    state.zone = zoneOffset(token, context);
  } else if (!FILLER_WORDS.has(lower)) {
    return /^[a-z]$/i.test(token) ? `military time zone "${token}" is ambiguous` : `unknown word "${token}"`;
  }
  return null;
}

function classifyTokens(tokens: string[], context: DateContext): Tokens | { reason: string } {
  const state: Tokens = { numbers: [], numberWidths: [], month: null, weekday: null, time: null, meridiem: null, zone: null };
  const monthCount = tokens.filter((token) => MONTHS.has(token.toLowerCase())).length;
  for (const [index, token] of tokens.entries()) {
    if (/^\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?$/.test(token) && state.time === null) state.time = token;
    else if (/^\d{1,4}$/.test(token)) {
      state.numbers.push(Number(token));
      state.numberWidths.push(token.length);
    } else if (/^[+-]\d{1,2}(?::?\d{2})?$/.test(token) && zoneOffset(token, context) !== null) {
      state.zone = zoneOffset(token, context);
    } else {
      const problem = classifyWord(token, index, monthCount, state, context);
      if (problem) return { reason: problem };
    }
  }
  return state;
}

function dayAndYear(state: Tokens, warnings: string[], text: string): { day: number; year: number } | { reason: string } | null {
  if (state.numbers.length !== 2) return null;
  const [first, second] = state.numbers as [number, number];
  const [firstWidth, secondWidth] = state.numberWidths as [number, number];
  const yearFirst = firstWidth >= 3 && secondWidth <= 2;
  const day = yearFirst ? second : first;
  let year = yearFirst ? first : second;
  const yearWidth = yearFirst ? firstWidth : secondWidth;
  if (yearWidth === 3) return { reason: `three-digit year in "${clip(text)}"` };
  if (yearWidth <= 2) {
    year += year < 50 ? 2000 : 1900;
    warnings.push(`date "${clip(text)}" has a two-digit year; read as ${year}`);
  }
  return { day, year };
}

function parseTime(time: string | null, meridiem: 'am' | 'pm' | null): { hour: number; minute: number; second: number } | null {
  if (time === null) return { hour: 0, minute: 0, second: 0 };
  const [hour = 0, minute = 0, second = 0] = time.split(':').map((part) => Math.floor(Number(part)));
  if (meridiem === null) return { hour, minute, second };
  if (hour < 1 || hour > 12) return null;
  return { hour: (hour % 12) + (meridiem === 'pm' ? 12 : 0), minute, second };
}

function parseWordy(text: string, context: DateContext, warnings: string[]): Attempt {
  const state = classifyTokens(tokenize(text), context);
  if ('reason' in state) return state;
  if (state.month === null) return null;
  const dayYear = dayAndYear(state, warnings, text);
  if (dayYear === null || 'reason' in dayYear) return dayYear;
  const time = parseTime(state.time, state.meridiem);
  if (!time) return { reason: `impossible time in "${clip(text)}"` };
  return { ...dayYear, month: state.month, ...time, offset: state.zone, hasTime: state.time !== null, weekday: state.weekday };
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

function formWarning(text: string, form: Form, context: DateContext): string | null {
  if (context.expected === 'rfc822' && form === 'iso') return `date "${clip(text)}" is ISO 8601 where RSS expects RFC 822`;
  if (context.expected === 'rfc822' && form === 'rfc' && /\d[+-]\d{2}:\d{2}$|\s[+-]\d{2}:\d{2}\b/.test(text)) {
    return `date "${clip(text)}" writes its offset with a colon, which RFC 822 does not allow`;
  }
  if (context.expected === 'rfc3339' && form === 'rfc') return `date "${clip(text)}" is not RFC 3339`;
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
