/** A source is one feed Groundwire follows, with its labels and its fetch health. */

export interface SourceHealth {
  lastCheckAt: string | null;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  /** Plain sentence for people, e.g. "The server returned HTML, not a feed". */
  lastError: string | null;
  consecutiveFailures: number;
  nextCheckAt: string | null;
  /** Plain sentence when the last fetch worked but the feed was damaged (recovered in part). */
  lastWarning: string | null;
}

export interface HttpValidators {
  etag: string | null;
  lastModified: string | null;
}

export interface Source {
  id: string;
  name: string;
  feedUrl: string;
  homepage: string | null;
  region: string | null;
  language: string | null;
  boards: string[];
  enabled: boolean;
  /** Why the source was disabled (e.g. the feed answered 410 Gone). */
  disabledReason: string | null;
  /** Per-source refresh interval override, in minutes. */
  refreshMinutes: number | null;
  createdAt: string;
  health: SourceHealth;
  validators: HttpValidators;
}

export interface NewSource {
  name: string;
  feedUrl: string;
  homepage?: string | null;
  region?: string | null;
  language?: string | null;
  boards?: string[];
  refreshMinutes?: number | null;
  id?: string;
}

/** Turns a name into a readable source id ("The Compute Ledger" → "the-compute-ledger"). */
export function slugifySourceName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length > 0 ? slug.slice(0, 60) : 'source';
}
