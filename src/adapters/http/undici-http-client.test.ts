import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { COMPRESSED_TEXT, type LocalServer, codeOf, resolveTo, startLocalServer, userMessageOf } from './__fixtures__/local-server.js';

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

describe('guard against internal addresses', () => {
  it('refuses loopback unless the host:port is allow-listed', async () => {
    const refused = await client([]).get({ url: `${base}/feed` });
    assert.equal(codeOf(refused), 'refused-address');
    assert.match(userMessageOf(refused), /GROUNDWIRE_FETCH_ALLOW/);
    const allowed = await client().get({ url: `${base}/feed` });
    assert.equal(allowed.ok && allowed.value.body.toString(), '<rss/>');
  });

  it('refuses localhost names before any lookup, however they are spelled', async () => {
    for (const host of ['localhost', 'LOCALHOST.', 'feeds.localhost']) {
      assert.equal(codeOf(await client([]).get({ url: `http://${host}:${port}/feed` })), 'refused-address', host);
    }
    assert.equal(server.hits.size, 0);
  });

  it('refuses every spelling of an internal IP literal', async () => {
    const literals = [
      '[::1]',
      '[::ffff:127.0.0.1]',
      '[::ffff:7f00:1]',
      '0x7f000001',
      '2130706433',
      '127.1',
      '0.0.0.0',
      '[::]',
      '10.0.0.1',
      '169.254.169.254',
      '100.64.0.1',
      '[fe80::1]',
      '[64:ff9b::7f00:1]',
    ];
    for (const literal of literals) {
      assert.equal(codeOf(await client([]).get({ url: `http://${literal}:${port}/feed` })), 'refused-address', literal);
    }
  });

  it('checks the address actually connected to: a name resolving to a private address is refused', async () => {
    for (const address of ['127.0.0.1', '10.0.0.1', '::ffff:127.0.0.1', '169.254.169.254']) {
      const result = await client([], { resolve: resolveTo(address), hostDelayMs: 0 }).get({
        url: `http://feeds.example.test:${port}/feed`,
      });
      assert.equal(codeOf(result), 'refused-address', address);
      assert.match(result.ok ? '' : result.error.message, /feeds\.example\.test resolves to/);
    }
    assert.equal(server.hits.size, 0);
  });

  it('connects to the address the guarded lookup returned (allow-listed by range)', async () => {
    const result = await client(['127.0.0.0/8'], { resolve: resolveTo('127.0.0.1'), hostDelayMs: 0 }).get({
      url: `http://feeds.example.test:${port}/feed`,
    });
    assert.equal(result.ok && result.value.body.toString(), '<rss/>');
  });

  it('re-checks every redirect', async () => {
    const targets = [
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/',
      `http://[::ffff:127.0.0.1]:${port}/feed`,
      `http://localhost:${port}/feed`,
      `http://127.0.0.1:${port + 1}/feed`,
    ];
    for (const target of targets) {
      const result = await client().get({ url: `${base}/to?u=${encodeURIComponent(target)}` });
      assert.equal(codeOf(result), 'refused-address', target);
    }
    assert.equal(server.hits.get('/feed'), undefined);
  });

  it('refuses other schemes and ports that belong to other protocols', async () => {
    assert.equal(codeOf(await client().get({ url: 'file:///etc/passwd' })), 'bad-scheme');
    assert.equal(codeOf(await client().get({ url: 'http://93.184.216.34:25/' })), 'bad-port');
    assert.equal(codeOf(await client().get({ url: 'not a url' })), 'bad-url');
    assert.equal(codeOf(await client().get({ url: `${base}/to?u=${encodeURIComponent('gopher://example.org/')}` })), 'bad-scheme');
  });
});

