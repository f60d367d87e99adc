/** One HTTP request and its response over undici: status and headers, the body read under caps. */
import { type Dispatcher, request } from 'undici';
import { type BodyLimits, readBody } from './read-body.js';

/** One response as the redirect loop needs it. */
export interface Exchange {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** Where a redirect points, unresolved; null when the response is not a redirect. */
  location: string | null;
}

/** What one exchange sends and under which limits. */
export interface ExchangeInit {
  method?: 'GET' | 'POST';
  body?: string;
  headers: Record<string, string>;
  signal: AbortSignal;
  limits: BodyLimits;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// A redirect or 304 body is never used; this much is drained so the connection can be reused.
const DRAIN_BYTES = 64 * 1024;

/** Flattens undici's header record into lower-case names with comma-joined repeats. */
export function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

/** Sends one request and reads its response; throws on network errors, caps and timeouts (the caller maps them). */
export async function exchange(url: URL, dispatcher: Dispatcher, init: ExchangeInit): Promise<Exchange> {
  const method = init.method ?? 'GET';
  const response = await request(url, {
    method,
    dispatcher,
    signal: init.signal,
    headers: init.headers,
    body: method === 'POST' ? (init.body ?? '') : null,
  });
  const headers = flattenHeaders(response.headers);
  const status = response.statusCode;
  // A POST is never followed: re-sending its body elsewhere is not ours to decide, so the redirect is the answer.
  const location = method === 'GET' && REDIRECTS.has(status) && headers.location ? headers.location : null;
  if (location !== null || status === 304) {
    await response.body.dump({ limit: DRAIN_BYTES }).catch(() => undefined);
    return { status, headers, body: Buffer.alloc(0), location };
  }
  const body = await readBody(response.body, headers, init.limits);
  return { status, headers, body, location };
}
