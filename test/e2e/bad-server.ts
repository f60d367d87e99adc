/** Local HTTP servers for the bad-servers suite: one well-behaved feed, and one server that misbehaves in every way a route names. */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/** Answers one path; gets the server so it can point back at itself. */
export type Route = (request: IncomingMessage, response: ServerResponse, server: TestServer) => void;

/** A running test server. */
export interface TestServer {
  url: string;
  port: number;
  /** The fetchAllow entry for this server alone ("127.0.0.1:PORT"). */
  allowEntry: string;
  /** Requests seen per path. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** Renders an RSS 2.0 feed whose items are `count` hours apart, newest first, all on one line. */
export function rssFeed(title: string, count: number, pad = ''): string {
  const items = Array.from({ length: count }, (_, i) => {
    const link = `https://news.example/${encodeURIComponent(title)}/${i}`;
    const date = new Date(Date.UTC(2024, 4, 1, 12 - (i % 12), 0, 0) - Math.floor(i / 12) * 86_400_000).toUTCString();
    return `<item><title>${title} story ${i}</title><link>${link}</link><guid>${link}</guid><pubDate>${date}</pubDate><description>Story ${i}. ${pad}</description></item>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${title}</title><link>https://news.example/</link>${items.join('')}</channel></rss>`;
}

/**
 * A gzip body that inflates to `gibibytes` GiB of zeros: many copies of one small gzip member
 * (gunzip reads concatenated members as one stream), so it costs nothing to build.
 */
export function gzipBomb(gibibytes: number): Buffer {
  const member = gzipSync(Buffer.alloc(1024 * 1024));
  return Buffer.concat(Array.from({ length: gibibytes * 1024 }, () => member));
}

/** Writes zeros as fast as the client reads, forever. */
export function endlessBody(response: ServerResponse): void {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  response.writeHead(200, { 'content-type': 'application/rss+xml' });
  response.write('<rss version="2.0"><channel><title>');
  const pump = () => {
    while (!response.destroyed && response.write(chunk));
    if (!response.destroyed) response.once('drain', pump);
  };
  pump();
}

/** Sends one byte every `intervalMs`, forever: each gap is short enough to defeat an idle timeout. */
export function slowDrip(intervalMs: number): Route {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    const timer = setInterval(() => response.write(' '), intervalMs);
    response.on('close', () => clearInterval(timer));
  };
}

/** Starts a server on 127.0.0.1 answering from `routes` by path (404 otherwise). */
export async function startTestServer(routes: Record<string, Route>): Promise<TestServer> {
  const hits = new Map<string, number>();
  let self: TestServer | null = null;
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes[path];
    if (route && self) route(request, response, self);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  self = {
    url: `http://127.0.0.1:${port}`,
    port,
    allowEntry: `127.0.0.1:${port}`,
    hits,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return self;
}

// Ten megabytes on one line: ~2,000 items of ~5 KB each.
/** A feed of over ten megabytes on one line. */
export const BIG_FEED = rssFeed('Big', 2000, 'x'.repeat(4900));

/** Answers 200 with an RSS content type. */
export const xml =
  (body: string | Buffer, headers: Record<string, string> = {}): Route =>
  (_request, response) =>
    response.writeHead(200, { 'content-type': 'application/rss+xml', ...headers }).end(body);
/** Answers a bare status. */
export const status =
  (code: number, headers: Record<string, string> = {}): Route =>
  (_request, response) =>
    response.writeHead(code, headers).end();
/** Answers a redirect to wherever `location` says. */
export const redirect =
  (code: number, location: (server: TestServer) => string): Route =>
  (_request, response, server) =>
    response.writeHead(code, { location: location(server) }).end();

/** Every misbehaviour the suite drives, one path each. */
export function badRoutes(): Record<string, Route> {
  return {
    '/robots.txt': (_request, response) => response.end('User-agent: *\nDisallow: /private/\n'),
    '/endless': (_request, response) => endlessBody(response),
    '/bomb': xml(gzipBomb(1), { 'content-encoding': 'gzip' }),
    '/drip': slowDrip(100),
    '/silent': () => undefined,
    '/loop-a': redirect(302, () => '/loop-b'),
    '/loop-b': redirect(302, () => '/loop-a'),
    '/to-loopback-port': redirect(302, (server) => `http://127.0.0.1:${server.port + 1}/feed.xml`),
    '/to-localhost': redirect(302, (server) => `http://localhost:${server.port}/feed.xml`),
    '/to-private': redirect(302, () => 'http://10.0.0.1/feed.xml'),
    '/to-mapped': redirect(302, (server) => `http://[::ffff:127.0.0.1]:${server.port}/feed.xml`),
    '/to-metadata': redirect(302, () => 'http://169.254.169.254/latest/meta-data/'),
    '/html': (_request, response) =>
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><html><head><title>News</title></head><body><h1>Latest</h1></body></html>'),
    '/empty': xml(''),
    // Cut inside the third item's title: the first two items arrived whole.
    '/truncated-xml': xml(rssFeed('Cut', 3).replace(/Cut story 2.*$/, 'Cut sto')),
    '/truncated-transfer': (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': '5000' }).write(rssFeed('Short', 3).slice(0, 200));
      setTimeout(() => response.destroy(), 50);
    },
    '/big': xml(BIG_FEED),
    '/corrupt-gzip': xml(Buffer.from('this is not gzip'), { 'content-encoding': 'gzip' }),
    '/huge-headers': xml(rssFeed('Headers', 1), { 'x-padding': 'a'.repeat(100 * 1024) }),
    '/error': status(500),
    '/gone': status(410),
    '/old-home': redirect(301, () => '/new-home'),
    '/new-home': xml(rssFeed('Moved', 2)),
    '/slow-down': status(429, { 'retry-after': '7200' }),
    '/private/feed.xml': xml(rssFeed('Private', 1)),
  };
}