describe('HTTP client on a real local server', () => {
  it('sends conditional GET validators and reports 304, also after a temporary redirect', async () => {
    const direct = await client().get({ url: `${base}/feed`, etag: '"v1"' });
    assert.equal(direct.ok && direct.value.notModified, true);
    const redirected = await client().get({ url: `${base}/temporary`, etag: '"v1"' });
    assert.equal(redirected.ok && redirected.value.notModified, true);
  });

  it('names Groundwire and the contact URL in the User-Agent', async () => {
    const result = await client().get({ url: `${base}/ua` });
    assert.equal(result.ok && result.value.body.toString(), 'Groundwire/test (+https://example.org/contact)');
  });

  it('decompresses gzip, deflate (zlib and raw) and br', async () => {
    for (const path of ['/gzip', '/deflate', '/deflate-raw', '/br']) {
      const result = await client().get({ url: `${base}${path}` });
      assert.equal(result.ok && result.value.body.toString(), COMPRESSED_TEXT, path);
    }
  });

  it('caps the decompressed size (gzip and brotli bombs)', async () => {
    for (const path of ['/bomb', '/br-bomb']) assert.equal(codeOf(await client().get({ url: `${base}${path}` })), 'too-large', path);
  });

  it('caps the raw body size, and refuses a declared Content-Length over the cap at once', async () => {
    assert.equal(codeOf(await client().get({ url: `${base}/big` })), 'too-large');
    const started = Date.now();
    assert.equal(codeOf(await client().get({ url: `${base}/declared-big` })), 'too-large');
    assert.ok(Date.now() - started < 1000);
  });

  it('caps the header size', async () => {
    const result = await client().get({ url: `${base}/big-header` });
    assert.equal(codeOf(result), 'headers-too-large');
    assert.equal(userMessageOf(result), 'The server sent oversized HTTP headers, so the response was refused.');
    const roomy = await client([allowEntry], { maxHeaderBytes: 256 * 1024 }).get({ url: `${base}/big-header` });
    assert.equal(roomy.ok, true);
  });

  it('follows redirects and reports a permanent move only when every hop was permanent', async () => {
    const moved = await client().get({ url: `${base}/moved` });
    assert.equal(moved.ok && moved.value.permanentRedirectTo, `${base}/feed`);
    const temporary = await client().get({ url: `${base}/temporary` });
    assert.equal(temporary.ok && temporary.value.permanentRedirectTo, null);
  });

  it('detects redirect loops and stops long chains', async () => {
    assert.equal(codeOf(await client().get({ url: `${base}/loop-a` })), 'redirect-loop');
    assert.equal(codeOf(await client().get({ url: `${base}/chain` })), 'too-many-redirects');
    assert.equal(server.hits.get('/chain'), 6);
  });

  it('cancels on the caller signal', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    assert.equal(codeOf(await client().get({ url: `${base}/never-ends`, signal: controller.signal })), 'aborted');
  });
});

describe('timeouts', () => {
  it('ends a response whose headers never come at the first-byte timeout', async () => {
    const started = Date.now();
    const result = await client([allowEntry], { timeoutMs: 5000, firstByteTimeoutMs: 300 }).get({ url: `${base}/no-answer` });
    assert.equal(codeOf(result), 'first-byte-timeout');
    assert.match(userMessageOf(result), /did not start answering within 0\.3 s/);
    assert.ok(Date.now() - started < 2000);
  });

  it('ends a body that stops at the idle (first-byte) timeout', async () => {
    const started = Date.now();
    const result = await client([allowEntry], { timeoutMs: 5000, firstByteTimeoutMs: 300 }).get({ url: `${base}/never-ends` });
    assert.equal(codeOf(result), 'stalled');
    assert.ok(Date.now() - started < 2000);
  });

  it('ends a slow drip of bytes at the total timeout', async () => {
    const started = Date.now();
    const result = await client([allowEntry], { timeoutMs: 600, firstByteTimeoutMs: 400 }).get({ url: `${base}/drip` });
    assert.equal(codeOf(result), 'timeout');
    assert.match(userMessageOf(result), /did not finish within 0\.6 s/);
    assert.ok(Date.now() - started < 1500);
  });
});

describe('HTTP client POST (API calls)', () => {
  it('sends the body and headers, skips robots.txt, and does not follow a redirect', async () => {
    const { routes } = server;
    routes.set('/api/echo', (request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () =>
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ method: request.method, auth: request.headers.authorization, body })),
      );
    });
    // robots.txt of this server disallows /private/: an API call there is not crawling, so it goes through.
    routes.set('/private/api', routes.get('/api/echo') as never);
    routes.set('/api/moved', (_request, response) => response.writeHead(307, { location: '/api/echo' }).end());
    const http = client();
    const result = await http.get({
      url: `${base}/api/echo`,
      method: 'POST',
      headers: { authorization: 'Bearer k', 'content-type': 'application/json' },
      body: '{"q":1}',
    });
    assert.deepEqual(result.ok && JSON.parse(result.value.body.toString()), { method: 'POST', auth: 'Bearer k', body: '{"q":1}' });
    const privateApi = await http.get({ url: `${base}/private/api`, method: 'POST', body: '{}' });
    assert.equal(privateApi.ok && privateApi.value.status, 200);
    const moved = await http.get({ url: `${base}/api/moved`, method: 'POST', body: '{}' });
    assert.equal(moved.ok && moved.value.status, 307);
  });
});
