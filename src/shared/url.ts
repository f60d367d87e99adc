/** URL helpers with no domain knowledge: canonical forms used for identity and dedupe. */
import { TRACKING_PARAMETERS, TRACKING_PREFIXES } from './tracking-parameters.js';

function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMETERS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * Returns the canonical form of an absolute http(s) URL, or null when it is not one:
 * lowercase host, no default port, no fragment, no tracking parameters, sorted query,
 * no trailing slash on a non-root path, no "/amp" suffix or "amp." subdomain.
 */
export function canonicalizeUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = base ? new URL(raw.trim(), base) : new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  // AMP and mobile mirrors serve the same article as the main host.
  url.hostname = url.hostname.replace(/^(amp|m|mobile)\.(?=[^.]+\.[^.]+)/, '');
  if ((url.protocol === 'http:' && url.port === '80') || (url.protocol === 'https:' && url.port === '443')) url.port = '';
  const kept = [...url.searchParams.entries()].filter(([name]) => !isTrackingParameter(name) && name !== 'amp');
  kept.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  url.search = new URLSearchParams(kept).toString();
  let path = url.pathname.replace(/\/{2,}/g, '/');
  path = path.replace(/\/amp\/?$/, '/').replace(/^\/amp\//, '/');
  path = path.replace(/\.amp(\.html?)?$/, '$1');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  url.pathname = path;
  return url.toString();
}

/** Resolves a possibly relative link against a base; null when unusable. */
export function resolveUrl(raw: string | null | undefined, base: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    return new URL(raw.trim(), base ?? undefined).toString();
  } catch {
    return null;
  }
}
