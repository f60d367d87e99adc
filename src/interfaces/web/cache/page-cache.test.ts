import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import { CSRF_FIELD, createCsrfGuard, issue, verify } from '../security/csrf.js';
import { fileChangeToken } from './file-version.js';
import { pageCache } from './page-cache.js';
import { PageStore } from './page-store.js';

function app(version: () => string, maxAgeMs = 60_000, versionCheckMs = 0, settleMs = 0) {
  const guard = createCsrfGuard(Buffer.from('secret'));
  let renders = 0;
  const web = new Hono();
  web.use('*', async (c, next) => {
    c.set('gwCsrf', guard);
    await next();
  });
  web.use('*', pageCache(new PageStore({ version, maxAgeMs, versionCheckMs, settleMs, skip: (path) => path.startsWith('/admin') })));
  web.get('/form', (c) => c.html(`<p>render ${++renders}</p><input name="${CSRF_FIELD}" value="${issue(c)}">`));
  web.get('/plain', (c) => c.html(`<p>render ${++renders}</p>`));
  web.get('/private', (c) => c.html(`<p>render ${++renders}</p>`, 200, { 'cache-control': 'private' }));
  web.get('/missing', (c) => c.html(`<p>render ${++renders}</p>`, 404));
  web.get('/admin', (c) => c.html(`<p>render ${++renders}</p>`));
  web.post('/write', (c) => c.text('written'));
  web.post('/check', async (c) => c.text(String(verify(c, (await c.req.parseBody())[CSRF_FIELD]))));
  return web;
}

const tokenOf = (body: string) => /value="([^"]+)"/.exec(body)?.[1] ?? '';
const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] as string;

describe('page cache', () => {
  it('renders once per data version and serves the copy until the version changes', async () => {
    let version = 'v1';
    const web = app(() => version);
    assert.match(await (await web.request('/plain')).text(), /render 1/);
    const hit = await web.request('/plain');
    assert.equal(hit.headers.get('x-page-cache'), 'hit');
    assert.match(await hit.text(), /render 1/);
    assert.match(await (await web.request('/plain?page=2')).text(), /render 2/, 'the query is part of the key');
    version = 'v2';
    assert.match(await (await web.request('/plain')).text(), /render 3/);
  });

  it('reads the data version at most once per check interval, and at once after a write through the app', async () => {
    let version = 'v1';
    let reads = 0;
    const web = app(
      () => {
        reads += 1;
        return version;
      },
      60_000,
      60_000,
    );
    await web.request('/plain');
    version = 'v2';
    assert.match(await (await web.request('/plain')).text(), /render 1/, 'within the interval the version read is reused');
    assert.equal(reads, 1);
    await web.request('/write', { method: 'POST' });
    assert.match(await (await web.request('/plain')).text(), /render 2/, 'a write makes the next request read it again');
    assert.equal(reads, 2);
  });

  it('keeps serving a page for the settle time after another process’s commit, but not after a write through the app', async () => {
    let version = 'v1';
    const web = app(() => version, 60_000, 0, 60_000);
    await web.request('/plain');
    version = 'v2';
    assert.match(await (await web.request('/plain')).text(), /render 1/, 'a fresh page outlives a background commit');
    await web.request('/write', { method: 'POST' });
    assert.match(await (await web.request('/plain')).text(), /render 2/, 'a write through the app shows at once');
    version = 'v3';
    await new Promise((resolve) => setTimeout(resolve, 5));
    const settled = app(() => version, 60_000, 0, 1);
    await settled.request('/plain');
    version = 'v4';
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.match(await (await settled.request('/plain')).text(), /render 2/, 'after the settle time the page is rendered again');
  });

  it('expires entries after their maximum age', async () => {
    const web = app(() => 'v', 0);
    await web.request('/plain');
    assert.match(await (await web.request('/plain')).text(), /render 2/);
  });

  it('never stores a page carrying a reader’s CSRF token, with or without a new cookie', async () => {
    const web = app(() => 'v');
    const first = await web.request('/form');
    const firstBody = await first.text();
    const returning = await web.request('/form', { headers: { cookie: cookieOf(first) } });
    const returningBody = await returning.text();
    assert.equal(returning.headers.get('set-cookie'), null, 'a browser with a cookie keeps it');
    assert.equal(returning.headers.get('x-page-cache'), null);
    assert.match(returningBody, /render 2/);
    assert.equal(tokenOf(returningBody), tokenOf(firstBody));
    const stranger = await (await web.request('/form')).text();
    assert.match(stranger, /render 3/);
    assert.notEqual(tokenOf(stranger), tokenOf(firstBody), 'another browser never sees the first one’s token');
    const check = await web.request('/check', {
      method: 'POST',
      body: new URLSearchParams({ [CSRF_FIELD]: tokenOf(returningBody) }),
      headers: { cookie: cookieOf(first), 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(await check.text(), 'true');
  });

  it('skips private answers, errors, other cookies, cross-origin requests and skipped paths', async () => {
    const web = app(() => 'v');
    for (const [path, headers] of [
      ['/private', {}],
      ['/missing', {}],
      ['/admin', {}],
      ['/plain', { cookie: 'gw_admin=x' }],
      ['/plain', { origin: 'https://other.example' }],
    ] as const) {
      await web.request(path, { headers });
      assert.equal((await web.request(path, { headers })).headers.get('x-page-cache'), null, `${path} ${JSON.stringify(headers)}`);
    }
  });

  it('derives a data version that changes when a file is written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-version-'));
    const file = join(dir, 'db');
    const version = fileChangeToken([file, `${file}-wal`]);
    const missing = version();
    writeFileSync(file, 'a');
    const written = version();
    writeFileSync(file, 'ab');
    assert.notEqual(missing, written);
    assert.notEqual(written, version());
  });
});
