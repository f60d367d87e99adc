/** Fetches a feed and classifies the HTTP outcome into what the refresh job must do. */
import type { HttpClient, HttpDeferral, HttpResponse } from '../../ports/http-client.js';
import { type Result, fail } from '../../shared/result.js';

/** Accept header for feeds: feed types first, generic XML and JSON after, anything as a last resort. */
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';

/** One feed fetch with the validators from the last one. */
export interface FeedFetchRequest {
  url: string;
  etag: string | null;
  lastModified: string | null;
  signal?: AbortSignal;
}

/** A fetch failure may ask to disable the source (410) or to wait (Retry-After). */
export interface FeedFetchFailure {
  disable: boolean;
  retryAfterSeconds: number | null;
}

/** Fetches a feed URL; non-2xx statuses become failures with a plain sentence. */
export async function fetchFeed(
  http: HttpClient,
  request: FeedFetchRequest,
): Promise<Result<HttpResponse> & { failure?: FeedFetchFailure }> {
  const response = await http.get({
    url: request.url,
    etag: request.etag,
    lastModified: request.lastModified,
    accept: FEED_ACCEPT,
    signal: request.signal,
  });
  if (!response.ok) {
    // The adapter held the request back because the host asked for a pause: schedule past it.
    const deferral = response.error.code === 'deferred' ? (response.error.cause as HttpDeferral | undefined) : undefined;
    return deferral ? { ...response, failure: { disable: false, retryAfterSeconds: deferral.retryAfterSeconds } } : response;
  }
  const { status } = response.value;
  if (response.value.notModified || (status >= 200 && status < 300)) return response;
  const retryAfter = parseRetryAfter(response.value.headers['retry-after']);
  const failure: FeedFetchFailure = { disable: status === 410, retryAfterSeconds: retryAfter };
  const message = describeStatus(status);
  return { ...fail('fetch', `http-${status}`, `${request.url} answered HTTP ${status}`, { userMessage: message }), failure };
}

function describeStatus(status: number): string {
  if (status === 410) return 'The feed is gone (HTTP 410): the publisher removed it, so the source was disabled.';
  if (status === 404) return 'The feed was not found (HTTP 404): check the address, the publisher may have moved it.';
  if (status === 401 || status === 403)
    return `The server refused access (HTTP ${status}): the feed may need a login or block automated readers.`;
  if (status === 429) return 'The server asked Groundwire to slow down (HTTP 429); it will wait before trying again.';
  if (status >= 500) return `The server had an error (HTTP ${status}); Groundwire will try again later.`;
  return `The server answered HTTP ${status} instead of the feed.`;
}

/** Reads Retry-After as seconds (delta or HTTP date); null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: Date = new Date()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - now.getTime()) / 1000));
}

export type { HttpResponse };
