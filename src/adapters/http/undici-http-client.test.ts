import assert from 'node:assert/strict';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { createAddressGuard } from './address-guard.js';
import { createHttpClient } from './undici-http-client.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
const routes = new Map<string, Handler>();
let base = '';
let allowEntry = '';
const server = createServer((request, response) => {
  const handler = routes.get(new URL(request.url ?? '/', 'http://x').pathname);
  if (handler) handler(request, response);
  else response.writeHead(404).end();
});

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  allowEntry = `127.0.0.1:${port}`;
  routes.set('/feed', (request, response) => {
    if (request.headers['if-none-match'] === '"v1"') return void response.writeHead(304).end();
    response.writeHead(200, { etag: '"v1"', 'content-type': 'application/rss+xml' }).end('<rss/>');
  });
  routes.set('/ua', (request, response) => response.end(request.headers['user-agent']));
  routes.set('/gzip', (_request, response) => response.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('hello compressed')));
  routes.set('/bomb', (_request, response) => response.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(8 * 1024 * 1024))));
  routes.set('/big', (_request, response) => response.end(Buffer.alloc(2 * 1024 * 1024, 97)));
  routes.set('/moved', (_request, response) => response.writeHead(301, { location: '/feed' }).end());
  routes.set('/temporary', (_request, response) => response.writeHead(302, { location: '/feed' }).end());
  routes.set('/loop-a', (_request, response) => response.writeHead(302, { location: '/loop-b' }).end());
  routes.set('/loop-b', (_request, response) => response.writeHead(302, { location: '/loop-a' }).end());
  routes.set('/to-metadata', (_request, response) => response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end());
  routes.set('/never-ends', (_request, response) => {
    response.writeHead(200);
    response.write('<rss>');
  });
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = (allow: string[] = [allowEntry], extra: Partial<Parameters<typeof createHttpClient>[0]> = {}) =>
  createHttpClient({ allow, userAgent: 'Groundwire/test (+https://example.org/contact)', timeoutMs: 2000, maxBytes: 1024 * 1024, ...extra });

describe('address guard', () => {
  const guard = createAddressGuard([]);
  for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '224.0.0.1', '0.0.0.0', '::1', 'fe80::1', 'fc00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '255.255.255.255']) {
    it(`refuses ${address}`, () => assert.notEqual(guard.refusal(address), null));
  }
  for (const address of ['93.184.216.34', '2606:4700::1111', '::ffff:8.8.8.8']) {
    it(`allows public ${address}`, () => assert.equal(guard.refusal(address), null));
  }
  it('lets allow-listed ranges and hosts through', () => {
    const allowing = createAddressGuard(['10.0.0.0/8', 'feeds.internal', '::1']);
    assert.equal(allowing.refusal('10.20.30.40'), null);
    assert.equal(allowing.refusal('::1'), null);
    assert.notEqual(allowing.refusal('192.168.0.1'), null);
    assert.equal(allowing.allowsHost('FEEDS.internal'), true);
  });
});

describe('HTTP client on a real local server', () => {
  it('refuses loopback unless the host:port is allow-listed', async () => {
    const refused = await client([]).get({ url: `${base}/feed` });
    assert.equal(refused.ok, false);
    assert.equal(!refused.ok && refused.error.code, 'refused-address');
    assert.match(!refused.ok ? (refused.error.userMessage ?? '') : '', /GROUNDWIRE_FETCH_ALLOW/);
    const allowed = await client().get({ url: `${base}/feed` });
    assert.equal(allowed.ok && allowed.value.body.toString(), '<rss/>');
  });

  it('refuses names that resolve to loopback (checked on the connected address)', async () => {
    const port = base.split(':').pop();
    const result = await client([]).get({ url: `http://localhost:${port}/feed` });
    assert.equal(!result.ok && result.error.code, 'refused-address');
  });

  it('re-checks every redirect: a hop to the metadata address is refused', async () => {
    const result = await client().get({ url: `${base}/to-metadata` });
    assert.equal(!result.ok && result.error.code, 'refused-address');
    assert.match(!result.ok ? result.error.message : '', /169\.254\.169\.254/);
  });

  it('sends conditional GET validators and reports 304', async () => {
    const result = await client().get({ url: `${base}/feed`, etag: '"v1"' });
    assert.equal(result.ok && result.value.notModified, true);
  });

  it('names Groundwire and the contact URL in the User-Agent', async () => {
    const result = await client().get({ url: `${base}/ua` });
    assert.equal(result.ok && result.value.body.toString(), 'Groundwire/test (+https://example.org/contact)');
  });

  it('decompresses gzip and caps the decompressed size (gzip bomb)', async () => {
    const small = await client().get({ url: `${base}/gzip` });
    assert.equal(small.ok && small.value.body.toString(), 'hello compressed');
    const bomb = await client().get({ url: `${base}/bomb` });
    assert.equal(!bomb.ok && bomb.error.code, 'too-large');
  });

  it('caps the raw body size', async () => {
    const result = await client().get({ url: `${base}/big` });
    assert.equal(!result.ok && result.error.code, 'too-large');
  });

  it('follows redirects and reports a permanent move only when every hop was permanent', async () => {
    const moved = await client().get({ url: `${base}/moved` });
    assert.equal(moved.ok && moved.value.permanentRedirectTo, `${base}/feed`);
    const temporary = await client().get({ url: `${base}/temporary` });
    assert.equal(temporary.ok && temporary.value.permanentRedirectTo, null);
  });

  it('detects redirect loops', async () => {
    const result = await client().get({ url: `${base}/loop-a` });
    assert.equal(!result.ok && result.error.code, 'redirect-loop');
  });

  it('times out a body that never ends', async () => {
    const started = Date.now();
    const result = await client([allowEntry], { timeoutMs: 500 }).get({ url: `${base}/never-ends` });
    assert.equal(!result.ok && result.error.code, 'timeout');
    assert.ok(Date.now() - started < 5000);
  });

  it('rejects non-http schemes', async () => {
    const result = await client().get({ url: 'file:///etc/passwd' });
    assert.equal(!result.ok && result.error.code, 'bad-scheme');
  });
});
