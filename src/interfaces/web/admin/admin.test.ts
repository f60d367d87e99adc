import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import type { SqliteStore } from '../../../adapters/storage/sqlite/sqlite-store.js';
import { newsroomContext, openNewsroom } from '../../../../test/support/newsroom.js';
import { CSRF_FIELD } from '../security/csrf.js';
import { mountSecurity } from '../security/mount.js';
import type { SiteSettings } from '../web-context.js';
import { mountAdmin } from './admin-routes.js';

let store: SqliteStore;
const PASSWORD = 'correct horse battery staple';

before(async () => {
  ({ store } = await openNewsroom());
});
after(() => store.close());

function adminApp(site: Partial<SiteSettings>): Hono {
  const app = new Hono();
  const context = newsroomContext(store, { site, dataVersion: () => 'v' });
  mountSecurity(app, context);
  mountAdmin(app, context);
  return app;
}

/** A browser stand-in: keeps cookies per path prefix and reads the CSRF token from the last page. */
class Browser {
  private readonly cookies = new Map<string, { value: string; path: string }>();
  token = '';
  constructor(private readonly app: Hono) {}

  async get(path: string): Promise<Response> {
    return this.remember(await this.app.request(path, { headers: { cookie: this.cookieFor(path) } }));
  }

  async post(path: string, fields: Record<string, string | Blob>, token = this.token): Promise<Response> {
    const body = new FormData();
    for (const [name, value] of Object.entries({ ...fields, [CSRF_FIELD]: token })) body.append(name, value);
    return this.remember(
      await this.app.request(path, { method: 'POST', body, headers: { cookie: this.cookieFor(path), origin: 'http://localhost' } }),
    );
  }

  cookieFor(path: string): string {
    return [...this.cookies]
      .filter(([, c]) => path.startsWith(c.path))
      .map(([name, c]) => `${name}=${c.value}`)
      .join('; ');
  }

  private async remember(response: Response): Promise<Response> {
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split('; ');
      const [name = '', value = ''] = pair.split('=');
      const path = attributes.find((a) => a.startsWith('Path='))?.slice(5) ?? '/';
      if (attributes.some((a) => a === 'Max-Age=0')) this.cookies.delete(name);
      else this.cookies.set(name, { value, path });
    }
    const text = await response.clone().text();
    this.token = /name="_csrf" value="([^"]+)"/.exec(text)?.[1] ?? this.token;
    return response;
  }
}

async function loggedIn(app: Hono): Promise<Browser> {
  const browser = new Browser(app);
  await browser.get('/admin/login');
  const response = await browser.post('/admin/login', { secret: PASSWORD });
  assert.equal(response.status, 303);
  await browser.get('/admin');
  return browser;
}

