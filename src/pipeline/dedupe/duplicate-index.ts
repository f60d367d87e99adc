/** A time-windowed index of recent articles that finds the same article under another URL or another outlet. */
import { canonicalizeUrl } from '../../shared/url.js';
import { DEFAULT_WINDOW_DAYS, DUPLICATE_JACCARD, MIN_SHINGLES } from './dedupe-settings.js';
import { bandKeys, estimateJaccard, minhashSignature } from './minhash.js';
import { shingleHashes } from './shingles.js';
import type { DedupeDocument, DedupeEntry, DedupeOptions, DedupeSnapshot, DuplicateMatch, PublishedCopy } from './types.js';

const DAY_MS = 86_400_000;

/** The dedupe index: look up, add, list copies, serialise. */
export interface DuplicateIndex {
  /** Returns the original this document copies, or null; changes nothing. */
  lookup(document: DedupeDocument): DuplicateMatch | null;
  /** Records the document: as a copy of its original when it is one (returned), else as a new original. */
  add(document: DedupeDocument): DuplicateMatch | null;
  /** Lists the copies folded into an original. */
  copiesOf(articleId: string): PublishedCopy[];
  /** Lists the other outlets that published an original ("also published by"), without repeats. */
  alsoPublishedBy(articleId: string): string[];
  /** Returns the JSON-serialisable state (articles inside the window only). */
  snapshot(): DedupeSnapshot;
  /** Counts the originals held. */
  size(): number;
}

interface Prepared {
  urls: string[];
  signature: number[] | null;
  time: number | null;
}

function prepare(document: DedupeDocument): Prepared {
  const canonical = document.url ? canonicalizeUrl(document.url) : null;
  // The body alone: syndication partners often rewrite the headline of a copy they keep word for word.
  const shingles = shingleHashes(document.text);
  const signature = shingles.size >= MIN_SHINGLES ? minhashSignature(shingles) : null;
  const parsed = document.published ? Date.parse(document.published) : NaN;
  return { urls: canonical ? [canonical] : [], signature, time: Number.isNaN(parsed) ? null : parsed };
}

class WindowedDuplicateIndex implements DuplicateIndex {
  private readonly windowMs: number;
  private readonly threshold: number;
  /** Insertion order doubles as age order: articles arrive roughly by date, so eviction scans from the front. */
  private readonly entries = new Map<string, DedupeEntry>();
  private readonly byUrl = new Map<string, string>();
  private readonly byBand = new Map<string, Set<string>>();
  private newest: number;

  constructor(options: DedupeOptions, snapshot?: DedupeSnapshot) {
    this.windowMs = (options.windowDays ?? DEFAULT_WINDOW_DAYS) * DAY_MS;
    this.threshold = options.threshold ?? DUPLICATE_JACCARD;
    this.newest = snapshot?.newest ?? 0;
    for (const entry of snapshot?.entries ?? []) this.index(entry);
  }

  lookup(document: DedupeDocument): DuplicateMatch | null {
    return this.match(prepare(document));
  }

  add(document: DedupeDocument): DuplicateMatch | null {
    const prepared = prepare(document);
    const time = prepared.time ?? this.newest;
    this.newest = Math.max(this.newest, time);
    const found = this.match(prepared);
    const original = found ? this.entries.get(found.articleId) : undefined;
    if (found && original) this.fold(original, document, prepared, found);
    else
      this.index({
        id: document.id,
        time,
        source: document.source ?? null,
        urls: prepared.urls,
        signature: prepared.signature,
        copies: [],
      });
    this.evict();
    return found;
  }

  copiesOf(articleId: string): PublishedCopy[] {
    return [...(this.entries.get(articleId)?.copies ?? [])];
  }

  alsoPublishedBy(articleId: string): string[] {
    const entry = this.entries.get(articleId);
    if (!entry) return [];
    const sources = entry.copies.map((copy) => copy.source).filter((source): source is string => !!source && source !== entry.source);
    return [...new Set(sources)];
  }

  snapshot(): DedupeSnapshot {
    return { version: 1, newest: this.newest, entries: [...this.entries.values()].map((entry) => structuredClone(entry)) };
  }

  size(): number {
    return this.entries.size;
  }

  private fold(original: DedupeEntry, document: DedupeDocument, prepared: Prepared, found: DuplicateMatch): void {
    original.copies.push({ articleId: document.id, source: document.source ?? null, url: prepared.urls[0] ?? null, reason: found.reason });
    // The copy's own URL points at the original too, so a repost of the copy folds in as well.
    for (const url of prepared.urls.filter((candidate) => !this.byUrl.has(candidate))) {
      original.urls.push(url);
      this.byUrl.set(url, original.id);
    }
  }

  private index(entry: DedupeEntry): void {
    this.entries.set(entry.id, entry);
    for (const url of entry.urls) this.byUrl.set(url, entry.id);
    if (!entry.signature) return;
    for (const key of bandKeys(entry.signature)) {
      const bucket = this.byBand.get(key) ?? new Set<string>();
      bucket.add(entry.id);
      this.byBand.set(key, bucket);
    }
  }

  private unindex(entry: DedupeEntry): void {
    this.entries.delete(entry.id);
    for (const url of entry.urls) if (this.byUrl.get(url) === entry.id) this.byUrl.delete(url);
    if (!entry.signature) return;
    for (const key of bandKeys(entry.signature)) {
      const bucket = this.byBand.get(key);
      bucket?.delete(entry.id);
      if (bucket?.size === 0) this.byBand.delete(key);
    }
  }

  private evict(): void {
    for (const entry of this.entries.values()) {
      if (entry.time >= this.newest - this.windowMs) break;
      this.unindex(entry);
    }
  }

  private match(prepared: Prepared): DuplicateMatch | null {
    for (const url of prepared.urls) {
      const id = this.byUrl.get(url);
      if (id) return { articleId: id, reason: 'url', similarity: 1 };
    }
    return prepared.signature ? matchText(prepared.signature, this.byBand, this.entries, this.threshold) : null;
  }
}

/** Creates an index, empty or restored from a snapshot. */
export function createDuplicateIndex(options: DedupeOptions = {}, snapshot?: DedupeSnapshot): DuplicateIndex {
  return new WindowedDuplicateIndex(options, snapshot);
}

/** Finds the most similar indexed text among the LSH candidates, if it clears the threshold. */
function matchText(
  signature: number[],
  byBand: Map<string, Set<string>>,
  entries: Map<string, DedupeEntry>,
  threshold: number,
): DuplicateMatch | null {
  let best: DuplicateMatch | null = null;
  const seen = new Set<string>();
  for (const key of bandKeys(signature)) {
    for (const id of byBand.get(key) ?? []) {
      if (seen.has(id)) continue;
      seen.add(id);
      const other = entries.get(id)?.signature;
      const similarity = other ? estimateJaccard(signature, other) : 0;
      if (similarity >= threshold && (!best || similarity > best.similarity)) best = { articleId: id, reason: 'text', similarity };
    }
  }
  return best;
}
