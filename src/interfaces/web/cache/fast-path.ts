/**
 * Serves cached pages straight from Node's HTTP server, before a Request object or the router
 * exist: the same bytes, headers and per-reader CSRF token the middleware would send, at close to
 * Node's raw speed. Anything it cannot answer goes on to the app.
 */
import { type IncomingMessage, type RequestListener, type ServerOptions, type ServerResponse, createServer } from 'node:http';
import { CSRF_COOKIE } from '../security/csrf.js';
import { FilledCopies } from './filled-copies.js';
import type { CachedPage, PageStore } from './page-store.js';

const CSRF_VALUE = new RegExp(`(?:^|;\\s*)${CSRF_COOKIE}=([^;]*)`);

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
  const copies = (page.copies ??= new FilledCopies(page.chunks, issued.token.length, store.copyBudget));
  const copy = copies.take(issued.token);
  if (copy) {
    response.writeHead(200, withCookie([...page.hitHeaders, 'content-length', String(copy.byteLength)], issued.setCookie));
    // 'finish' comes once Node has handed the bytes to the kernel: the copy may then carry the next reader's token.
    response.end(copy, () => copies.give(copy));
    return true;
  }
  sendInPieces(page, issued, response);
  return true;
}

function withCookie(headers: string[], setCookie: string | null): string[] {
  // The address the server listens on is plain HTTP, so the cookie is not marked Secure (as in the middleware).
  if (setCookie) headers.push('set-cookie', setCookie);
  return headers;
}

/** Sends the page's stored bytes with the token between them (no copy of the page is free). */
function sendInPieces(page: CachedPage, issued: { token: string; setCookie: string | null }, response: ServerResponse): void {
  const token = Buffer.from(issued.token);
  const length = page.bodyLength + (page.chunks.length - 1) * token.byteLength;
  response.writeHead(200, withCookie([...page.hitHeaders, 'content-length', String(length)], issued.setCookie));
  // Corked, the writes leave in one system call.
  response.cork();
  page.chunks.forEach((chunk, i) => {
    if (i > 0) response.write(token);
    response.write(chunk);
  });
  response.end();
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
