/** Finds the dates a sentence states, resolved against its article's publication time, with their precision. */
import * as chrono from 'chrono-node';
import {
  BARE_YEAR_EN,
  DAY_ONLY_ZH,
  DURATION,
  FUTURE_CUES,
  PAST_CUES,
  PRECISE_MATCH,
  YEAR_PERIODS_EN,
  YEAR_PERIODS_ZH,
  YEAR_WORDS_ZH,
} from './date-patterns.js';

export type Precision = 'day' | 'month' | 'year';

export interface DateMention {
  /** "2026-10-14", "2026-10" or "2026". */
  date: string;
  precision: Precision;
  /** Character offset of the expression in the sentence. */
  index: number;
  /** The expression itself has a year or full date (not "on Thursday"). */
  absolute: boolean;
  /** A day named by its weekday ("on Tuesday"): in news, mostly the day something was told. */
  weekday?: boolean;
}

type Tense = 'future' | 'past' | 'neutral';

// How far before a date expression its governing verb is looked for, in characters.
const TENSE_WINDOW = 60;
// A future verb shortly before a weekday ("will report on Thursday") puts it ahead of publication.
const WEEKDAY_AHEAD = /\b(next|will|is due|are due|scheduled|set to|plans? to|expected to)\b[^.;]{0,30}$/i;

const PREPOSITIONS_AHEAD = /^(by|until)$/i;

const pad = (value: number) => String(value).padStart(2, '0');

function format(year: number, month: number, day: number | null): string {
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

// The tense word nearest the date decides ("began … in June, and plans … in April 2027"; "In April it cut").
function tenseAround(text: string, index: number, length: number): Tense {
  const before = text.slice(Math.max(0, index - TENSE_WINDOW), index);
  // After the date only its own clause counts: "in June, and plans …" is another verb's.
  const after = text.slice(index + length, index + length + TENSE_WINDOW / 2).split(/[,;，；]|\band\b/)[0] ?? '';
  const distance = (pattern: RegExp) => {
    const global = new RegExp(pattern.source, 'gi');
    const lastBefore = Math.max(-1, ...[...before.matchAll(global)].map((match) => match.index ?? -1));
    // "by" and "until" govern what follows them: after a date "by" names an agent ("founded in March by …").
    const firstAfter = [...after.matchAll(global)].find((match) => !PREPOSITIONS_AHEAD.test(match[0]))?.index;
    return Math.min(lastBefore < 0 ? Infinity : before.length - lastBefore, firstAfter === undefined ? Infinity : firstAfter + 1);
  };
  const future = distance(FUTURE_CUES);
  const past = distance(PAST_CUES);
  if (future === Infinity && past === Infinity) return 'neutral';
  // "scheduled" matches both lists at one place: the future reading wins the tie.
  return future <= past ? 'future' : 'past';
}

// A year-less date takes the year that puts it on the side of publication the tense says; without a
// tense it is read as recent past unless that is more than half a year away.
function resolveYear(month: number, day: number, reference: Date, tense: Tense): number {
  const year = reference.getUTCFullYear();
  const offsetDays = (Date.UTC(year, month - 1, day) - reference.getTime()) / 86_400_000;
  if (tense === 'future' && offsetDays < -45) return year + 1;
  if (tense === 'past' && offsetDays > 45) return year - 1;
  if (tense === 'neutral' && offsetDays > 183) return year - 1;
  return year;
}

function yearWordBefore(text: string, index: number, reference: Date): number | null {
  const word = Object.keys(YEAR_WORDS_ZH).find((candidate) => text.slice(Math.max(0, index - 2), index + 2).includes(candidate));
  return word === undefined ? null : reference.getUTCFullYear() + (YEAR_WORDS_ZH[word] ?? 0);
}

function weekdayDate(weekday: number, reference: Date, tense: Tense): string {
  const current = reference.getUTCDay();
  // News reports past days of the current week ("said on Wednesday"); "will … on Friday" looks ahead.
  const delta = tense === 'future' ? (weekday - current + 7) % 7 : -((current - weekday + 7) % 7);
  const day = new Date(reference.getTime() + delta * 86_400_000);
  return format(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

function fromChrono(result: chrono.ParsedResult, text: string, reference: Date): DateMention | null {
  const start = result.start;
  const tense = tenseAround(text, result.index, result.text.length);
  const yearWord = yearWordBefore(text, result.index, reference);
  if (!PRECISE_MATCH.test(result.text) || DURATION.test(result.text)) return null;
  const month = start.get('month');
  const certainYear = start.isCertain('year');
  if (start.isCertain('day') && start.isCertain('month') && month !== null) {
    const day = start.get('day') ?? 1;
    const year = certainYear ? (start.get('year') ?? reference.getUTCFullYear()) : (yearWord ?? resolveYear(month, day, reference, tense));
    return { date: format(year, month, day), precision: 'day', index: result.index, absolute: certainYear };
  }
  if (start.isCertain('weekday') && !start.isCertain('month')) {
    // Reports name days of the current week; only "next Friday" or "will … on Friday" looks ahead.
    const ahead = /\bnext\b/i.test(result.text) || WEEKDAY_AHEAD.test(text.slice(Math.max(0, result.index - 40), result.index));
    return {
      date: weekdayDate(start.get('weekday') ?? 0, reference, ahead ? 'future' : 'past'),
      precision: 'day',
      index: result.index,
      absolute: false,
      weekday: true,
    };
  }
  if (start.isCertain('month') && month !== null) {
    const year = certainYear ? (start.get('year') ?? reference.getUTCFullYear()) : (yearWord ?? resolveYear(month, 15, reference, tense));
    return { date: format(year, month, null), precision: 'month', index: result.index, absolute: certainYear };
  }
  return null;
}

function patternMentions(text: string, patterns: readonly RegExp[], precision: Precision): DateMention[] {
  const mentions: DateMention[] = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) mentions.push({ date: match[1] ?? '', precision, index: match.index ?? 0, absolute: true });
  }
  return mentions;
}

function chineseDays(text: string, reference: Date): DateMention[] {
  return [...text.matchAll(DAY_ONLY_ZH)].map((match) => ({
    date: format(reference.getUTCFullYear(), reference.getUTCMonth() + 1, Number(match[1])),
    precision: 'day' as const,
    index: match.index ?? 0,
    absolute: false,
  }));
}

// Chrono's match and a pattern's can cover the same words; the first (chrono's, more precise) wins.
function withoutOverlaps(mentions: DateMention[]): DateMention[] {
  const kept: DateMention[] = [];
  for (const mention of mentions) if (!kept.some((other) => Math.abs(other.index - mention.index) < 6)) kept.push(mention);
  return kept;
}

/** Returns the dates in a sentence; relative ones need `published` and are skipped without it. */
export function findDates(text: string, language: string, published: string | null): DateMention[] {
  const reference = published ? new Date(published) : null;
  if (!reference || Number.isNaN(reference.getTime())) return [];
  const parser = language === 'zh' ? chrono.zh : chrono.en;
  const mentions = parser
    .parse(text, { instant: reference, timezone: 0 })
    .map((result) => fromChrono(result, text, reference))
    .filter((mention): mention is DateMention => mention !== null);
  if (language === 'zh') mentions.push(...chineseDays(text, reference), ...patternMentions(text, YEAR_PERIODS_ZH, 'year'));
  else mentions.push(...patternMentions(text, YEAR_PERIODS_EN, 'year'), ...patternMentions(text, [BARE_YEAR_EN], 'year'));
  return withoutOverlaps(mentions).sort((a, b) => a.index - b.index);
}
