import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { newsroomContext, openNewsroom } from '../../../../test/support/newsroom.js';
import type { SqliteStore } from '../../../adapters/storage/sqlite/sqlite-store.js';
import { CSRF_FIELD, issue, verify } from '../security/csrf.js';
import { mountSecurity, pageStoreOf } from '../security/mount.js';
import { createCachingServer } from './fast-path.js';

let store: SqliteStore;
let url = '';
let renders = 0;
let close: () => void;

before(async () => {
  ({ store } = await openNewsroom());
  const app = new Hono();
  mountSecurity(app, newsroomContext(store, { dataVersion: () => 'v1' }));
  app.get('/page', (c) => c.html(`<p>render ${++renders} 算力</p>`, 200, { 'x-frame-options': 'DENY' }));
  app.get('/plain', (c) => c.html(`<p>plain ${++renders} 算力</p>`));
  app.get('/form', (c) => c.html(`<p>form ${++renders}</p><input name="${CSRF_FIELD}" value="${issue(c)}">`));
  app.post('/check', async (c) => c.text(String(verify(c, (await c.req.parseBody())[CSRF_FIELD]))));
  const page = pageStoreOf(app);
  assert.ok(page);
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0, createServer: createCachingServer(page) });
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
after(async () => {
  close();
  await store.close();
});

const tokenOf = (body: string) => /value="([^"]+)"/.exec(body)?.[1] ?? '';
const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

describe('cache fast path in the Node server', () => {
  it('answers a repeat request from the cache with the stored headers and exact bytes', async () => {
    const first = await fetch(`${url}/page`);
    const firstBody = await first.text();
    const hit = await fetch(`${url}/page`);
    assert.equal(hit.headers.get('x-page-cache'), 'hit');
    assert.equal(hit.headers.get('x-frame-options'), 'DENY');
    assert.equal(hit.headers.get('content-type'), first.headers.get('content-type'));
    assert.equal(hit.headers.get('set-cookie'), null);
    const body = await hit.text();
    assert.equal(body, firstBody);
    assert.equal(Number(hit.headers.get('content-length')), Buffer.byteLength(body));
    assert.equal(renders, 1);
  });

  it('answers a page without a form with its stored bytes and no cookie', async () => {
    const first = await (await fetch(`${url}/plain`)).text();
    const hit = await fetch(`${url}/plain`);
    assert.equal(hit.headers.get('x-page-cache'), 'hit');
    assert.equal(hit.headers.get('set-cookie'), null);
    const body = await hit.text();
    assert.equal(body, first);
    assert.equal(Number(hit.headers.get('content-length')), Buffer.byteLength(body));
  });

  it('serves many concurrent readers the same bytes from one rendering', async () => {
    const before = renders;
    const first = await (await fetch(`${url}/plain?many`)).text();
    const hits = await Promise.all(Array.from({ length: 40 }, () => fetch(`${url}/plain?many`)));
    const bodies = await Promise.all(hits.map((hit) => hit.text()));
    assert.deepEqual(new Set(bodies), new Set([first]));
    assert.equal(renders, before + 1);
  });

  it('leaves a page carrying a reader’s token to the app, whose token verifies', async () => {
    const first = await fetch(`${url}/form`);
    const second = await fetch(`${url}/form`);
    assert.equal(second.headers.get('x-page-cache'), null);
    const [firstToken, secondToken] = [tokenOf(await first.text()), tokenOf(await second.text())];
    assert.notEqual(firstToken, secondToken);
    const check = await fetch(`${url}/check`, {
      method: 'POST',
      headers: { cookie: cookieOf(first), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ [CSRF_FIELD]: firstToken }),
    });
    assert.equal(await check.text(), 'true');
  });

  it('leaves requests with other cookies to the app', async () => {
    const response = await fetch(`${url}/page`, { headers: { cookie: 'gw_admin=x' } });
    assert.equal(response.headers.get('x-page-cache'), null);
    assert.match(await response.text(), /render \d+/);
  });
});
