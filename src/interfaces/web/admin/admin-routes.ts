/**
 * /admin: log in with the configured password or token, then add and remove sources and import
 * OPML. Every POST carries a CSRF token, login attempts are rate-limited, pages are never cached.
 */
import { readFileSync } from 'node:fs';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { addSource } from '../../../jobs/add-source.js';
import { addSourceDependencies } from './add-source-deps.js';
import { CSRF_FIELD, issue, verify } from '../security/csrf.js';
import { RateLimiter, clientAddress, rateLimit } from '../security/rate-limit.js';
import type { WebContext } from '../web-context.js';
import { adminEnabled, isAdminSecret } from './admin-settings.js';
import { adminOffPage, dashboardPage, loginPage } from './admin-views.js';
import { importOpml } from './opml-import.js';
import { type AdminSessions, createAdminSessions } from './session.js';

const STYLESHEET = readFileSync(new URL('./admin.css', import.meta.url), 'utf8');
// Ten guesses per quarter hour per address: enough for typos, far too few for guessing.
const LOGIN_ATTEMPTS = 10;
const LOGIN_WINDOW_SECONDS = 15 * 60;
const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
const EXPIRED = 'The form expired. Please try again.';

type Form = Record<string, string | File | (string | File)[]>;

function text(form: Form, name: string): string {
  const value = form[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** Reads the form and checks its CSRF token; null means "reject". */
async function checkedForm(c: Context): Promise<Form | null> {
  const form = (await c.req.parseBody().catch(() => null)) as Form | null;
  return form && verify(c, form[CSRF_FIELD]) ? form : null;
}

function guard(context: WebContext, sessions: AdminSessions): MiddlewareHandler {
  return async (c, next) => {
    c.header('cache-control', 'no-store');
    if (!adminEnabled(context.site)) return c.html(adminOffPage(), c.req.method === 'GET' ? 200 : 403);
    const open = c.req.path === '/admin/login';
    if (!open && !sessions.check(c)) return c.req.method === 'GET' ? c.redirect('/admin/login', 303) : c.text('Log in first.', 401);
    await next();
  };
}

async function dashboard(
  c: Context,
  context: WebContext,
  extra: { notice?: string | null; error?: string | null; form?: Record<string, string> } = {},
  status: 200 | 422 = 200,
) {
  const sources = await context.store.sources.list();
  return c.html(dashboardPage({ sources, token: issue(c), now: context.clock.now(), ...extra }), status);
}

/** Mounts the admin pages and their static style sheet. */
export function mountAdmin(app: Hono, context: WebContext): void {
  const sessions = createAdminSessions(context.site);
  const loginLimit = new RateLimiter(LOGIN_ATTEMPTS, LOGIN_WINDOW_SECONDS);
  app.get('/assets/admin.css', (c) =>
    c.body(STYLESHEET, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }),
  );
  app.use('/admin', guard(context, sessions));
  app.use('/admin/*', guard(context, sessions));
  app.get('/admin/login', (c) => (sessions.check(c) ? c.redirect('/admin', 303) : c.html(loginPage(issue(c), null))));
  app.post('/admin/login', rateLimit(loginLimit), async (c) => {
    const form = await checkedForm(c);
    if (!form) return c.html(loginPage(issue(c), EXPIRED), 403);
    if (!isAdminSecret(context.site, form.secret)) {
      context.logger.warn('admin-login-failed', { client: clientAddress(c) });
      return c.html(loginPage(issue(c), 'That password or token is not right.'), 401);
    }
    loginLimit.reset(clientAddress(c));
    sessions.start(c);
    return c.redirect('/admin', 303);
  });
  app.post('/admin/logout', async (c) => {
    if (!(await checkedForm(c))) return c.text('The form expired: reload the page.', 403);
    sessions.end(c);
    return c.redirect('/admin/login', 303);
  });
  app.get('/admin', (c) => dashboard(c, context, { notice: noticeFrom(c) }));
  mountSourceActions(app, context);
}

function noticeFrom(c: Context): string | null {
  const added = c.req.query('added');
  const removed = c.req.query('removed');
  if (added) return `Added ${added}. It will be fetched on the next pass.`;
  if (removed) return `Removed ${removed} and its articles.`;
  return null;
}

/** Handles the add form: checks the feed (when the server can fetch), stores it, redirects to the list. */
async function addFromForm(c: Context, context: WebContext): Promise<Response> {
  const form = await checkedForm(c);
  if (!form) return dashboard(c, context, { error: EXPIRED }, 422);
  const fields = ['feedUrl', 'name', 'region', 'language', 'boards', 'check'] as const;
  const values = Object.fromEntries(fields.map((name) => [name, text(form, name)])) as Record<(typeof fields)[number], string>;
  const result = await addSource(addSourceDependencies(context), {
    feedUrl: values.feedUrl,
    name: values.name,
    region: values.region || null,
    language: values.language || null,
    boards: values.boards
      .split(',')
      .map((board) => board.trim())
      .filter(Boolean),
    // Without an HTTP client (tests) the feed cannot be fetched, so it is stored unchecked.
    check: values.check === '1' && context.http !== undefined,
  });
  if (!result.ok) {
    const error = `Could not add ${values.feedUrl || 'the source'}: ${result.error.userMessage ?? result.error.message}`;
    return dashboard(c, context, { error, form: values }, 422);
  }
  context.logger.info('source-added', { source_id: result.value.id, by: 'admin' });
  return c.redirect(`/admin?added=${encodeURIComponent(result.value.id)}`, 303);
}

/** Handles a remove button: deletes the source and its articles, redirects to the list. */
async function removeFromForm(c: Context, context: WebContext): Promise<Response> {
  if (!(await checkedForm(c))) return dashboard(c, context, { error: EXPIRED }, 422);
  const id = c.req.param('id') ?? '';
  if (!(await context.store.sources.remove(id))) return dashboard(c, context, { error: `No source with id ${id}.` }, 422);
  context.logger.info('source-removed', { source_id: id, by: 'admin' });
  return c.redirect(`/admin?removed=${encodeURIComponent(id)}`, 303);
}

/** Handles the OPML form: an uploaded file or pasted text. */
async function importFromForm(c: Context, context: WebContext): Promise<Response> {
  const form = await checkedForm(c);
  if (!form) return dashboard(c, context, { error: EXPIRED }, 422);
  const file = form.opml;
  const opml = file instanceof File && file.size > 0 ? await file.text() : text(form, 'opmlText');
  const outcome = await importOpml(context, opml);
  return dashboard(c, context, outcome, outcome.error ? 422 : 200);
}

function mountSourceActions(app: Hono, context: WebContext): void {
  app.post('/admin/sources', (c) => addFromForm(c, context));
  app.post('/admin/sources/:id/remove', (c) => removeFromForm(c, context));
  const limit = bodyLimit({ maxSize: MAX_UPLOAD_BYTES, onError: (c) => c.text('The OPML file is larger than 2 MB.', 413) });
  app.post('/admin/opml', limit, (c) => importFromForm(c, context));
}
