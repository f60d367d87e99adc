/** Request-scoped values the security and cache middleware share through Hono's context. */
import type { Context } from 'hono';

/** The CSRF guard's shape, declared here (and re-exported by csrf.ts) so the two modules import in one direction only. */
export interface CsrfGuard {
  /** Returns this browser's form token, setting the cookie on the response when it has none. */
  token(c: Context): string;
  /** Tells whether a submitted token matches this browser's cookie and the request came from our own origin. */
  verify(c: Context, submitted: unknown): boolean;
  /** Returns the token for a raw cookie value, with the Set-Cookie header to send when it was missing (no framework needed). */
  tokenForCookie(cookie: string | undefined, secure: boolean): { token: string; setCookie: string | null };
}

declare module 'hono' {
  interface ContextVariableMap {
    /** The app's CSRF guard, set for every request by the security middleware. */
    gwCsrf: CsrfGuard;
    /** Set by the page cache while rendering: tokens become a placeholder filled in per response. */
    gwCsrfDeferred: boolean;
    /** Set when a deferred token was handed out, so the cache knows to fill it in. */
    gwCsrfUsed: boolean;
  }
}
