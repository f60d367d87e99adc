import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import { type RequestSource, crossOriginProtection, crossOriginRefusal, trustedOriginsOf } from './cross-origin.js';

const NONE = new Set<string>();
const request = (fields: Partial<RequestSource>): RequestSource => ({
  method: 'POST',
  secFetchSite: undefined,
  origin: undefined,
  host: 'news.example.org',
  ...fields,
});

describe('cross-origin protection', () => {
  it('lets safe methods through whatever they say', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS'])
      assert.equal(crossOriginRefusal(request({ method, secFetchSite: 'cross-site', origin: 'https://evil.example' }), NONE), null);
  });

  it('follows Sec-Fetch-Site when the browser sends it: same-origin and user navigation pass, other sites do not', () => {
    assert.equal(crossOriginRefusal(request({ secFetchSite: 'same-origin', origin: 'https://news.example.org' }), NONE), null);
    assert.equal(crossOriginRefusal(request({ secFetchSite: 'none' }), NONE), null);
    assert.equal(crossOriginRefusal(request({ secFetchSite: 'cross-site', origin: 'https://evil.example' }), NONE), 'cross-site-fetch');
    // A sibling subdomain is same-site but not same-origin: it may be someone else's.
    assert.equal(crossOriginRefusal(request({ secFetchSite: 'same-site', origin: 'https://blog.example.org' }), NONE), 'cross-site-fetch');
    // The header wins over an Origin that happens to match the Host.
    assert.equal(crossOriginRefusal(request({ secFetchSite: 'cross-site', origin: 'https://news.example.org' }), NONE), 'cross-site-fetch');
  });

  it('compares Origin with Host when Sec-Fetch-Site is missing, and refuses an opaque or malformed origin', () => {
    assert.equal(crossOriginRefusal(request({ origin: 'https://news.example.org' }), NONE), null);
    assert.equal(crossOriginRefusal(request({ origin: 'https://news.example.org:8443' }), NONE), 'foreign-origin');
    assert.equal(crossOriginRefusal(request({ origin: 'https://evil.example' }), NONE), 'foreign-origin');
    assert.equal(crossOriginRefusal(request({ origin: 'null' }), NONE), 'foreign-origin');
    assert.equal(crossOriginRefusal(request({ origin: 'not a url' }), NONE), 'foreign-origin');
  });

  it('lets a request with neither header through: no browser of a victim sends such a POST', () => {
    assert.equal(crossOriginRefusal(request({}), NONE), null);
  });

  it('trusts the configured public origin behind a proxy that rewrites Host', () => {
    const trusted = trustedOriginsOf('https://news.example.org/groundwire/');
    assert.deepEqual([...trusted], ['https://news.example.org']);
    const proxied = request({ secFetchSite: 'cross-site', origin: 'https://news.example.org', host: '127.0.0.1:8080' });
    assert.equal(crossOriginRefusal(proxied, trusted), null);
    assert.equal(crossOriginRefusal({ ...proxied, origin: 'https://evil.example' }, trusted), 'cross-site-fetch');
    assert.equal(trustedOriginsOf('').size, 0);
  });

  it('answers 403 before the route runs, and lets the same form from this site through', async () => {
    let handled = 0;
    const web = new Hono();
    web.use('*', crossOriginProtection(NONE));
    web.post('/vote', (c) => {
      handled += 1;
      return c.text('counted');
    });
    const refused = await web.request('http://news.example.org/vote', { method: 'POST', headers: { 'sec-fetch-site': 'cross-site' } });
    assert.equal(refused.status, 403);
    assert.match(await refused.text(), /sent from another site/);
    assert.equal(handled, 0);
    const own = await web.request('http://news.example.org/vote', { method: 'POST', headers: { 'sec-fetch-site': 'same-origin' } });
    assert.equal(await own.text(), 'counted');
  });
});
