/**
 * Serves cached pages straight from Node's HTTP server, before a Request object or the router
 * exist: the same bytes, headers and per-reader CSRF token the middleware would send, at close to
 * Node's raw speed. Anything it cannot answer goes on to the app.
 */
import { type IncomingMessage, type RequestListener, type ServerOptions, type ServerResponse, createServer } from 'node:http';
import { CSRF_COOKIE } from '../security/csrf.js';
import type { PageStore } from './page-store.js';

const CSRF_VALUE = new RegExp(`(?:^|;\\s*)${CSRF_COOKIE}=([^;]*)`);
// Bytes after the first token up to which the rest of a page is copied per reader rather than written piecewise.
const SMALL_TAIL = 4096;

/** Answers the request from the cache and returns true, or returns false to let the app answer. */
export function serveFromCache(store: PageStore, request: IncomingMessage, response: ServerResponse): boolean {
  const key = request.url ?? '';
  const cookie = request.headers.cookie;
  const query = key.indexOf('?');
  if (!key.startsWith('/') || !store.accepts(request.method ?? '', query < 0 ? key : key.slice(0, query), cookie, request.headers.origin))
    return false;
  const page = store.find(key, store.version());
  if (!page) return false;
  const issued = page.chunks.length > 1 ? store.guard.tokenForCookie(cookie ? CSRF_VALUE.exec(cookie)?.[1] : undefined, false) : null;
  if (!issued) {
    response.writeHead(200, [...page.hitHeaders, 'content-length', String(page.bodyLength)]);
    response.end(page.chunks[0]);
    return true;
  }
  // The page's bytes go out as they are stored, the token between them: no per-request copy of the page.
  const token = Buffer.from(issued.token);
  const headers = [...page.hitHeaders, 'content-length', String(page.bodyLength + (page.chunks.length - 1) * token.byteLength)];
  // The address the server listens on is plain HTTP, so the cookie is not marked Secure (as in the middleware).
  if (issued.setCookie) headers.push('set-cookie', issued.setCookie);
  response.writeHead(200, headers);
  const [head, ...rest] = page.chunks as [Buffer, ...Buffer[]];
  if (page.bodyLength - head.byteLength <= SMALL_TAIL) {
    // The tokens sit at the end of the page (layout's tail): the shared bytes go out as stored, and only the
    // small per-reader tail is built, so the response is two buffers instead of one per token and fragment.
    response.cork();
    response.write(head);
    response.end(Buffer.concat(rest.flatMap((chunk) => [token, chunk])));
    return true;
  }
  // Corked, the writes leave in one system call.
  response.cork();
  page.chunks.forEach((chunk, i) => {
    if (i > 0) response.write(token);
    response.write(chunk);
  });
  response.end();
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
