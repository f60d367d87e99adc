/** The one way Groundwire reaches the network; the adapter holds every guard. */
import type { Result } from '../shared/result.js';

export interface HttpRequest {
  url: string;
  /** Conditional GET validators from the previous fetch. */
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  signal?: AbortSignal;
  /** HTTP method; default GET. POST is for APIs (the LLM adapter): it is never retried or redirected with its body. */
  method?: 'GET' | 'POST';
  /** Extra request headers (e.g. authorization, content-type), lower-case names. */
  headers?: Record<string, string>;
  /** Request body for POST. */
  body?: string;
}

export interface HttpResponse {
  /** Final URL after redirects. */
  url: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** Set when every redirect on the way was permanent (301/308): the source may move. */
  permanentRedirectTo: string | null;
  notModified: boolean;
}

export interface HttpClient {
  /** Fetches a URL; failures (refused address, timeout, size cap, HTTP error) come back as values. */
  get(request: HttpRequest): Promise<Result<HttpResponse>>;
}

/**
 * The `cause` of a failure with code "deferred": the host asked Groundwire to wait (429/503 with
 * Retry-After, or a robots.txt Crawl-delay longer than a request may queue), so nothing was sent.
 */
export interface HttpDeferral {
  retryAfterSeconds: number;
}
