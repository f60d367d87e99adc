/**
 * CSRF defence shared by every form (reader feedback, admin): a random per-browser cookie, and a
 * hidden-field token that is the cookie's HMAC under a server secret. A cross-site page can
 * neither read the cookie nor compute the HMAC, and SameSite=Lax keeps the cookie off its POSTs.
 *
 * Use: `issue(c)` in a form (`<input type="hidden" name="${CSRF_FIELD}" value="${issue(c)}">`),
 * `verify(c, body[CSRF_FIELD])` in the POST handler, or `csrfProtection()` as route middleware.
 */
import { createHmac, randomBytes, randomFillSync, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { CsrfGuard } from './context-keys.js';

export type { CsrfGuard };

/** Name of the hidden form field carrying the token. */
export const CSRF_FIELD = '_csrf';
/** Stands for the token in a cached page; replaced per response (letters only, so escaping keeps it). */
export const CSRF_PLACEHOLDER = 'GWCSRFTOKENPLACEHOLDERx9q';
/** Name of the cookie the token is bound to. */
export const CSRF_COOKIE = 'gw_csrf';
const COOKIE_VALUE = /^[\w-]{16,64}$/;
const COOKIE_DAYS = 30;

const ID_BYTES = 18;
// Drawn from the CSPRNG in blocks: one call per 512 new browsers instead of one each, which cost a cached page a tenth of its speed.
const idPool = Buffer.alloc(ID_BYTES * 512);
let idOffset = idPool.length;

/** Returns a new random cookie id (18 bytes, base64url). */
function newCookieId(): string {
  if (idOffset >= idPool.length) {
    randomFillSync(idPool);
    idOffset = 0;
  }
  idOffset += ID_BYTES;
  return idPool.toString('base64url', idOffset - ID_BYTES, idOffset);
}

/** Creates a guard; without a secret one is drawn at start-up (a restart then asks open forms to reload). */
export function createCsrfGuard(secret: Uint8Array | string = randomBytes(32)): CsrfGuard {
  const sign = (id: string) => createHmac('sha256', secret).update(`csrf:${id}`).digest('base64url');
  const tokenForCookie = (cookie: string | undefined, secure: boolean) => {
    if (cookie && COOKIE_VALUE.test(cookie)) return { token: sign(cookie), setCookie: null };
    const id = newCookieId();
    const setCookie = `${CSRF_COOKIE}=${id}; Max-Age=${COOKIE_DAYS * 86_400}; Path=/; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
    return { token: sign(id), setCookie };
  };
  return {
    token(c) {
      // A page being rendered for the cache gets a placeholder: the cache fills in each reader's own token.
      if (c.get('gwCsrfDeferred')) {
        c.set('gwCsrfUsed', true);
        return CSRF_PLACEHOLDER;
      }
      const { token, setCookie } = tokenForCookie(getCookie(c, CSRF_COOKIE), new URL(c.req.url).protocol === 'https:');
      if (setCookie) c.header('set-cookie', setCookie, { append: true });
      return token;
    },
    verify(c, submitted) {
      const id = getCookie(c, CSRF_COOKIE);
      if (!id || typeof submitted !== 'string' || !sameOrigin(c)) return false;
      const expected = Buffer.from(sign(id));
      const given = Buffer.from(submitted);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
    tokenForCookie,
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

/** Tells whether a submitted token is valid for this browser and origin. */
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

/** Checks the Origin header when the browser sends one (all current browsers do on POST). */
function sameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  if (!origin || origin === 'null') return origin !== 'null';
  try {
    return new URL(origin).host === (c.req.header('host') ?? new URL(c.req.url).host);
  } catch {
    return false;
  }
}
