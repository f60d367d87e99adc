/**
 * The admin session: a signed cookie holding an expiry and a random id. It is HttpOnly, SameSite=Strict
 * and scoped to /admin, so reader pages never see it (and stay cacheable). Changing the admin
 * password or token changes the signing key, which ends every open session.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { SiteSettings } from '../web-context.js';
import { deriveKey, readSigned, signValue } from '../security/secrets.js';

const COOKIE = 'gw_admin';
const PATH = '/admin';
const HOURS = 12;

export interface AdminSessions {
  /** Starts a session: sets the cookie on the response. */
  start(c: Context): void;
  /** Tells whether the request carries a valid, unexpired, not-ended session. */
  check(c: Context): boolean;
  /** Ends the request's session and clears its cookie. */
  end(c: Context): void;
}

/** Creates the session keeper for the configured secrets. */
export function createAdminSessions(site: Partial<SiteSettings> | undefined, now: () => number = Date.now): AdminSessions {
  const credentials = createHash('sha256')
    .update(`${site?.adminPassword ?? ''}\0${site?.adminToken ?? ''}`)
    .digest('hex');
  const key = deriveKey(site?.sessionSecret, `admin-session:${credentials}`);
  // Ended sessions until they would have expired anyway; bounded by how often the admin logs out.
  const ended = new Map<string, number>();
  const read = (c: Context): { id: string; expires: number } | null => {
    const value = readSigned(key, getCookie(c, COOKIE));
    const [expires, id] = value?.split('.') ?? [];
    const expiry = Number(expires);
    if (!id || !Number.isFinite(expiry) || expiry * 1000 <= now() || ended.has(id)) return null;
    return { id, expires: expiry };
  };
  return {
    start(c) {
      const expires = Math.floor(now() / 1000) + HOURS * 3600;
      const value = signValue(key, `${expires}.${randomBytes(16).toString('base64url')}`);
      setCookie(c, COOKIE, value, {
        path: PATH,
        httpOnly: true,
        sameSite: 'Strict',
        secure: new URL(c.req.url).protocol === 'https:',
        maxAge: HOURS * 3600,
      });
    },
    check: (c) => read(c) !== null,
    end(c) {
      const session = read(c);
      if (session) ended.set(session.id, session.expires);
      for (const [id, expires] of ended) if (expires * 1000 <= now()) ended.delete(id);
      deleteCookie(c, COOKIE, { path: PATH });
    },
  };
}
