/**
 * Cross-origin protection for every state-changing request, without tokens: a browser says where a request
 * comes from in Sec-Fetch-Site (all browsers since 2023), and sends Origin on every cross-origin POST (all
 * since 2020). The rules are those of Go 1.25's net/http.CrossOriginProtection.
 *
 * Reader forms ("Was this helpful?", "Report a problem") rely on it alone. That keeps every reader's story
 * page the same bytes with no cookie: pages stay cacheable (here and by any proxy in front) and an anonymous
 * reader gets no identifier. Admin forms, which act for a signed-in session, keep their token as well (csrf.ts).
 */
import type { MiddlewareHandler } from 'hono';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What a request says about where it comes from. */
export interface RequestSource {
  method: string;
  secFetchSite: string | undefined;
  origin: string | undefined;
  host: string | undefined;
}

/** Why a request was refused, or null when it may go on. */
export type CrossOriginRefusal = 'cross-site-fetch' | 'foreign-origin' | null;

/**
 * Decides whether a request may change state. `trustedOrigins` are origins the site is published under
 * (publicUrl): behind a proxy that rewrites Host, the browser's Origin is the public one.
 */
export function crossOriginRefusal(request: RequestSource, trustedOrigins: ReadonlySet<string>): CrossOriginRefusal {
  if (SAFE_METHODS.has(request.method)) return null;
  if (request.origin && trustedOrigins.has(request.origin)) return null;
  if (request.secFetchSite !== undefined) {
    // "none" is a navigation the user started (a bookmark, the address bar); "same-site" may be another subdomain.
    return request.secFetchSite === 'same-origin' || request.secFetchSite === 'none' ? null : 'cross-site-fetch';
  }
  // Neither header: not a browser (curl, a script) or one too old to send them, which no attacker can make a victim's browser be.
  if (request.origin === undefined) return null;
  return originHost(request.origin) === request.host ? null : 'foreign-origin';
}

function originHost(origin: string): string | null {
  if (origin === 'null') return null;
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** Returns the origins of the configured public URL (none when it is unset). */
export function trustedOriginsOf(publicUrl: string | null | undefined): Set<string> {
  return new Set(publicUrl ? [new URL(publicUrl).origin] : []);
}

const REFUSED_PAGE =
  '<!doctype html><html lang="en"><title>Request refused</title><h1>Request refused</h1>' +
  '<p>This form was sent from another site, so it was not accepted. Open the page on this site and send it from there.</p></html>';

/** Answers 403 to a state-changing request from another origin; mount before every route. */
export function crossOriginProtection(trustedOrigins: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    const refusal = crossOriginRefusal(
      {
        method: c.req.method,
        secFetchSite: c.req.header('sec-fetch-site'),
        origin: c.req.header('origin'),
        host: c.req.header('host') ?? new URL(c.req.url).host,
      },
      trustedOrigins,
    );
    return refusal ? c.html(REFUSED_PAGE, 403) : next();
  };
}
