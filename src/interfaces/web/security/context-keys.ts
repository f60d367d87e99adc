/** Request-scoped values the security and cache middleware share through Hono's context. */
import type { Context } from 'hono';

/** The CSRF guard's shape, declared here (and re-exported by csrf.ts) so the two modules import in one direction only. */
export interface CsrfGuard {
  /** Returns this browser's form token, setting the cookie on the response when it has none. */
  token(c: Context): string;
  /** Tells whether a submitted token matches this browser's cookie. */
  verify(c: Context, submitted: unknown): boolean;
}

declare module 'hono' {
  interface ContextVariableMap {
    /** The app's CSRF guard, set for every request by the security middleware. */
    gwCsrf: CsrfGuard;
    /** Set when a page carries a reader's own CSRF token, so the page cache does not keep it. */
    gwCsrfUsed: boolean;
  }
}
