/** The page cache as Hono middleware: renders misses with a CSRF placeholder, stores them, serves hits. */
import type { MiddlewareHandler } from 'hono';
import '../security/context-keys.js';
import { type PageStore, assemble } from './page-store.js';

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
    if (found)
      return c.body(
        assemble(found.chunks, () => store.guard.token(c)),
        200,
        { ...found.headers, 'x-page-cache': 'hit' },
      );
    c.set('gwCsrfDeferred', true);
    await next();
    c.set('gwCsrfDeferred', false);
    const usesCsrf = c.get('gwCsrfUsed') === true;
    if (!storable(c.res) && !usesCsrf) return;
    const response = c.res;
    const entry = store.entry(await response.text(), response.headers, version, storedAt);
    if (storable(response)) store.remember(key, entry);
    // The token sets its cookie on the handler's response headers, which the new response reuses.
    const body = assemble(entry.chunks, () => store.guard.token(c));
    response.headers.delete('content-length');
    c.res = undefined;
    c.res = new Response(body, { status: response.status, headers: response.headers });
  };
}
