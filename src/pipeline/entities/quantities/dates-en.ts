/**
 * Finds absolute English dates: "October 14", "Oct. 14, 2026", "14 October 2026", "March 2027",
 * "2026-10-14", "Q2 2027", "the second quarter of 2027", "H1 2027", "by 2030", "mid-2027", "next March".
 * Month names count only capitalised, so the verbs "may" and "march" never become dates.
 */
import type { Quantity } from '../types.js';
import { buildDate, nearestYear, type DateParts, type ReferenceDay } from './date-values.js';
import { governingTense } from './governing-tense.js';
import { ENGLISH_MONTHS } from './numerals.js';

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const YEAR_CONTEXT =
  /(?:\b(?:in|by|from|since|until|till|through|to|of|before|after|during|early|late|mid|end of|start of|beginning of|around|year|calendar|and|or)[\s-]+|[(–-])$/i;

interface Pattern {
  regex: RegExp;
  parts: (match: RegExpExecArray, reference: ReferenceDay | null) => DateParts | null;
  relative?: (match: RegExpExecArray) => boolean;
}

const monthOf = (name: string | undefined): number => ENGLISH_MONTHS[(name ?? '').toLowerCase()] ?? 0;
const fullYear = (text: string): number => (text.startsWith("'") ? 2000 + Number(text.slice(1)) : Number(text));

function withYear(
  year: string | undefined,
  parts: Omit<DateParts, 'year'>,
  reference: ReferenceDay | null,
  match: RegExpExecArray,
): DateParts | null {
  if (year) return { ...parts, year: fullYear(year) };
  if (parts.half !== undefined && reference) return { ...parts, year: latestHalfYear(parts.half, reference) };
  const resolved = reference
    ? nearestYear(parts, reference, governingTense(match.input, match.index, match.index + match[0].length))
    : null;
  return resolved === null ? null : { ...parts, year: resolved };
}

// A half with no year is the latest one begun by the reference, as in Chinese (上半年): news names a coming
// year's half outright ("the first half of next year"), so "the first half" in November is this year's.
function latestHalfYear(half: number, reference: ReferenceDay): number {
  return (half === 1 ? 1 : 7) <= reference.month ? reference.year : reference.year - 1;
}

// "next March" is the first March after the reference month; "last March" the latest one before it.
function modifiedMonth(modifier: string, month: number, reference: ReferenceDay | null): DateParts | null {
  if (!reference) return null;
  const word = modifier.toLowerCase();
  if (word === 'this') return { year: reference.year, month };
  if (word === 'next') return { year: month > reference.month ? reference.year : reference.year + 1, month };
  return { year: month < reference.month ? reference.year : reference.year - 1, month };
}

// "The first six months of this year" is the first half; "the first three months" the first quarter.
const SPAN_MONTHS: Readonly<Record<string, number>> = { three: 3, '3': 3, six: 6, '6': 6 };
const YEAR_SHIFT: Readonly<Record<string, number>> = { this: 0, last: -1, next: 1 };

function monthSpan(match: RegExpExecArray, reference: ReferenceDay | null): DateParts | null {
  const months = SPAN_MONTHS[match[2]!.toLowerCase()]!;
  const last = /^(last|final)$/i.test(match[1]!);
  // "The last six months" with no year after it is the trailing half-year, not the year's second half.
  if (last && !/\bof\b/i.test(match[0])) return null;
  const parts = months === 3 ? { quarter: last ? 4 : 1 } : { half: last ? 2 : 1 };
  if (match[4]) return { ...parts, year: fullYear(match[4]) };
  if (match[3]) return reference ? { ...parts, year: reference.year + YEAR_SHIFT[match[3].toLowerCase()]! } : null;
  return withYear(undefined, parts, reference, match);
}

const PATTERNS: Pattern[] = [
  {
    regex:
      /\b(first|opening|last|final)\s+(three|six|3|6)\s+months(?:\s+of\s+(?:the\s+)?(?:(this|last|next)\s+year|(?:year\s+)?(\d{4})))?/gi,
    parts: monthSpan,
    relative: (m) => m[3] !== undefined,
  },
  { regex: /\b(\d{4})-(\d{2})-(\d{2})(?![\d-])/g, parts: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) },
  {
    regex: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4})\\b)?`, 'g'),
    parts: (m, r) => withYear(m[3], { month: monthOf(m[1]), day: Number(m[2]) }, r, m),
  },
  {
    regex: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4})\\b)?`, 'g'),
    parts: (m, r) => withYear(m[3], { month: monthOf(m[2]), day: Number(m[1]) }, r, m),
  },
  { regex: new RegExp(`\\b${MONTH}(?:\\s+of)?,?\\s+(\\d{4})\\b`, 'g'), parts: (m) => ({ year: Number(m[2]), month: monthOf(m[1]) }) },
  {
    regex: /\b(?:Q([1-4])|([1-4])Q)(?:\s*(?:of\s+)?(\d{4}|'\d{2})|(?<=\dQ)(\d{2}))?\b/g,
    parts: (m, r) => withYear(m[3] ?? (m[4] ? `'${m[4]}` : undefined), { quarter: Number(m[1] ?? m[2]) }, r, m),
  },
  {
    regex: /\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?:\s+of)?(?:\s+(\d{4}))?/gi,
    parts: (m, r) => withYear(m[2], { quarter: ORDINALS[m[1]!.toLowerCase()]! }, r, m),
  },
  {
    regex: /\b(?:H([12])|([12])H)(?:\s*(\d{4}|'\d{2})|(?<=\dH)(\d{2}))?\b/g,
    parts: (m, r) => withYear(m[3] ?? (m[4] ? `'${m[4]}` : undefined), { half: Number(m[1] ?? m[2]) }, r, m),
  },
  {
    regex: /\b(first|second)[- ]half(?:\s+of)?(?:\s+(\d{4}))?/gi,
    parts: (m, r) => withYear(m[2], { half: m[1]!.toLowerCase() === 'first' ? 1 : 2 }, r, m),
  },
  {
    regex: new RegExp(
      `\\b(last|next|this|in|by|from|since|until|through|before|after|during|early|late|mid|of)[\\s-]+${MONTH}\\b(?![\\s,]+\\d)`,
      'gi',
    ),
    parts: (m, r) =>
      /^(last|next|this)$/i.test(m[1]!) ? modifiedMonth(m[1]!, monthOf(m[2]), r) : withYear(undefined, { month: monthOf(m[2]) }, r, m),
    relative: (m) => /^(last|next|this)$/i.test(m[1]!),
  },
];

const CAPITALISED_MONTH = new RegExp(`\\b${MONTH}`);
const MONTH_WORD = new RegExp(`\\b${MONTH}`, 'i');

function yearQuantities(text: string, out: Quantity[]): void {
  for (const match of text.matchAll(/(?<![\d.,$€£¥万萬亿億千百十])\b(19\d\d|20\d\d|2100)\b(?![s'’]|[.,]\d|-\d|:\d)/g)) {
    const start = match.index!;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(start + 4, start + 6);
    if (/fiscal\s$|FY\s?$/i.test(before)) continue; // fiscal years are not calendar years
    if (!YEAR_CONTEXT.test(before) && !/^(?:[.,;:)!?]|$|\s[–-]|\s?$)/.test(after)) continue;
    const quantity = buildDate(text, start, start + 4, { year: Number(match[1]) });
    if (quantity) out.push(quantity);
  }
}

/** Appends the absolute (and month-relative) English dates of `text` to `out`, most specific first. */
export function findEnglishDates(text: string, reference: ReferenceDay | null, out: Quantity[]): void {
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let match = pattern.regex.exec(text); match; match = pattern.regex.exec(text)) {
      // Month names must be capitalised even in the case-insensitive patterns ("in may" is not May).
      if (pattern.regex.flags.includes('i') && /[a-z]/i.test(match[0]) && MONTH_WORD.test(match[0]) && !CAPITALISED_MONTH.test(match[0]))
        continue;
      const parts = pattern.parts(match, reference);
      if (!parts) continue;
      const quantity = buildDate(text, match.index, match.index + match[0].length, parts, pattern.relative?.(match) ?? false);
      if (quantity) out.push(quantity);
    }
  }
  yearQuantities(text, out);
}
