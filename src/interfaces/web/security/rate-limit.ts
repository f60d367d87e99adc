/**
 * Per-client rate limits (login attempts, reader feedback): fixed windows counted in memory. One
 * process serves the web UI, so memory is the right place; a restart forgets the counts.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { WebContext } from '../web-context.js';

export interface RateLimitDecision {
  allowed: boolean;
  remaining: number;
  /** Seconds until the client's window resets (0 when allowed). */
  retryAfterSeconds: number;
}

// Above this many tracked clients, expired windows are swept so memory stays bounded.
const SWEEP_AT = 10_000;

/** Counts hits per key in fixed windows of `windowSeconds`, allowing `limit` per window. */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: number,
    readonly windowSeconds: number,
  ) {}

  /** Records one hit for `key` and tells whether it is within the limit. */
  hit(key: string, nowMs: number = Date.now()): RateLimitDecision {
    const windowMs = this.windowSeconds * 1000;
    let window = this.windows.get(key);
    if (!window || nowMs - window.start >= windowMs) {
      if (this.windows.size >= SWEEP_AT) this.sweep(nowMs);
      window = { start: nowMs, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    const allowed = window.count <= this.limit;
    const retryAfterSeconds = allowed ? 0 : Math.max(1, Math.ceil((window.start + windowMs - nowMs) / 1000));
    return { allowed, remaining: Math.max(0, this.limit - window.count), retryAfterSeconds };
  }

  /** Forgets a key (e.g. after a successful login). */
  reset(key: string): void {
    this.windows.delete(key);
  }

  private sweep(nowMs: number): void {
    for (const [key, window] of this.windows) if (nowMs - window.start >= this.windowSeconds * 1000) this.windows.delete(key);
  }
}

/** Returns the client's address as the socket reports it; forwarded headers are not trusted (they are forgeable). */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'unknown';
  }
}

/** Returns middleware answering 429 with Retry-After once a client exceeds the limiter's allowance. */
export function rateLimit(limiter: RateLimiter, key: (c: Context) => string = clientAddress): MiddlewareHandler {
  return async (c, next) => {
    const decision = limiter.hit(key(c));
    if (!decision.allowed) {
      c.header('retry-after', String(decision.retryAfterSeconds));
      const wait =
        decision.retryAfterSeconds > 90 ? `${Math.ceil(decision.retryAfterSeconds / 60)} minutes` : `${decision.retryAfterSeconds} seconds`;
      return c.html(
        `<!doctype html><title>Too many requests</title><h1>Too many requests</h1><p>Please wait ${wait} and try again.</p>`,
        429,
      );
    }
    await next();
  };
}

/** Returns the feedback limiter for the app: `feedbackRateLimitPerHour` submissions per client per hour. */
export function feedbackRateLimit(context: WebContext): MiddlewareHandler {
  return rateLimit(new RateLimiter(context.site?.feedbackRateLimitPerHour ?? 30, 3600));
}
