/**
 * The rendered-page store: pages rendered once per data version, kept as UTF-8 bytes split where
 * CSRF tokens go, served until the data changes (any database commit) or the entry ages out
 * (pages say "19m ago", so they must not live long). Shared by the Hono middleware and the Node fast path.
 */
import { CSRF_PLACEHOLDER, type CsrfGuard } from '../security/csrf.js';
import { type CopyBudget, type FilledCopies, copyBudget } from './filled-copies.js';

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
  /** Bytes the whole-page copies that carry readers' tokens may hold together (cache/filled-copies.ts). */
  copyBudgetBytes?: number;
}

export interface CachedPage {
  version: string;
  storedAt: number;
  /** The body as UTF-8, split where CSRF tokens go. Bytes, because Node writes a Buffer as is but must
   * re-encode a string with any non-ASCII character on every response (a third of the throughput). */
  chunks: Buffer[];
  /** Response headers without Content-Length (the token's length differs from the placeholder's). */
  headers: Record<string, string>;
  /** The headers of a hit as name, value pairs, ready for writeHead (the fast path adds Content-Length and a cookie). */
  hitHeaders: string[];
  /** Bytes in the chunks together. */
  bodyLength: number;
  /** Reusable whole copies for pages with tokens, made on the first hit that needs one. */
  copies?: FilledCopies;
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
  /** Shared by the pages' reusable copies. */
  readonly copyBudget: CopyBudget;

  constructor(
    readonly guard: CsrfGuard,
    private readonly options: PageCacheOptions,
  ) {
    this.maxAgeMs = options.maxAgeMs ?? 15_000;
    this.maxEntries = options.maxEntries ?? 500;
    this.versionCheckMs = options.versionCheckMs ?? 10;
    this.settleMs = options.settleMs ?? 1000;
    this.copyBudget = copyBudget(options.copyBudgetBytes ?? 32 * 1024 * 1024);
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
  entry(body: string, headers: Headers, version: string, storedAt: number): CachedPage {
    const copy = Object.fromEntries(headers);
    delete copy['content-length'];
    const chunks = body.split(CSRF_PLACEHOLDER).map((part) => Buffer.from(part));
    const hitHeaders = Object.entries({ ...copy, 'x-page-cache': 'hit' }).flat();
    const bodyLength = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
    return { version, storedAt, chunks, headers: copy, hitHeaders, bodyLength };
  }

  /** Stores an entry, evicting the least recently used beyond the limit. */
  remember(key: string, page: CachedPage): void {
    this.forget(key);
    this.entries.set(key, page);
    if (this.entries.size > this.maxEntries) this.forget(this.entries.keys().next().value as string);
  }

  private forget(key: string): void {
    this.entries.get(key)?.copies?.release();
    this.entries.delete(key);
  }
}

/** Joins a page's chunks with this reader's token (computed only when the page has a form). */
export function assemble(chunks: readonly Buffer[], token: () => string): Uint8Array<ArrayBuffer> {
  const separator = chunks.length > 1 ? Buffer.from(token()) : null;
  const body = separator ? Buffer.concat(chunks.flatMap((chunk, i) => (i === 0 ? [chunk] : [separator, chunk]))) : (chunks[0] as Buffer);
  // Buffer.from and Buffer.concat allocate plain ArrayBuffers (never shared ones), which is what Response takes.
  return body as Uint8Array<ArrayBuffer>;
}
