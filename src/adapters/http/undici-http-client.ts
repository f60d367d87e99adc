/**
 * The one HTTP adapter: address guard, robots.txt, per-host politeness, redirects with loop
 * detection, size caps, decompression, conditional GET and three distinct timeouts, over undici.
 */
import type { HttpClient, HttpRequest, HttpResponse } from '../../ports/http-client.js';
import { type Result, fail, ok } from '../../shared/result.js';
import { describeNetworkError } from './describe-error.js';
import { type Exchange, exchange } from './exchange.js';
import { type HostGate, createHostGate } from './host-gate.js';
import type { BodyLimits } from './read-body.js';
import { type TargetPolicy, createTargetPolicy } from './request-target.js';
import { retryAfterSeconds } from './retry-after.js';
import { type RobotsPolicy, createRobotsPolicy } from './robots-policy.js';
import { type HttpClientOptions, type Settings, settle } from './settings.js';

export type { HttpClientOptions } from './settings.js';

/** A request's total deadline: starts when the first byte is sent (not while queued), cleared at the end. */
interface Deadline {
  start(): void;
  expired(): boolean;
  clear(): void;
  signal: AbortSignal;
}

function createDeadline(ms: number, caller: AbortSignal | undefined): Deadline {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | null = null;
  return {
    start: () => void (timer ??= setTimeout(() => controller.abort(new Error(`total timeout of ${ms} ms`)), ms)),
    expired: () => controller.signal.aborted,
    clear: () => void (timer && clearTimeout(timer)),
    signal: caller ? AbortSignal.any([caller, controller.signal]) : controller.signal,
  };
}

interface Mode {
  robots: boolean;
  limits: BodyLimits;
}

function parseUrl(text: string, base?: URL): URL | null {
  try {
    return new URL(text, base);
  } catch {
    return null;
  }
}

function requestHeaders(input: HttpRequest, userAgent: string): Record<string, string> {
  // Validators go on every hop: after a temporary redirect they belong to the final URL that issued them.
  return {
    ...(input.headers ?? {}),
    'user-agent': userAgent,
    accept: input.accept ?? '*/*',
    'accept-encoding': 'gzip, deflate, br',
    ...(input.etag ? { 'if-none-match': input.etag } : {}),
    ...(input.lastModified ? { 'if-modified-since': input.lastModified } : {}),
  };
}

function toResponse(url: URL, response: Exchange, movedTo: string | null): HttpResponse {
  const notModified = response.status === 304;
  return {
    url: url.href,
    status: response.status,
    headers: response.headers,
    body: response.body,
    permanentRedirectTo: movedTo,
    notModified,
  };
}

const REDIRECT_LOOP = 'The address redirects in a loop; check the feed URL in a browser.';

/** The adapter over undici; one instance holds the connection pools, host gate and robots cache. */
class UndiciHttpClient implements HttpClient {
  private readonly settings: Settings;
  private readonly targets: TargetPolicy;
  private readonly gate: HostGate;
  private readonly robots: RobotsPolicy;
  private readonly pageMode: Mode;
  private readonly robotsMode: Mode;

  constructor(options: HttpClientOptions) {
    const settings = settle(options);
    this.settings = settings;
    this.targets = createTargetPolicy(options.allow, settings, options.resolve);
    this.gate = createHostGate({ concurrency: settings.hostConcurrency, maxWaitMs: settings.maxHostWaitMs });
    this.pageMode = { robots: settings.robots, limits: { maxRawBytes: settings.maxRawBytes, maxDecodedBytes: settings.maxBytes } };
    this.robotsMode = { robots: false, limits: { maxRawBytes: settings.robotsMaxBytes, maxDecodedBytes: settings.robotsMaxBytes } };
    this.robots = createRobotsPolicy({
      userAgentToken: settings.robotsUserAgent,
      cacheMs: settings.robotsCacheMs,
      retryMs: settings.robotsRetryMs,
      // robots.txt goes through the same guard, gate, caps and timeouts as any request.
      fetch: (url, signal) => this.follow({ url, accept: 'text/plain, */*;q=0.5', signal }, this.robotsMode),
    });
  }

