import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import type { SqliteStore } from '../../../adapters/storage/sqlite/sqlite-store.js';
import { STORIES, newsroomContext, openNewsroom } from '../../../../test/support/newsroom.js';
import { API_BASE, createApi, mountApi } from './api-routes.js';
import { DOCUMENTED_PATHS } from './openapi.js';

let store: SqliteStore;
let app: Hono;

before(async () => {
  ({ store } = await openNewsroom());
  app = new Hono();
  mountApi(app, newsroomContext(store));
});
after(() => store.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, checked field by field below
async function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await app.request(`http://localhost${API_BASE}${path}`, { headers });
  assert.match(response.headers.get('content-type') ?? '', /application\/json/, path);
  return { status: response.status, body: await response.json(), headers: response.headers };
}

// A real value for every path parameter, so each documented route can be called.
const SAMPLE: Record<string, string> = { id: STORIES.wide, version: '1' };
const concrete = (path: string) =>
  path.replace(/\{(\w+)\}/g, (_m, name: string) => (path.startsWith('/sources') ? 'ledger' : (SAMPLE[name] ?? '')));

describe('JSON API', () => {
  it('lists stories newest first with paging and a next link', async () => {
    const { body } = await get('/stories?limit=2');
    assert.equal(body.total, 4);
    assert.deepEqual(
      body.items.map((s: { id: string }) => s.id),
      [STORIES.narrow, STORIES.wide],
    );
    assert.equal(body.next, 'http://localhost/api/v1/stories?limit=2&offset=2');
    const last = await get('/stories?limit=2&offset=2');
    assert.deepEqual(
      last.body.items.map((s: { id: string }) => s.id),
      [STORIES.chinese, STORIES.old],
    );
    assert.equal(last.body.next, null);
  });

  it('filters stories by board, tag, region, language and outlet', async () => {
    const ids = async (query: string) => (await get(`/stories?${query}`)).body.items.map((s: { id: string }) => s.id);
    assert.deepEqual(await ids('board=energy-power'), [STORIES.wide, STORIES.old]);
    assert.deepEqual(await ids('tag=nuclear'), [STORIES.wide]);
    assert.deepEqual(await ids('region=china'), [STORIES.chinese]);
    assert.deepEqual(await ids('language=zh'), [STORIES.wide, STORIES.chinese]);
    // Gridline's syndicated copy of the Ledger's K10 report puts it on that story too.
    assert.deepEqual(await ids('outlet=gridline'), [STORIES.narrow, STORIES.wide, STORIES.old]);
  });

  it('returns one story with labels, their evidence, its articles and its brief version', async () => {
    const { body } = await get(`/stories/${STORIES.wide}`);
    assert.equal(body.headline, 'Helioscale signs a 500 MW nuclear deal for Texas');
    assert.equal(body.outletCount, 3);
    assert.deepEqual(body.labels[0].evidence, [{ articleId: 'a-ledger-1', sentenceId: 'p1s1', text: 'Evidence for Energy & Power.' }]);
    assert.deepEqual(body.articles.map((a: { outlet: string }) => a.outlet).sort(), ['Gridline Weekly', 'The Compute Ledger', '算力观察']);
    assert.ok(!JSON.stringify(body).includes('<script>'), 'no third-party HTML');
    assert.equal(body.brief.version, 2);
  });

  it('returns the latest brief, its versions, and a given version', async () => {
    assert.equal(
      (await get(`/stories/${STORIES.wide}/brief`)).body.brief.headline.text,
      'Helioscale signs a 500 MW nuclear deal for Texas',
    );
    assert.deepEqual(
      (await get(`/stories/${STORIES.wide}/brief/versions`)).body.versions.map((v: { version: number }) => v.version),
      [2, 1],
    );
    const first = await get(`/stories/${STORIES.wide}/brief/1`);
    assert.equal(first.body.version, 1);
    assert.equal(first.body.brief.headline.text, 'Helioscale signs a 500 MW nuclear deal');
  });

  it('lists sources with health and no fetch validators', async () => {
    const { body } = await get('/sources');
    assert.deepEqual(body.items.map((s: { id: string }) => s.id).sort(), ['gridline', 'ledger', 'suanli']);
    assert.ok('health' in body.items[0] && !('validators' in body.items[0]));
  });

  it('searches stories and articles, Chinese included', async () => {
    const { body } = await get(`/search?q=${encodeURIComponent('算力')}`);
    assert.ok(body.stories.some((s: { id: string }) => s.id === STORIES.chinese));
    assert.ok(body.articles.length > 0);
  });

  it('answers errors as JSON with a message', async () => {
    assert.deepEqual((await get('/stories/nope')).body, { error: { status: 404, message: 'No story with id nope.' } });
    assert.equal((await get(`/stories/${STORIES.wide}/brief/9`)).status, 404);
    assert.equal((await get('/stories?limit=500')).status, 400);
    assert.match((await get('/search')).body.error.message, /q is required/);
    assert.equal((await get('/no/such/route')).status, 404);
  });

  it('sends no CORS headers unless origins are configured', async () => {
    assert.equal((await get('/sources', { origin: 'https://elsewhere.example' })).headers.get('access-control-allow-origin'), null);
    const open = createApi(newsroomContext(store, { site: { apiCorsOrigins: ['https://app.example'] } }));
    const response = await open.request('http://localhost/sources', { headers: { origin: 'https://app.example' } });
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://app.example');
  });
});

describe('OpenAPI description', () => {
  it('is OpenAPI 3.1 with the server under /api/v1', async () => {
    const { body } = await get('/openapi.json');
    assert.equal(body.openapi, '3.1.0');
    assert.equal(body.servers[0].url, `http://localhost${API_BASE}`);
  });

  it('documents every route the API serves', () => {
    const served = new Set(
      createApi(newsroomContext(store))
        .routes.filter((route) => route.path !== '/*' && route.method !== 'ALL')
        .map((route) => route.path.replace(/:(\w+)/g, '{$1}')),
    );
    assert.deepEqual([...served].sort(), [...DOCUMENTED_PATHS].sort());
  });

  it('has every documented route answer with a documented status', async () => {
    const { body } = await get('/openapi.json');
    for (const [path, operations] of Object.entries(
      body.paths as Record<
        string,
        { get: { responses: Record<string, unknown>; parameters?: { name: string; required: boolean; in: string }[] } }
      >,
    )) {
      const required = (operations.get.parameters ?? []).filter((p) => p.in === 'query' && p.required).map((p) => `${p.name}=nuclear`);
      const response = await get(`${concrete(path)}${required.length ? `?${required.join('&')}` : ''}`);
      assert.equal(response.status, 200, `${path} answers`);
      assert.ok(Object.keys(operations.get.responses).includes(String(response.status)), `${path} documents ${response.status}`);
    }
  });
});
