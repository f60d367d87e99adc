/** The comparison model every parser's output is mapped to, and the normalisers the scorers apply to both sides. */
import { Parser } from 'htmlparser2';

const BLOCKS = new Set(['p', 'div', 'br', 'li', 'tr', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'figure', 'hr']);

/** Reduces HTML to text: the scorer's own normaliser, applied alike to expected values and every parser's output. */
function stripHtml(html: string): string {
  if (!/[<&]/.test(html)) return html;
  let text = '';
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag: (name) => {
        if (name === 'script' || name === 'style') skipping++;
        else if (BLOCKS.has(name)) text += ' ';
      },
      onclosetag: (name) => {
        if (name === 'script' || name === 'style') skipping = Math.max(0, skipping - 1);
        else if (BLOCKS.has(name)) text += ' ';
      },
      ontext: (data) => {
        if (skipping === 0) text += data;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return text;
}

export interface CommonPerson {
  name: string | null;
  email: string | null;
}

export interface CommonEnclosure {
  url: string;
  type: string | null;
  length: number | null;
}

export interface CommonItem {
  guid: string | null;
  title: string | null;
  link: string | null;
  published: string | null;
  updated: string | null;
  authors: CommonPerson[];
  summary: string | null;
  content: string | null;
  categories: string[];
  enclosures: CommonEnclosure[];
}

export interface CommonFeed {
  /** "rss" | "atom" | "json" in gofeed's vocabulary (RDF counts as rss); null when the parser does not say. */
  feedType: string | null;
  version: string | null;
  title: string | null;
  link: string | null;
  feedUrl: string | null;
  description: string | null;
  language: string | null;
  authors: CommonPerson[];
  items: CommonItem[];
  /** The parser said the document was broken (our wellFormed; peers that read it at all say yes). */
  wellFormed: boolean;
  /** The parser said something was wrong (not well-formed, or warnings). */
  flagged: boolean;
}

export type RunOutcome =
  { ok: true; feed: CommonFeed; milliseconds: number } | { ok: false; error: string; crashed: boolean; milliseconds: number };

/** A parser under evaluation: ours or a peer, mapped to the common model. */
export interface FeedRunner {
  name: string;
  /** Fields the parser's model has no place for; scorers skip them for this parser. */
  lacks: ReadonlySet<string>;
  run(bytes: Buffer, url: string | null, decodeAs?: BufferEncoding): Promise<RunOutcome>;
}

/** Collapses whitespace; null when empty. */
export function normSpace(value: string | null | undefined): string | null {
  if (value == null) return null;
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** Reduces HTML or text to comparable plain text (tags dropped, entities decoded, whitespace collapsed). */
export function normText(value: string | null | undefined): string | null {
  return value == null ? null : normSpace(stripHtml(value));
}

/** Compares texts, letting U+FFFD in the expected text stand for any one character (mis-decoded goldens). */
export function sameText(expected: string | null, actual: string | null): boolean {
  if (expected === null || actual === null) return expected === actual;
  if (!expected.includes('\uFFFD')) return expected === actual;
  const pattern = expected
    .split('\uFFFD')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.');
  return new RegExp(`^${pattern}$`, 'su').test(actual);
}

/** Compares URLs after WHATWG normalisation; a relative expected URL agrees when it resolves to ours. */
export function sameUrl(expected: string | null, actual: string | null): boolean {
  const left = normSpace(expected);
  const right = normSpace(actual);
  if (left === null || right === null) return left === right;
  if (left === right) return true;
  try {
    return new URL(left, right).toString() === new URL(right).toString();
  } catch {
    return false;
  }
}

/** Compares instants to the second (our dates carry no milliseconds). */
export function sameInstant(expected: string | null, actual: string | null): boolean {
  if (!expected || !actual) return !expected && !actual;
  const left = Date.parse(expected);
  const right = Date.parse(actual);
  return Number.isFinite(left) && Number.isFinite(right) && Math.floor(left / 1000) === Math.floor(right / 1000);
}

/** Compares lists as sets of normalised strings. */
export function sameSet(expected: string[], actual: string[]): boolean {
  const left = new Set(expected.map((value) => normSpace(value)).filter(Boolean));
  const right = new Set(actual.map((value) => normSpace(value)).filter(Boolean));
  return left.size === right.size && [...left].every((value) => right.has(value));
}

/** Converts a date string to an ISO instant the way a JS consumer would, or null. */
export function jsDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.toISOString() : null;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const time = Date.parse(value.trim());
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

/** Counts agreement per field name. */
export class FieldTally {
  readonly fields = new Map<string, { agree: number; total: number }>();

  /** Records one comparison. */
  add(field: string, agree: boolean): void {
    const entry = this.fields.get(field) ?? { agree: 0, total: 0 };
    entry.total++;
    if (agree) entry.agree++;
    this.fields.set(field, entry);
  }

  /** Sums every field. */
  totals(): { agree: number; total: number } {
    let agree = 0;
    let total = 0;
    for (const entry of this.fields.values()) {
      agree += entry.agree;
      total += entry.total;
    }
    return { agree, total };
  }

  /** Agreement per field as percentages. */
  toJson(): Record<string, { agree: number; total: number; percent: number }> {
    const out: Record<string, { agree: number; total: number; percent: number }> = {};
    for (const [field, entry] of [...this.fields].sort(([a], [b]) => a.localeCompare(b))) {
      out[field] = { ...entry, percent: percent(entry.agree, entry.total) };
    }
    return out;
  }
}

/** Returns a percentage with one decimal. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}
