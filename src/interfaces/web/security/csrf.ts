/**
 * The token half of CSRF defence, for the admin forms, which act for a signed-in session: a random
 * per-browser cookie, and a hidden-field token that is the cookie's HMAC under a server secret. A cross-site
 * page can neither read the cookie nor compute the HMAC, and SameSite=Lax keeps the cookie off its POSTs.
 * Every state-changing request also passes the cross-origin check (cross-origin.ts), which is all reader forms need.
 *
 * Use: `issue(c)` in a form (`<input type="hidden" name="${CSRF_FIELD}" value="${issue(c)}">`),
 * `verify(c, body[CSRF_FIELD])` in the POST handler, or `csrfProtection()` as route middleware.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { CsrfGuard } from './context-keys.js';

export type { CsrfGuard };

/** Name of the hidden form field carrying the token. */
export const CSRF_FIELD = '_csrf';
/** Name of the cookie the token is bound to. */
export const CSRF_COOKIE = 'gw_csrf';
const COOKIE_VALUE = /^[\w-]{16,64}$/;
const COOKIE_DAYS = 30;

const ID_BYTES = 18;

/** Creates a guard; without a secret one is drawn at start-up (a restart then asks open forms to reload). */
export function createCsrfGuard(secret: Uint8Array | string = randomBytes(32)): CsrfGuard {
  const sign = (id: string) => createHmac('sha256', secret).update(`csrf:${id}`).digest('base64url');
  return {
    token(c) {
      // A page with this reader's token is theirs alone: the page cache must not keep it.
      c.set('gwCsrfUsed', true);
      const cookie = getCookie(c, CSRF_COOKIE);
      if (cookie && COOKIE_VALUE.test(cookie)) return sign(cookie);
      const id = randomBytes(ID_BYTES).toString('base64url');
      const secure = new URL(c.req.url).protocol === 'https:' ? '; Secure' : '';
      c.header('set-cookie', `${CSRF_COOKIE}=${id}; Max-Age=${COOKIE_DAYS * 86_400}; Path=/; HttpOnly; SameSite=Lax${secure}`, {
        append: true,
      });
      return sign(id);
    },
    verify(c, submitted) {
      const id = getCookie(c, CSRF_COOKIE);
      if (!id || typeof submitted !== 'string') return false;
      const expected = Buffer.from(sign(id));
      const given = Buffer.from(submitted);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}

// Used when no security middleware ran (a route mounted on a bare app in a unit test).
let fallbackGuard: CsrfGuard | null = null;

function guardOf(c: Context): CsrfGuard {
  const guard = c.get('gwCsrf');
  if (guard) return guard;
  fallbackGuard ??= createCsrfGuard();
  return fallbackGuard;
}

/** Returns the CSRF token for this browser (sets its cookie when missing). */
export function issue(c: Context): string {
  return guardOf(c).token(c);
}

/** Tells whether a submitted token is valid for this browser. */
export function verify(c: Context, token: unknown): boolean {
  return guardOf(c).verify(c, token);
}

/** Rejects POSTs whose form lacks a valid token with 403 (form bodies are parsed once and cached by Hono). */
export function csrfProtection(): MiddlewareHandler {
  return async (c, next) => {
    const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    if (!verify(c, body[CSRF_FIELD])) {
      return c.html(
        '<!doctype html><title>Form expired</title><h1>This form has expired</h1><p>Go back, reload the page and try again.</p>',
        403,
      );
    }
    await next();
  };
}
