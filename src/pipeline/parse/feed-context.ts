/** What every adapter shares while reading one feed: the base URL, the feed language, and one warning log. */
import type { ParsedFeed } from '../../domain/feed.js';
import { parseDate, type DateContext } from './dates.js';

/** Enough distinct warnings to diagnose any feed without letting a hostile one flood the result. */
const MAX_DISTINCT_WARNINGS = 50;

/** Collects warnings, counting repeats instead of listing each item that has the same problem. */
export class WarningLog {
  private readonly counts = new Map<string, number>();

  /** Records one warning. */
  add(message: string): void {
    const count = this.counts.get(message);
    if (count !== undefined) this.counts.set(message, count + 1);
    else if (this.counts.size < MAX_DISTINCT_WARNINGS) this.counts.set(message, 1);
  }

  /** Records several warnings. */
  addAll(messages: readonly string[]): void {
    for (const message of messages) this.add(message);
  }

  /** Lists the warnings, each once, with its count when it repeated. */
  list(): string[] {
    return [...this.counts].map(([message, count]) => (count > 1 ? `${message} (${count} times)` : message));
  }
}

/** What a format adapter returns: the feed minus the facts index.ts adds (encoding, well-formedness, warnings). */
export type AdaptedFeed = Omit<ParsedFeed, 'wellFormed' | 'warnings' | 'encoding'>;

export interface FeedContext {
  /** The feed's own URL, the last resort for resolving relative links. */
  url: string | null;
  /** The feed language once known, used to place zone-less dates. */
  language: string | null;
  warnings: WarningLog;
}

/** Creates the context for one feed. */
export function createContext(url: string | null | undefined, warnings: WarningLog): FeedContext {
  return { url: url ?? null, language: null, warnings };
}

/** Parses a date field, logging why it was null or what was assumed, prefixed by the field's name. */
export function readDate(
  context: FeedContext,
  field: string,
  raw: string | null | undefined,
  expected?: DateContext['expected'],
): string | null {
  const parsed = parseDate(raw, { language: context.language, ...(expected ? { expected } : {}) });
  for (const warning of parsed.warnings) context.warnings.add(`${field}: ${warning}`);
  return parsed.iso;
}
