/**
 * robots.txt per origin (RFC 9309): fetched through the guarded client, cached, consulted before
 * every request. A missing file (4xx) allows everything; a file the server fails to serve (5xx,
 * 429) or an unreachable server means "disallow for now", as the RFC asks, with a previously
 * fetched copy kept in use meanwhile.
 */
import robotsParserModule from 'robots-parser';
import type { HttpResponse } from '../../ports/http-client.js';
import { type Result, fail, ok } from '../../shared/result.js';

interface Robot {
  isAllowed(url: string, userAgent?: string): boolean | undefined;
  getCrawlDelay(userAgent?: string): number | undefined;
}
// robots-parser is CommonJS whose module.exports is the function; its typings claim a default export.
const parseRobots = robotsParserModule as unknown as (url: string, contents: string) => Robot;

/** How robots.txt is matched, cached and fetched. */
export interface RobotsPolicyOptions {
  /** Product token matched against User-agent lines ("Groundwire"). */
  userAgentToken: string;
  /** How long a fetched robots.txt, or a 4xx meaning there is none, is trusted. */
  cacheMs: number;
  /** How long a failure to read robots.txt stands before it is asked for again. */
  retryMs: number;
  now?: () => number;
  /** Fetches robots.txt through the same guarded path, without consulting robots.txt itself. */
  fetch(url: string, signal?: AbortSignal): Promise<Result<HttpResponse>>;
}

/** What robots.txt asks of an allowed request. */
export interface RobotsVerdict {
  /** Crawl-delay the site asks of Groundwire, in milliseconds (0 when none). */
  crawlDelayMs: number;
}

type Entry =
  | { kind: 'rules'; robot: Robot; expires: number }
  | { kind: 'allow-all'; expires: number }
  | { kind: 'failure'; failure: Result<never>; expires: number };

// Failures that say the server is unreachable or busy; any other failure to get robots.txt (too
// large, redirect loop, redirect to a refused address) counts as "unavailable", which allows all.
const UNREACHABLE = new Set(['timeout', 'connect-timeout', 'first-byte-timeout', 'stalled', 'dns', 'connection', 'network', 'tls']);
const UNCACHED = new Set(['deferred', 'aborted']);
const PRUNE_ABOVE = 1024;

/** The robots.txt cache of one client. */
export interface RobotsPolicy {
  /** Returns the site's crawl delay when robots.txt allows `url`, else a failure saying why not. */
  check(url: URL, signal?: AbortSignal): Promise<Result<RobotsVerdict>>;
}

function unavailable(origin: string, status: number): Result<never> {
  return fail('fetch', 'robots-unavailable', `${origin}/robots.txt answered HTTP ${status}`, {
    userMessage: `The site's robots.txt could not be read (HTTP ${status}); a polite reader waits until it can, so Groundwire will try again later.`,
  });
}

function disallowed(url: URL): Result<never> {
  return fail('fetch', 'robots-disallowed', `${url.origin}/robots.txt disallows ${url.pathname} for Groundwire`, {
    userMessage:
      "The site's robots.txt asks automated readers like Groundwire not to fetch this address; ask the publisher for a feed they allow, or remove the source.",
  });
}

/** Turns the answer to a robots.txt request into what the cache keeps for the origin. */
function classify(
  origin: string,
  fetched: Result<HttpResponse>,
  previous: Entry | undefined,
  at: number,
  options: RobotsPolicyOptions,
): Entry {
  if (fetched.ok && fetched.value.status >= 200 && fetched.value.status < 300) {
    const robot = parseRobots(`${origin}/robots.txt`, fetched.value.body.toString('utf8'));
    return { kind: 'rules', robot, expires: at + options.cacheMs };
  }
  const code = fetched.ok ? '' : fetched.error.code;
  const busy = fetched.ok ? fetched.value.status === 429 || fetched.value.status >= 500 : UNREACHABLE.has(code) || UNCACHED.has(code);
  if (!busy) return { kind: 'allow-all', expires: at + options.cacheMs };
  // RFC 9309 2.3.1.4: an unreachable robots.txt means complete disallow, but a cached copy may stand in.
  if (previous?.kind === 'rules') return { kind: 'rules', robot: previous.robot, expires: at + options.retryMs };
  const failure = fetched.ok ? unavailable(origin, fetched.value.status) : (fetched as Result<never>);
  return { kind: 'failure', failure, expires: UNCACHED.has(code) ? 0 : at + options.retryMs };
}

/** The cache: one entry per origin, one request in flight per origin however many ask at once. */
class CachedRobots implements RobotsPolicy {
  private readonly cache = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<Entry>>();
  private readonly now: () => number;

  constructor(private readonly options: RobotsPolicyOptions) {
    this.now = options.now ?? Date.now;
  }

  async check(url: URL, signal?: AbortSignal): Promise<Result<RobotsVerdict>> {
    const entry = await this.load(url.origin, signal);
    if (entry.kind === 'failure') return entry.failure;
    if (entry.kind === 'allow-all') return ok({ crawlDelayMs: 0 });
    const token = this.options.userAgentToken;
    // isAllowed returns undefined for a URL of another origin; the cache key makes that impossible.
    if (entry.robot.isAllowed(url.href, token) === false) return disallowed(url);
    return ok({ crawlDelayMs: Math.max(0, (entry.robot.getCrawlDelay(token) ?? 0) * 1000) });
  }

  private load(origin: string, signal: AbortSignal | undefined): Promise<Entry> {
    const cached = this.cache.get(origin);
    if (cached && cached.expires > this.now()) return Promise.resolve(cached);
    const inFlight = this.pending.get(origin);
    if (inFlight) return inFlight;
    const loading = this.options
      .fetch(`${origin}/robots.txt`, signal)
      .then((fetched) => this.store(origin, classify(origin, fetched, cached, this.now(), this.options)))
      .finally(() => this.pending.delete(origin));
    this.pending.set(origin, loading);
    return loading;
  }

  private store(origin: string, entry: Entry): Entry {
    if (this.cache.size > PRUNE_ABOVE) {
      for (const [key, value] of this.cache) if (value.expires <= this.now()) this.cache.delete(key);
    }
    this.cache.set(origin, entry);
    return entry;
  }
}

/** Creates the robots.txt policy shared by every request of one HTTP client. */
export function createRobotsPolicy(options: RobotsPolicyOptions): RobotsPolicy {
  return new CachedRobots(options);
}
