/** Reads the RFC 822 family of dates, with the deviations feeds commit: other languages, missing parts, comments. */
import { clip, zoneOffset, type Attempt, type DateContext, type DateParts } from './date-parts.js';
import { FILLER_WORDS, MONTHS, WEEKDAYS } from './date-words.js';

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

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Reads the digits text[start, start + count) as a number, or -1 when one is not a digit. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let index = start; index < start + count; index++) {
    const code = text.charCodeAt(index);
    if (!isDigit(code)) return -1;
    value = value * 10 + code - 0x30;
  }
  return value;
}

function letters(text: string, start: number, count: number): boolean {
  for (let index = start; index < start + count; index++) if (!isLetter(text.charCodeAt(index))) return false;
  return true;
}

/**
 * Reads the canonical RFC 822 form most RSS dates take ("Wed, 14 Oct 2026 09:30:00 +0000"), or returns null when
 * the text is written otherwise. Read by hand, as a whole feed's dates go through here: it accepts exactly
 * /^(?:([A-Za-z]{3}), ?)?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? ([+-]\d{4}|[A-Za-z]{1,4})$/.
 */
export function parseCanonical(text: string, context: DateContext): DateParts | null {
  let index = 0;
  let weekday: number | null | undefined = null;
  if (letters(text, 0, 3) && text.charCodeAt(3) === 0x2c) {
    weekday = WEEKDAYS.get(text.slice(0, 3).toLowerCase());
    index = text.charCodeAt(4) === 0x20 ? 5 : 4;
  }
  const dayWidth = isDigit(text.charCodeAt(index + 1)) ? 2 : 1;
  const day = digits(text, index, dayWidth);
  index += dayWidth;
  if (day < 0 || text.charCodeAt(index) !== 0x20 || !letters(text, index + 1, 3) || text.charCodeAt(index + 4) !== 0x20) return null;
  const month = MONTHS.get(text.slice(index + 1, index + 4).toLowerCase());
  index += 5;
  const year = digits(text, index, 4);
  const hour = digits(text, index + 5, 2);
  const minute = digits(text, index + 8, 2);
  if (year < 0 || text.charCodeAt(index + 4) !== 0x20 || hour < 0 || text.charCodeAt(index + 7) !== 0x3a || minute < 0) return null;
  index += 10;
  let second = 0;
  if (text.charCodeAt(index) === 0x3a) {
    second = digits(text, index + 1, 2);
    if (second < 0) return null;
    index += 3;
  }
  if (text.charCodeAt(index) !== 0x20) return null;
  const zoneLength = text.length - index - 1;
  const sign = text.charCodeAt(index + 1);
  let offset: number | null;
  if (zoneLength === 5 && (sign === 0x2b || sign === 0x2d)) {
    // zoneOffset's reading of "+hhmm".
    const hours = digits(text, index + 2, 2);
    const minutes = digits(text, index + 4, 2);
    if (hours < 0 || minutes < 0) return null;
    offset = minutes > 59 || hours > 14 ? null : (sign === 0x2d ? -1 : 1) * (hours * 60 + minutes);
  } else if (zoneLength >= 1 && zoneLength <= 4 && letters(text, index + 1, zoneLength)) {
    offset = zoneOffset(text.slice(index + 1), context);
  } else return null;
  if (month === undefined || weekday === undefined || offset === null) return null;
  return { year, month, day, hour, minute, second, offset, hasTime: true, weekday };
}

/** Parses an RFC 822-like date ("Wed, 14 Oct 2026 09:30 +0800", "October 14, 2026 9:30 PM EDT"). */
export function parseWordy(text: string, context: DateContext, warnings: string[]): Attempt {
  const canonical = parseCanonical(text, context);
  if (canonical) return canonical;
  const state = classifyTokens(tokenize(text), context);
  if ('reason' in state) return state;
  if (state.month === null) return null;
  const dayYear = dayAndYear(state, warnings, text);
  if (dayYear === null || 'reason' in dayYear) return dayYear;
  const time = parseTime(state.time, state.meridiem);
  if (!time) return { reason: `impossible time in "${clip(text)}"` };
  return { ...dayYear, month: state.month, ...time, offset: state.zone, hasTime: state.time !== null, weekday: state.weekday };
}
