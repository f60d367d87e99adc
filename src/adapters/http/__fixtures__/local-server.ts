/** A real HTTP server on 127.0.0.1 with one route per web quirk, and a client factory pointed at it, for the adapter tests. */
import type { LookupAddress } from 'node:dns';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import type { Resolver } from '../guarded-lookup.js';
import { type HttpClientOptions, createHttpClient } from '../undici-http-client.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export const COMPRESSED_TEXT = 'hello compressed';

export interface LocalServer {
  base: string;
  port: number;
  /** The allow-list entry for this server alone. */
  allowEntry: string;
  /** Requests per path; tests clear it. */
  hits: Map<string, number>;
  /** Replaceable route table. */
  routes: Map<string, Handler>;
  /** Most requests to /slow in flight at once. */
  stats: { peakInFlight: number };
  /** Builds a client (allow-listing this server by default), closed with the server. */
  client(allow?: string[], extra?: Partial<HttpClientOptions>): ReturnType<typeof createHttpClient>;
  close(): Promise<void>;
}

const send =
  (status: number, headers: Record<string, string>, body: string | Buffer = ''): Handler =>
  (_request, response) =>
    response.writeHead(status, headers).end(body);

function routeTable(base: () => string, stats: { peakInFlight: number }): Map<string, Handler> {
  let inFlight = 0;
  const query = (request: IncomingMessage, name: string) => new URL(request.url ?? '/', base()).searchParams.get(name);
  return new Map<string, Handler>([
    ['/robots.txt', send(200, {}, 'User-agent: *\nDisallow: /private/\n')],
    [
      '/feed',
      (request, response) =>
        request.headers['if-none-match'] === '"v1"'
          ? response.writeHead(304).end()
          : send(200, { etag: '"v1"' }, '<rss/>')(request, response),
    ],
    ['/private/feed', send(200, {}, '<rss/>')],
    ['/ua', (request, response) => response.end(request.headers['user-agent'])],
    ['/gzip', send(200, { 'content-encoding': 'gzip' }, gzipSync(COMPRESSED_TEXT))],
    ['/deflate', send(200, { 'content-encoding': 'deflate' }, deflateSync(COMPRESSED_TEXT))],
    ['/deflate-raw', send(200, { 'content-encoding': 'deflate' }, deflateRawSync(COMPRESSED_TEXT))],
    ['/br', send(200, { 'content-encoding': 'br' }, brotliCompressSync(COMPRESSED_TEXT))],
    ['/bomb', send(200, { 'content-encoding': 'gzip' }, gzipSync(Buffer.alloc(8 * 1024 * 1024)))],
    ['/br-bomb', send(200, { 'content-encoding': 'br' }, brotliCompressSync(Buffer.alloc(8 * 1024 * 1024)))],
    ['/big', send(200, {}, Buffer.alloc(2 * 1024 * 1024, 97))],
    ['/declared-big', (_request, response) => void response.writeHead(200, { 'content-length': String(50 * 1024 * 1024) }).write('<rss>')],
    ['/big-header', send(200, { 'x-padding': 'a'.repeat(100 * 1024) }, '<rss/>')],
    ['/moved', send(301, { location: '/feed' })],
    ['/temporary', send(302, { location: '/feed' })],
    ['/loop-a', send(302, { location: '/loop-b' })],
    ['/loop-b', send(302, { location: '/loop-a' })],
    ['/chain', (request, response) => response.writeHead(302, { location: `/chain?n=${Number(query(request, 'n') ?? 0) + 1}` }).end()],
    ['/to-metadata', send(302, { location: 'http://169.254.169.254/latest/meta-data/' })],
    ['/to', (request, response) => response.writeHead(302, { location: query(request, 'u') ?? '/' }).end()],
    ['/never-ends', (_request, response) => void response.writeHead(200).write('<rss>')],
    ['/no-answer', () => undefined],
    [
      '/drip',
      (_request, response) => {
        response.writeHead(200);
        const timer = setInterval(() => response.write('<'), 50);
        response.on('close', () => clearInterval(timer));
      },
    ],
    [
      '/slow',
      (_request, response) => {
        inFlight += 1;
        stats.peakInFlight = Math.max(stats.peakInFlight, inFlight);
        setTimeout(() => {
          inFlight -= 1;
          response.end('<rss/>');
        }, 150);
      },
    ],
    ['/busy', send(429, { 'retry-after': '1' })],
    ['/very-busy', send(503, { 'retry-after': '3600' })],
  ]);
}

/** Starts the server on a free loopback port. */
export async function startLocalServer(): Promise<LocalServer> {
  const hits = new Map<string, number>();
  const stats = { peakInFlight: 0 };
  let base = '';
  const routes = routeTable(() => base, stats);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const handler = routes.get(path);
    if (handler) handler(request, response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  const clients: ReturnType<typeof createHttpClient>[] = [];
  const client = (allow = [`127.0.0.1:${port}`], extra: Partial<HttpClientOptions> = {}) => {
    const created = createHttpClient({
      allow,
      userAgent: 'Groundwire/test (+https://example.org/contact)',
      timeoutMs: 2000,
      maxBytes: 1024 * 1024,
      ...extra,
    });
    clients.push(created);
    return created;
  };
  const close = async () => {
    await Promise.all(clients.map((created) => created.close()));
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { base, port, allowEntry: `127.0.0.1:${port}`, hits, routes, stats, client, close };
}

/** A resolver answering every name with one address: stands in for DNS records a test cannot add. */
export const resolveTo =
  (address: string): Resolver =>
  (_hostname, callback) =>
    callback(null, [{ address, family: address.includes(':') ? 6 : 4 } as LookupAddress]);

/** The failure code of a result, or "ok". */
export const codeOf = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? 'ok' : result.error?.code);

/** The sentence a person would read for a failed result. */
export const userMessageOf = (result: { ok: boolean; error?: { userMessage?: string } }) =>
  result.ok ? '' : (result.error?.userMessage ?? '');
