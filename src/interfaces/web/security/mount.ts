/**
 * Installs what every route relies on: the cross-origin check on state-changing requests, the CSRF guard
 * bound to the app's secret (admin forms), then the rendered-page cache.
 */
import type { Hono } from 'hono';
import { pageCache } from '../cache/page-cache.js';
import { PageStore } from '../cache/page-store.js';
import type { WebContext } from '../web-context.js';
import { crossOriginProtection, trustedOriginsOf } from './cross-origin.js';
import { type CsrfGuard, createCsrfGuard } from './csrf.js';
import { deriveKey } from './secrets.js';
import './context-keys.js';

/** Returns a CSRF guard keyed from sessionSecret (or the process secret when unset). */
export function csrfGuardFor(context: WebContext): CsrfGuard {
  return createCsrfGuard(deriveKey(context.site?.sessionSecret, 'csrf'));
}

// Admin pages depend on the session and health on live state: neither may come from the cache.
const UNCACHED = (path: string) => path === '/admin' || path.startsWith('/admin/') || path === '/healthz';
// The page store of each app, so the server can answer cache hits before the app runs.
const STORES = new WeakMap<Hono, PageStore>();

/** Returns the app's page store, when it has one (the context could tell data versions). */
export function pageStoreOf(app: Hono): PageStore | undefined {
  return STORES.get(app);
}

/** Mounts the security middleware and, when the context can tell data versions, the page cache; mount before the routes. */
export function mountSecurity(app: Hono, context: WebContext): void {
  app.use('*', crossOriginProtection(trustedOriginsOf(context.site?.publicUrl)));
  const guard = csrfGuardFor(context);
  app.use('*', async (c, next) => {
    c.set('gwCsrf', guard);
    await next();
  });
  if (!context.dataVersion) return;
  const store = new PageStore({ version: context.dataVersion, skip: UNCACHED });
  STORES.set(app, store);
  app.use('*', pageCache(store));
}
