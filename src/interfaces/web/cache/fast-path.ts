/**
 * Serves cached pages straight from Node's HTTP server, before a Request object or the router exist: the
 * same bytes and headers the middleware would send, at close to Node's raw speed. Anything it cannot answer
 * goes on to the app.
 */
import { type IncomingMessage, type RequestListener, type ServerOptions, type ServerResponse, createServer } from 'node:http';
import type { PageStore } from './page-store.js';

/** Answers the request from the cache and returns true, or returns false to let the app answer. */
export function serveFromCache(store: PageStore, request: IncomingMessage, response: ServerResponse): boolean {
  const key = request.url ?? '';
  const query = key.indexOf('?');
  if (
    !key.startsWith('/') ||
    !store.accepts(request.method ?? '', query < 0 ? key : key.slice(0, query), request.headers.cookie, request.headers.origin)
  )
    return false;
  const page = store.find(key, store.version());
  if (!page) return false;
  response.writeHead(200, page.hitHeaders);
  response.end(page.body);
  return true;
}

/** Returns a node:http createServer that tries the cache before handing a request to the app's listener. */
export function createCachingServer(store: PageStore): typeof createServer {
  const create = (options: ServerOptions, listener: RequestListener) =>
    createServer(options, (request, response) => {
      if (!serveFromCache(store, request, response)) listener(request, response);
    });
  // @hono/node-server calls it as createServer(options, listener); the other overloads are never used.
  return create as unknown as typeof createServer;
}
