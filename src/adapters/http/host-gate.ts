/**
 * Politeness per host: at most N requests in flight, a minimum gap between request starts, and a
 * "not before" time after a host answered 429/503, so Groundwire never hammers one server.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { HttpDeferral } from '../../ports/http-client.js';
import { type Result, fail, ok } from '../../shared/result.js';

/** Limits shared by every host. */
export interface HostGateOptions {
  /** Requests in flight to one host at once. */
  concurrency: number;
  /** Longest a request waits for its turn before it is deferred instead (keeps workers free). */
  maxWaitMs: number;
  now?: () => number;
}

/** What one request brings to the gate. */
export interface Admission {
  /** Minimum gap to the next request start on this host (0 for the operator's own allow-listed hosts). */
  delayMs: number;
  signal?: AbortSignal | undefined;
}

/** Frees the slot; safe to call more than once. */
export type Release = () => void;

interface HostState {
  active: number;
  waiting: (() => void)[];
  nextStart: number;
  notBefore: number;
}

// Idle host entries are dropped once the table grows past this, so memory stays flat over months.
const PRUNE_ABOVE = 1024;

/** The per-host politeness state of one client. */
export interface HostGate {
  /** Waits for a slot and the host's next allowed start; fails "deferred" when that is too far off, "aborted" on the signal. */
  acquire(host: string, admission: Admission): Promise<Result<Release>>;
  /** Holds every request to the host back until `untilMs` (after 429/503 with Retry-After). */
  holdOff(host: string, untilMs: number): void;
}

function deferred(host: string, waitMs: number): Result<never> {
  const cause: HttpDeferral = { retryAfterSeconds: Math.ceil(waitMs / 1000) };
  return fail('fetch', 'deferred', `${host} asked for a pause; next request allowed in ${cause.retryAfterSeconds} s`, {
    userMessage: 'The server asked Groundwire to slow down, so this check was postponed; it will try again later.',
    cause,
  });
}

function aborted(host: string): Result<never> {
  return fail('fetch', 'aborted', `request to ${host} cancelled while waiting for its turn`, { userMessage: 'The check was cancelled.' });
}

/** The gate: one state record per host, kept while it matters. */
class PerHostGate implements HostGate {
  private readonly hosts = new Map<string, HostState>();
  private readonly now: () => number;

  constructor(private readonly options: HostGateOptions) {
    this.now = options.now ?? Date.now;
  }

  async acquire(host: string, admission: Admission): Promise<Result<Release>> {
    const state = this.stateFor(host);
    // A host in a long Retry-After pause is refused before queueing, so it holds no worker.
    if (state.notBefore - this.now() > this.options.maxWaitMs) return deferred(host, state.notBefore - this.now());
    if (admission.signal?.aborted || !(await this.takeSlot(state, admission.signal))) return aborted(host);
    const at = this.now();
    const start = Math.max(at, state.nextStart, state.notBefore);
    if (start - at > this.options.maxWaitMs) {
      this.release(state);
      return deferred(host, start - at);
    }
    state.nextStart = start + admission.delayMs;
    try {
      if (start > at) await sleep(start - at, undefined, { signal: admission.signal });
    } catch {
      this.release(state);
      return aborted(host);
    }
    let released = false;
    return ok(() => {
      if (!released) this.release(state);
      released = true;
    });
  }

  holdOff(host: string, untilMs: number): void {
    const state = this.stateFor(host);
    state.notBefore = Math.max(state.notBefore, untilMs);
  }

  private stateFor(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      if (this.hosts.size > PRUNE_ABOVE) this.prune();
      state = { active: 0, waiting: [], nextStart: 0, notBefore: 0 };
      this.hosts.set(host, state);
    }
    return state;
  }

  private prune(): void {
    const at = this.now();
    for (const [host, state] of this.hosts) {
      if (state.active === 0 && state.waiting.length === 0 && state.nextStart < at && state.notBefore < at) this.hosts.delete(host);
    }
  }

  private release(state: HostState): void {
    const next = state.waiting.shift();
    // The slot passes straight to the next waiter, so `active` never dips between them.
    if (next) next();
    else state.active -= 1;
  }

  /** Resolves true once the request holds one of the host's slots, false when the caller aborted first. */
  private takeSlot(state: HostState, signal: AbortSignal | undefined): Promise<boolean> {
    if (state.active < this.options.concurrency) {
      state.active += 1;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const onAbort = () => {
        state.waiting = state.waiting.filter((waiter) => waiter !== admit);
        resolve(false);
      };
      const admit = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve(true);
      };
      state.waiting.push(admit);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}

/** Creates the per-host gate shared by every request of one HTTP client. */
export function createHostGate(options: HostGateOptions): HostGate {
  return new PerHostGate(options);
}