describe('admin', () => {
  it('explains how to turn admin on when no secret is configured', async () => {
    const app = adminApp({});
    const page = await app.request('/admin');
    assert.equal(page.status, 200);
    assert.match(await page.text(), /set adminPassword or adminToken in groundwire.config.json, or GROUNDWIRE_ADMIN_PASSWORD/);
    assert.equal((await app.request('/admin/login', { method: 'POST' })).status, 403);
  });

  it('sends visitors to the login form and refuses a wrong password', async () => {
    const app = adminApp({ adminPassword: PASSWORD });
    const browser = new Browser(app);
    const start = await browser.get('/admin');
    assert.equal(start.status, 303);
    assert.equal(start.headers.get('location'), '/admin/login');
    await browser.get('/admin/login');
    const wrong = await browser.post('/admin/login', { secret: 'guess' });
    assert.equal(wrong.status, 401);
    assert.match(await wrong.text(), /not right/);
    assert.equal((await browser.get('/admin')).status, 303);
  });

  it('logs in with the password or the token, with a signed Strict HttpOnly cookie scoped to /admin', async () => {
    const app = adminApp({ adminPassword: PASSWORD, adminToken: 'tok-123456' });
    const browser = new Browser(app);
    await browser.get('/admin/login');
    const response = await browser.post('/admin/login', { secret: 'tok-123456' });
    assert.equal(response.status, 303);
    assert.match(
      response.headers.get('set-cookie') ?? '',
      /^gw_admin=[^;]+\.[\w-]+; Max-Age=43200; Path=\/admin; HttpOnly; SameSite=Strict$/,
    );
    const dashboard = await browser.get('/admin');
    assert.equal(dashboard.status, 200);
    assert.equal(dashboard.headers.get('cache-control'), 'no-store');
    assert.match(await dashboard.text(), /Followed sources \(3\)/);
  });

  it('rejects a forged or tampered session cookie', async () => {
    const app = adminApp({ adminPassword: PASSWORD });
    assert.equal((await app.request('/admin', { headers: { cookie: 'gw_admin=9999999999.abc.def' } })).status, 303);
  });

  it('refuses POSTs without a valid CSRF token', async () => {
    const app = adminApp({ adminPassword: PASSWORD });
    const browser = await loggedIn(app);
    const response = await browser.post('/admin/sources', { feedUrl: 'https://new.example/feed.xml' }, 'forged');
    assert.equal(response.status, 422);
    assert.match(await response.text(), /The form expired/);
    assert.equal(await store.sources.findByFeedUrl('https://new.example/feed.xml'), null);
    const login = new Browser(app);
    await login.get('/admin/login');
    assert.equal((await login.post('/admin/login', { secret: PASSWORD }, 'forged')).status, 403);
  });

  it('adds and removes a source', async () => {
    const browser = await loggedIn(adminApp({ adminPassword: PASSWORD }));
    const added = await browser.post('/admin/sources', {
      feedUrl: 'https://new.example/feed.xml',
      name: 'New <Outlet>',
      boards: 'energy-power, security',
      check: '1',
    });
    assert.equal(added.status, 303);
    assert.equal(added.headers.get('location'), '/admin?added=new-outlet');
    assert.deepEqual((await store.sources.get('new-outlet'))?.boards, ['energy-power', 'security']);
    const page = await (await browser.get('/admin?added=new-outlet')).text();
    assert.match(page, /Added new-outlet/);
    assert.ok(page.includes('New &lt;Outlet&gt;') && !page.includes('New <Outlet>'), 'names are escaped');
    const duplicate = await browser.post('/admin/sources', { feedUrl: 'https://new.example/feed.xml' });
    assert.equal(duplicate.status, 422);
    assert.match(await duplicate.text(), /already follows/);
    const removed = await browser.post('/admin/sources/new-outlet/remove', {});
    assert.equal(removed.headers.get('location'), '/admin?removed=new-outlet');
    assert.equal(await store.sources.get('new-outlet'), null);
  });

  it('imports OPML from an uploaded file, folders becoming boards', async () => {
    const browser = await loggedIn(adminApp({ adminPassword: PASSWORD }));
    const opml = `<?xml version="1.0"?><opml version="2.0"><body><outline text="Energy"><outline text="Grid Wire" xmlUrl="https://gridwire.example/rss"/></outline><outline text="Ledger again" xmlUrl="https://ledger.example/feed.xml"/></body></opml>`;
    const response = await browser.post('/admin/opml', { opml: new File([opml], 'subs.opml', { type: 'text/xml' }) });
    assert.equal(response.status, 200);
    const text = await response.text();
    assert.match(text, /Imported 1 source: grid-wire\. Skipped 1: https:\/\/ledger\.example\/feed\.xml \(Groundwire already follows/);
    assert.deepEqual((await store.sources.get('grid-wire'))?.boards, ['Energy']);
    const empty = await browser.post('/admin/opml', { opmlText: '<html>not opml</html>' });
    assert.equal(empty.status, 422);
  });

  it('limits login attempts per client and logs out', async () => {
    const app = adminApp({ adminPassword: PASSWORD });
    const browser = new Browser(app);
    await browser.get('/admin/login');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) statuses.push((await browser.post('/admin/login', { secret: 'guess' })).status);
    assert.deepEqual(statuses, [...Array(10).fill(401), 429]);
    const fresh = adminApp({ adminPassword: PASSWORD });
    const other = await loggedIn(fresh);
    const session = other.cookieFor('/admin');
    assert.equal((await other.post('/admin/logout', {})).status, 303);
    assert.equal((await other.get('/admin')).status, 303);
    assert.equal((await fresh.request('/admin', { headers: { cookie: session } })).status, 303, 'the old cookie no longer works');
  });
});
