/** /api/v1: read-only JSON over stories, briefs, sources and search; errors are JSON; CORS only when configured. */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { siteBaseUrl } from '../feeds/base-url.js';
import type { WebContext } from '../web-context.js';
import { openApiDocument } from './openapi.js';
import { mountSourcesApi } from './sources-api.js';
import { mountStoriesApi } from './stories-api.js';

/** Where the API is mounted. */
export const API_BASE = '/api/v1';

/** Builds the API app (exported so tests can list its routes). */
export function createApi(context: WebContext): Hono {
  const api = new Hono();
  const origins = context.site?.apiCorsOrigins ?? [];
  // Off by default: a browser page elsewhere may read the API only when the operator lists its origin.
  if (origins.length > 0) api.use('*', cors({ origin: origins, allowMethods: ['GET'], maxAge: 600 }));
  mountStoriesApi(api, context);
  mountSourcesApi(api, context);
  api.get('/openapi.json', (c) => c.json(openApiDocument(siteBaseUrl(c, context))));
  api.all('*', (c) =>
    c.json({ error: { status: 404, message: `No API route ${c.req.method} ${c.req.path}. See ${API_BASE}/openapi.json.` } }, 404),
  );
  api.onError((error, c) => {
    if (error instanceof HTTPException) return c.json({ error: { status: error.status, message: error.message } }, error.status);
    context.logger.error('api-request-failed', { path: c.req.path, error });
    return c.json({ error: { status: 500, message: 'The server failed to answer; the error was logged.' } }, 500);
  });
  return api;
}

/** Mounts the API under /api/v1. */
export function mountApi(app: Hono, context: WebContext): void {
  app.route(API_BASE, createApi(context));
}
