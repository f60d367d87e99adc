/** Normalises the date strings pages declare (ISO 8601, RFC 2822, day.month.year) to UTC ISO 8601. */

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;
const DOTTED = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?/;
const MIN_YEAR = 1990;

function offsetMinutes(zone: string | undefined): number {
  if (!zone || /^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

function build(parts: Array<string | undefined>, zone?: string): string | null {
  const [year, month, day, hour, minute, second] = [0, 1, 2, 3, 4, 5].map((index) => Number(parts[index] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const time = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes(zone) * 60_000;
  return plausible(time) ? new Date(time).toISOString() : null;
}

// Dates before the web or more than two days ahead are template defaults or typos, not publication times.
function plausible(time: number): boolean {
  return Number.isFinite(time) && new Date(time).getUTCFullYear() >= MIN_YEAR && time < Date.now() + 2 * 86_400_000;
}

/** Returns the date as UTC ISO 8601 (a date without time becomes midnight UTC), or null when unreadable. */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const iso = ISO.exec(trimmed);
  if (iso) return build(iso.slice(1, 7), iso[7]);
  const compact = COMPACT.exec(trimmed);
  if (compact) return build(compact.slice(1, 7));
  const dotted = DOTTED.exec(trimmed);
  if (dotted) return build([dotted[3], dotted[2], dotted[1], dotted[4], dotted[5]]);
  if (!/[a-z]{3}/i.test(trimmed) || trimmed.length > 60) return null;
  const parsed = Date.parse(trimmed);
  return plausible(parsed) ? new Date(parsed).toISOString() : null;
}
