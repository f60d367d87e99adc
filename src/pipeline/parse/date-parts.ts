/** Shared vocabulary of the date readers: the parts a reader extracts, its verdict, and zone lookup. */
import { ZONES } from './date-words.js';

export interface DateContext {
  /** The feed's language (e.g. "zh-cn"), used to place zone-less local times. */
  language?: string | null;
  /** The form the format prescribes (RSS: RFC 822; Atom, JSON Feed: RFC 3339; Dublin Core: W3CDTF); other forms are read but noted. */
  expected?: 'rfc822' | 'rfc3339' | 'w3cdtf';
}

/** The fields of a date as written, before conversion to an instant. */
export interface DateParts {
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
export type Attempt = DateParts | { reason: string } | null;

/** Shortens a date for a warning message. */
export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Returns the primary language subtag of the context ("zh" for "zh-CN"). */
export function languageKey(context: DateContext): string {
  return (context.language ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Returns minutes east of UTC for a zone abbreviation or numeric offset, or null when unknown. */
export function zoneOffset(name: string, context: DateContext): number | null {
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
