/**
 * The rendered-page store: pages rendered once per data version, kept as UTF-8 bytes, served until the
 * data changes (any database commit) or the entry ages out (pages say "19m ago", so they must not live
 * long). A cached page is the same bytes for every reader: pages that carry a reader's own token (admin)
 * are never stored. Shared by the Hono middleware and the Node fast path.
 */

export interface PageCacheOptions {
  /** Returns the current data version; entries made under another version are not served. */
  version: () => string;
  /** Milliseconds an entry may be served at most (relative times on pages drift). */
  maxAgeMs?: number;
  maxEntries?: number;
  /** Paths never cached (admin pages, health). */
  skip?: (path: string) => boolean;
  /** Milliseconds a data version read is reused: another process's commit shows within this time, a write through this server at once. */
  versionCheckMs?: number;
  /**
   * Milliseconds a page stays servable after another process's commit: a pipeline pass commits many times a
   * second, and re-rendering on each one kept the server busy rendering. A write through this server ends it at once.
   */
  settleMs?: number;
}

export interface CachedPage {
  version: string;
  storedAt: number;
  /** The body as UTF-8. Bytes, because Node writes a Buffer as is but must re-encode a string with any
   * non-ASCII character on every response (a third of the throughput). */
  body: Buffer;
  /** The response headers of a hit, with Content-Length. */
  headers: Record<string, string>;
  /** The same as name, value pairs, ready for the fast path's writeHead (built once, not per response). */
  hitHeaders: string[];
}

// Only our own CSRF cookie leaves a page the same for everyone; any other cookie (a session) may change it.
const ONLY_CSRF_COOKIE = /^\s*gw_csrf=[^;]*;?\s*$/;

/** Holds rendered pages by path and query, least recently used evicted first. */
export class PageStore {
  private readonly entries = new Map<string, CachedPage>();
  private readonly maxAgeMs: number;
  private readonly maxEntries: number;
  private readonly versionCheckMs: number;
  private currentVersion = '';
  private versionReadAt = Number.NEGATIVE_INFINITY;
  private readonly settleMs: number;
  private localWriteAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: PageCacheOptions) {
    this.maxAgeMs = options.maxAgeMs ?? 15_000;
    this.maxEntries = options.maxEntries ?? 500;
    this.versionCheckMs = options.versionCheckMs ?? 10;
    this.settleMs = options.settleMs ?? 1000;
  }

  /** Tells whether a request may be answered from (and its answer stored in) the cache. */
  accepts(method: string, path: string, cookie: string | undefined, origin: string | undefined): boolean {
    // Cross-origin requests may get CORS headers chosen for their origin: never share those.
    if (method !== 'GET' || origin !== undefined || this.options.skip?.(path)) return false;
    return cookie === undefined || ONLY_CSRF_COOKIE.test(cookie);
  }

  /** Returns the current data version (read once per request, before rendering). */
  version(): string {
    // Reading it stats the database files, which cost a cached page a tenth of its speed when done per request.
    const now = performance.now();
    if (now - this.versionReadAt >= this.versionCheckMs) {
      this.currentVersion = this.options.version();
      this.versionReadAt = now;
    }
    return this.currentVersion;
  }

  /** Makes the next request read the data version afresh (this server just handled a write). */
  dataWritten(): void {
    this.versionReadAt = Number.NEGATIVE_INFINITY;
    this.localWriteAt = performance.now();
  }

  /** Returns the fresh entry for `key` (path and query) under `version`, or null. */
  find(key: string, version: string): CachedPage | null {
    const found = this.entries.get(key);
    if (!found) return null;
    const age = performance.now() - found.storedAt;
    if (age >= this.maxAgeMs) return null;
    if (found.version !== version && (age >= this.settleMs || found.storedAt <= this.localWriteAt)) return null;
    // Re-insert so the Map's order is least recently used first.
    this.entries.delete(key);
    this.entries.set(key, found);
    return found;
  }

  /** Builds an entry from a rendered body and its headers. */
  entry(text: string, headers: Headers, version: string, storedAt: number): CachedPage {
    const body = Buffer.from(text);
    const hit = { ...Object.fromEntries(headers), 'content-length': String(body.byteLength), 'x-page-cache': 'hit' };
    return { version, storedAt, body, headers: hit, hitHeaders: Object.entries(hit).flat() };
  }

  /** Stores an entry, evicting the least recently used beyond the limit. */
  remember(key: string, page: CachedPage): void {
    this.entries.delete(key);
    this.entries.set(key, page);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }
}
