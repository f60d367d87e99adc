/** The demo publisher: serves the demo outlets' homepages, feeds and article pages over HTTP on loopback. */
import { createHash } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import type { DemoArticle, DemoCorpus, DemoOutlet } from './corpus.js';
import { renderFeed } from './render-feeds.js';
import { renderArticlePage, renderOutletHome } from './render-page.js';
import { articleUrl } from './urls.js';

export interface Publisher {
  /** Base URL, e.g. http://127.0.0.1:43121 */
  url: string;
  /** The allow-list entry the fetch guard needs for this publisher alone. */
  allowEntry: string;
  close(): Promise<void>;
}

interface Resource {
  body: string;
  contentType: string;
  encoding: string;
}

function resolve(base: string, corpus: DemoCorpus, pages: Map<string, DemoArticle>, path: string): Resource | null {
  if (path === '/robots.txt') return { body: 'User-agent: *\nAllow: /\n', contentType: 'text/plain', encoding: 'utf-8' };
  const [outletId, ...rest] = path.split('/').filter(Boolean);
  const outlet = corpus.outlets.find((o: DemoOutlet) => o.id === outletId);
  if (!outlet) return null;
  const encoding = outlet.encoding ?? 'utf-8';
  if (rest.length === 0) return { body: renderOutletHome(base, outlet, corpus), contentType: `text/html; charset=${encoding}`, encoding };
  if (rest.length === 1 && /^(feed\.xml|atom\.xml|feed\.json|index\.rdf)$/.test(rest[0] as string)) {
    return { ...renderFeed(base, outlet, corpus), encoding };
  }
  const amp = rest[rest.length - 1] === 'amp';
  const articlePath = `/${[outletId, ...(amp ? rest.slice(0, -1) : rest)].join('/')}`;
  const article = pages.get(articlePath);
  if (!article) return null;
  return { body: renderArticlePage(base, article, corpus, amp), contentType: `text/html; charset=${encoding}`, encoding };
}

function send(request: IncomingMessage, response: ServerResponse, resource: Resource, lastModified: string): void {
  const bytes = resource.encoding === 'utf-8' ? Buffer.from(resource.body, 'utf8') : iconv.encode(resource.body, resource.encoding);
  const etag = `"${createHash('sha1').update(bytes).digest('hex').slice(0, 20)}"`;
  const headers: Record<string, string> = { 'content-type': resource.contentType, etag, 'last-modified': lastModified, 'cache-control': 'max-age=300' };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers).end();
    return;
  }
  if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
    response.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(gzipSync(bytes));
    return;
  }
  response.writeHead(200, headers).end(bytes);
}

/** Starts the publisher on 127.0.0.1 (port 0 picks a free one). */
export async function startPublisher(corpus: DemoCorpus, port = 0): Promise<Publisher> {
  let base = '';
  let pages = new Map<string, DemoArticle>();
  const lastModified = new Date(corpus.articles[0]?.published ?? Date.now()).toUTCString();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', base).pathname).replace(/\/+$/, '') || '/';
    const resource = request.method === 'GET' || request.method === 'HEAD' ? resolve(base, corpus, pages, path) : null;
    if (!resource) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    send(request, response, resource, lastModified);
  });
  await new Promise<void>((done, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => done());
  });
  const address = server.address() as AddressInfo;
  base = `http://127.0.0.1:${address.port}`;
  pages = new Map(corpus.articles.map((article) => [new URL(articleUrl(base, article)).pathname, article]));
  return {
    url: base,
    allowEntry: `127.0.0.1:${address.port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
