/** Small text formatters the pages share: counts with nouns, dates for people and machines. */
export { joinSentences, joinsWithoutSpace } from '../../../pipeline/segment/index.js';

/** Returns "1 article" / "3 articles". */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}

// Fixed English month names: ICU versions disagree ("Sep" or "Sept"), and pages must not change with them.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function utc(iso: string | null): Date | null {
  const time = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(time) ? null : new Date(time);
}

/** Returns "6 Nov 2026" for an ISO instant (UTC), or an empty string when it does not parse. */
export function formatDay(iso: string | null): string {
  const date = utc(iso);
  return date ? `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` : '';
}

/** Returns "6 Nov, 21:00 UTC". */
export function formatDayTime(iso: string | null): string {
  const date = utc(iso);
  if (!date) return '';
  const time = `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}, ${time} UTC`;
}

/** Formats a timeline date at its precision: "2026" · "Jul 2026" · "6 Nov 2026". */
export function formatPartialDate(date: string, precision: 'day' | 'month' | 'year'): string {
  if (precision === 'year') return date.slice(0, 4);
  const parsed = utc(precision === 'month' ? `${date.slice(0, 7)}-01T00:00:00Z` : `${date.slice(0, 10)}T00:00:00Z`);
  if (!parsed) return date;
  return precision === 'month' ? `${MONTHS[parsed.getUTCMonth()]} ${parsed.getUTCFullYear()}` : formatDay(parsed.toISOString());
}

/** Parses a positive page number from a query value, defaulting to 1. */
export function pageNumber(value: string | undefined): number {
  const page = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1;
}

/**
 * What the verifier's share says to a reader. Every published sentence passed the verifier (the ones that
 * did not were dropped before publishing), so the share describes the draft, not the page.
 */
export function verificationNote(groundedShare: number | null): string {
  if (groundedShare === null) return '';
  const dropped = Math.round((1 - groundedShare) * 100);
  if (groundedShare >= 1) return 'every sentence verified against its sources';
  return `every sentence verified against its sources (${dropped > 0 ? `${dropped}%` : 'under 1%'} of the draft dropped as unsupported)`;
}
