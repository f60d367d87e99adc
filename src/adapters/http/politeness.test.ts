import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { type LocalServer, codeOf, resolveTo, startLocalServer, userMessageOf } from './__fixtures__/local-server.js';

let server: LocalServer;
let base = '';
let port = 0;
let allowEntry = '';
before(async () => {
  server = await startLocalServer();
  ({ base, port, allowEntry } = server);
});
after(() => server.close());
beforeEach(() => server.hits.clear());
const client: LocalServer['client'] = (...args) => server.client(...args);

describe('politeness', () => {
  it('honours robots.txt with a plain sentence, asking for it once per origin', async () => {
    const polite = client();
    const refused = await polite.get({ url: `${base}/private/feed` });
    assert.equal(codeOf(refused), 'robots-disallowed');
    assert.match(userMessageOf(refused), /robots\.txt asks automated readers like Groundwire not to fetch this address/);
    assert.equal((await polite.get({ url: `${base}/feed` })).ok, true);
    assert.equal(server.hits.get('/robots.txt'), 1);
    assert.equal(server.hits.get('/private/feed'), undefined);
    assert.equal((await client([allowEntry], { robots: false }).get({ url: `${base}/private/feed` })).ok, true);
  });

  it('treats a robots.txt the server fails to serve as "not now"', async () => {
    const original = server.routes.get('/robots.txt') as NonNullable<ReturnType<LocalServer['routes']['get']>>;
    server.routes.set('/robots.txt', (_request, response) => response.writeHead(500).end());
    try {
      const result = await client().get({ url: `${base}/feed` });
      assert.equal(codeOf(result), 'robots-unavailable');
      assert.equal(server.hits.get('/feed'), undefined);
    } finally {
      server.routes.set('/robots.txt', original);
    }
  });

  it('keeps at most two requests in flight to one host', async () => {
    server.stats.peakInFlight = 0;
    const polite = client();
    const results = await Promise.all(Array.from({ length: 5 }, () => polite.get({ url: `${base}/slow` })));
    assert.ok(results.every((result) => result.ok));
    assert.equal(server.stats.peakInFlight, 2);
  });

  it('spaces requests to a host by the delay, and waives it for allow-listed hosts', async () => {
    const spaced = client(['127.0.0.0/8'], { resolve: resolveTo('127.0.0.1'), hostDelayMs: 200 });
    const started = Date.now();
    for (let i = 0; i < 3; i += 1) assert.ok((await spaced.get({ url: `http://feeds.example.test:${port}/feed` })).ok);
    // robots.txt, then three fetches: three gaps of 200 ms at least.
    assert.ok(Date.now() - started >= 580, `${Date.now() - started} ms`);
    const own = client([allowEntry], { hostDelayMs: 5000 });
    const ownStarted = Date.now();
    for (let i = 0; i < 3; i += 1) assert.ok((await own.get({ url: `${base}/feed` })).ok);
    assert.ok(Date.now() - ownStarted < 1000);
  });

  it('holds back from a host that answered 429 until its Retry-After', async () => {
    const polite = client();
    const busy = await polite.get({ url: `${base}/busy` });
    assert.equal(busy.ok && busy.value.status, 429);
    const started = Date.now();
    assert.ok((await polite.get({ url: `${base}/feed` })).ok);
    assert.ok(Date.now() - started >= 900, `${Date.now() - started} ms`);
  });

  it('defers without sending while a long Retry-After runs', async () => {
    const polite = client();
    assert.equal((await polite.get({ url: `${base}/very-busy` })).ok, true);
    const deferred = await polite.get({ url: `${base}/feed` });
    assert.equal(codeOf(deferred), 'deferred');
    assert.ok(!deferred.ok && (deferred.error.cause as { retryAfterSeconds: number }).retryAfterSeconds > 3500);
    assert.equal(server.hits.get('/feed'), undefined);
  });
});