  get(request: HttpRequest): Promise<Result<HttpResponse>> {
    // API calls (POST) are not crawling: robots.txt governs automated readers of pages, not an operator's endpoint.
    return this.follow(request, request.method === 'POST' ? { ...this.pageMode, robots: false } : this.pageMode);
  }

  close(): Promise<void> {
    return this.targets.close();
  }

  /** Follows redirects from the requested URL, re-checking every hop, until a final response or a failure. */
  private async follow(input: HttpRequest, mode: Mode): Promise<Result<HttpResponse>> {
    let current = parseUrl(input.url);
    if (!current)
      return fail('fetch', 'bad-url', `invalid URL ${input.url}`, { userMessage: `"${input.url}" is not a valid web address.` });
    const deadline = createDeadline(this.settings.timeoutMs, input.signal);
    const seen = new Set<string>();
    let permanent = true;
    try {
      for (let hop = 0; hop <= this.settings.maxRedirects; hop += 1) {
        if (seen.has(current.href))
          return fail('fetch', 'redirect-loop', `redirect loop at ${current.href}`, { userMessage: REDIRECT_LOOP });
        seen.add(current.href);
        const sent = await this.sendHop(current, input, mode, deadline);
        if (!sent.ok) return sent;
        if (sent.value.location === null) return ok(toResponse(current, sent.value, hop > 0 && permanent ? current.href : null));
        permanent &&= sent.value.status === 301 || sent.value.status === 308;
        const next = parseUrl(sent.value.location, current);
        if (!next)
          return fail('fetch', 'bad-redirect', `unreadable Location at ${current.href}`, {
            userMessage: 'The server redirected to an invalid address.',
          });
        current = next;
      }
    } finally {
      deadline.clear();
    }
    return fail('fetch', 'too-many-redirects', `more than ${this.settings.maxRedirects} redirects from ${input.url}`, {
      userMessage: 'The address redirects too many times; use the final feed URL.',
    });
  }

  /** Sends one hop: guard, robots.txt, the host's turn, then the exchange under the total deadline. */
  private async sendHop(url: URL, input: HttpRequest, mode: Mode, deadline: Deadline): Promise<Result<Exchange>> {
    const target = this.targets.targetFor(url);
    if (!target.ok) return target;
    const verdict = mode.robots ? await this.robots.check(url, input.signal) : ok({ crawlDelayMs: 0 });
    if (!verdict.ok) return verdict;
    const delayMs = Math.max(target.value.allowListed ? 0 : this.settings.hostDelayMs, verdict.value.crawlDelayMs);
    const slot = await this.gate.acquire(url.host, { delayMs, signal: input.signal });
    if (!slot.ok) return slot;
    deadline.start();
    try {
      const headers = requestHeaders(input, this.settings.userAgent);
      const response = await exchange(url, target.value.dispatcher, {
        method: input.method,
        body: input.body,
        headers,
        signal: deadline.signal,
        limits: mode.limits,
      });
      // API calls (POST) leave waiting to their caller's retry policy; crawl hold-offs are for pages and feeds.
      if (input.method !== 'POST') this.holdOffAfter(url, response);
      return ok(response);
    } catch (error) {
      const cancelled = input.signal?.aborted ?? false;
      return describeNetworkError(url.href, error, {
        ...this.settings,
        totalTimeoutMs: this.settings.timeoutMs,
        totalTimedOut: deadline.expired(),
        cancelled,
      });
    } finally {
      slot.value();
    }
  }

  /** Remembers a 429/503 so no request reaches the host before its Retry-After. */
  private holdOffAfter(url: URL, response: Exchange): void {
    if (response.status !== 429 && response.status !== 503) return;
    // A 429 without Retry-After still means "too fast": pause the host for a minute.
    const pause = retryAfterSeconds(response.headers['retry-after'], Date.now()) ?? (response.status === 429 ? 60 : 0);
    if (pause > 0) this.gate.holdOff(url.host, Date.now() + pause * 1000);
  }
}

/** Creates the guarded, polite HTTP client; `close()` releases its connection pools. */
export function createHttpClient(options: HttpClientOptions): HttpClient & { close(): Promise<void> } {
  return new UndiciHttpClient(options);
}
