/** The web application: security headers, static assets and the page routes. */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { mountAdmin } from './admin/admin-routes.js';
import { mountApi } from './api/api-routes.js';
import { mountFeeds } from './feeds/feed-routes.js';
import { mountBoardPages } from './boards/board-page.js';
import { mountFeedbackRoute } from './feedback/feedback-route.js';
import { mountHealthRoute } from './health/health-route.js';
import { html } from './html.js';
import { layout } from './layout.js';
import { mountRecapPage } from './recap/recap-page.js';
import { mountSearchPage } from './search/search-page.js';
import { mountSourcesPage } from './sources/sources-page.js';
import { mountSecurity } from './security/mount.js';
import { mountStoryPage } from './story/story-page.js';
import { mountVersionsPage } from './story/versions-page.js';
import type { WebContext } from './web-context.js';
import { useTaxonomy } from './views/names.js';

const STYLESHEET = readFileSync(new URL('./assets/app.css', import.meta.url), 'utf8');
const ICON = readFileSync(new URL('./assets/icon.svg', import.meta.url), 'utf8');
const SCRIPT = readFileSync(new URL('./assets/app.js', import.meta.url), 'utf8');

const SECURITY_HEADERS: Record<string, string> = {
  // No inline script anywhere: pages work without script; the one enhancement script is a file from /assets.
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};

/** Builds the Hono app for the given context. */
export function createWebApp(context: WebContext): Hono {
  useTaxonomy(context.taxonomy);
  const app = new Hono();
  app.use('*', async (c, next) => {
    const started = performance.now();
    // Set before the handler: a header added once a response exists makes Hono re-wrap its body as a
    // stream, which costs the server about half its throughput (bench/web.ts).
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
    await next();
    context.logger.debug('request-served', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      duration_ms: Math.round(performance.now() - started),
    });
  });
  mountSecurity(app, context);
  app.get('/assets/app.css', (c) =>
    c.body(STYLESHEET, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }),
  );
  app.get('/assets/icon.svg', (c) => c.body(ICON, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' }));
  app.get('/assets/app.js', (c) =>
    c.body(SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' }),
  );
  app.get('/favicon.ico', (c) => c.redirect('/assets/icon.svg', 301));
  mountHealthRoute(app, context);
  mountBoardPages(app, context);
  mountStoryPage(app, context);
  mountVersionsPage(app, context);
  mountFeedbackRoute(app, context);
  mountRecapPage(app, context);
  mountSourcesPage(app, context);
  mountSearchPage(app, context);
  mountFeeds(app, context);
  mountApi(app, context);
  mountAdmin(app, context);
  app.notFound((c) =>
    c.html(
      layout(
        { title: 'Not found' },
        html`<h1>Not found</h1>
          <p>No page here. <a href="/">Back to Latest</a>.</p>`,
      ),
      404,
    ),
  );
  app.onError((error, c) => {
    context.logger.error('request-failed', { path: c.req.path, error });
    return c.html(
      layout(
        { title: 'Error' },
        html`<h1>Something went wrong</h1>
          <p>The error was logged. Try again in a moment.</p>`,
      ),
      500,
    );
  });
  return app;
}
