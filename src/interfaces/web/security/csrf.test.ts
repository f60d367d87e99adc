import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import { CSRF_FIELD, createCsrfGuard, csrfProtection, issue, verify } from './csrf.js';

function app(secret = 'one secret') {
  const guard = createCsrfGuard(Buffer.from(secret));
  const web = new Hono();
  web.use('*', async (c, next) => {
    c.set('gwCsrf', guard);
    await next();
  });
  web.get('/form', (c) => c.text(issue(c)));
  web.post('/check', async (c) => c.text(String(verify(c, (await c.req.parseBody())[CSRF_FIELD]))));
  web.post('/guarded', csrfProtection(), (c) => c.text('done'));
  return web;
}

async function visit(web: Hono): Promise<{ token: string; cookie: string }> {
  const response = await web.request('/form');
  return { token: await response.text(), cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] as string };
}

const post = (web: Hono, path: string, token: string, headers: Record<string, string>) =>
  web.request(path, {
    method: 'POST',
    body: new URLSearchParams({ [CSRF_FIELD]: token }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });

describe('CSRF guard', () => {
  it('sets an HttpOnly SameSite cookie and accepts the token bound to it', async () => {
    const web = app();
    const response = await web.request('/form');
    assert.match(response.headers.get('set-cookie') ?? '', /^gw_csrf=[\w-]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax$/);
    const { token, cookie } = await visit(web);
    assert.equal(await (await post(web, '/check', token, { cookie })).text(), 'true');
  });

  it('rejects a missing cookie, another browser’s token and a forged token', async () => {
    const web = app();
    const first = await visit(web);
    const second = await visit(web);
    assert.equal(await (await post(web, '/check', first.token, {})).text(), 'false');
    assert.equal(await (await post(web, '/check', first.token, { cookie: second.cookie })).text(), 'false');
    assert.equal(await (await post(web, '/check', 'x'.repeat(43), { cookie: first.cookie })).text(), 'false');
    assert.equal(await (await post(web, '/check', first.token, { cookie: first.cookie })).text(), 'true');
  });

  it('does not accept tokens made under another secret', async () => {
    const { token, cookie } = await visit(app('first secret'));
    assert.equal(await (await post(app('second secret'), '/check', token, { cookie })).text(), 'false');
  });

  it('answers 403 from the route middleware when the token is wrong', async () => {
    const web = app();
    const { token, cookie } = await visit(web);
    assert.equal((await post(web, '/guarded', 'wrong', { cookie })).status, 403);
    assert.equal(await (await post(web, '/guarded', token, { cookie })).text(), 'done');
  });

  it('marks a page carrying a token as one reader’s own, so the page cache leaves it', async () => {
    const web = new Hono();
    web.get('/', (c) => c.text(`${String(c.get('gwCsrfUsed'))} ${issue(c).length} ${String(c.get('gwCsrfUsed'))}`));
    assert.equal(await (await web.request('/')).text(), 'undefined 43 true');
  });
});
