/** The page cache as Hono middleware: stores rendered pages that are the same for every reader, serves hits. */
import type { MiddlewareHandler } from 'hono';
import '../security/context-keys.js';
import type { PageStore } from './page-store.js';

const CACHED_TYPES = /^(text\/html|application\/(json|rss\+xml|atom\+xml|feed\+json|xml)|text\/xml)/;

function storable(response: Response): boolean {
  const control = response.headers.get('cache-control') ?? '';
  return (
    response.status === 200 &&
    !response.headers.has('set-cookie') &&
    !/no-store|private/.test(control) &&
    CACHED_TYPES.test(response.headers.get('content-type') ?? '')
  );
}

// Buffer.from allocates plain ArrayBuffers (never shared ones), which is what Response takes: no copy is needed.
const bytes = (body: Buffer) => body as Uint8Array<ArrayBuffer>;

/** Returns the middleware; mount it after the security middleware and before the page routes. */
export function pageCache(store: PageStore): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      // A form or API write through this server shows on the next page at once, not after the next version check.
      try {
        await next();
      } finally {
        store.dataWritten();
      }
      return;
    }
    if (!store.accepts(c.req.method, c.req.path, c.req.header('cookie'), c.req.header('origin'))) return next();
    const key = c.req.url.slice(c.req.url.indexOf('/', 8));
    const version = store.version();
    const storedAt = performance.now();
    const found = store.find(key, version);
    if (found) return c.body(bytes(found.body), 200, found.headers);
    await next();
    // A page holding this reader's CSRF token (it may set no cookie when the reader has one) is theirs alone.
    if (!storable(c.res) || c.get('gwCsrfUsed') === true) return;
    const response = c.res;
    const entry = store.entry(await response.text(), response.headers, version, storedAt);
    store.remember(key, entry);
    c.res = undefined;
    c.res = new Response(bytes(entry.body), { status: response.status, headers: response.headers });
  };
}
