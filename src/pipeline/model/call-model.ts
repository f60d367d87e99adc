/** Calls the model with retries: exponential back-off with full jitter on 429, 5xx, timeouts; Retry-After honoured. */
import type { Completion, CompletionRequest, LanguageModel, RetryHint } from '../../ports/language-model.js';
import { type Result, fail } from '../../shared/result.js';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A server asking for a longer wait than this is not waited for: the call fails. */
  maxRetryAfterMs: number;
  /** Deadline of one attempt. */
  timeoutMs: number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
}

const TRANSIENT = new Set(['rate-limited', 'server-error', 'timeout', 'network']);

/** Waits `ms`, cut short when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** The default policy: 4 attempts, 0.5 s doubling to 20 s, Retry-After up to 60 s, 60 s per attempt. */
export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
  timeoutMs: 60_000,
  sleep,
  random: Math.random,
};

/** The default policy with a per-attempt deadline and any other overrides. */
export function retryPolicy(options: { timeoutMs?: number; retry?: Partial<RetryPolicy> } = {}): RetryPolicy {
  return { ...DEFAULT_RETRY, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}), ...options.retry };
}

/** Returns the wait before retry number `attempt` (1-based): full jitter, raised to Retry-After. */
export function backoffMs(attempt: number, retryAfterSeconds: number | null, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.round(policy.random() * ceiling);
  return retryAfterSeconds === null ? jittered : Math.max(retryAfterSeconds * 1000, jittered);
}

function hintOf(cause: unknown): number | null {
  const value = (cause as RetryHint | undefined)?.retryAfterSeconds;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

async function attempt(model: LanguageModel, request: CompletionRequest, policy: RetryPolicy): Promise<Result<Completion>> {
  // A ref'd timer, unlike AbortSignal.timeout: a silent server must not let the process exit mid-call.
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new Error(`no answer within ${policy.timeoutMs} ms`)), policy.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, deadline.signal]) : deadline.signal;
  try {
    const result = await model.complete({ ...request, signal });
    // Our own deadline surfaces as an abort from the adapter; name it a timeout so it is retried.
    if (!result.ok && deadline.signal.aborted && !request.signal?.aborted)
      return fail('brief', 'timeout', `model: no answer within ${policy.timeoutMs} ms`, { cause: result.error });
    return result;
  } finally {
    clearTimeout(timer);
  }
}

/** Sends a request, retrying transient failures; `onAttempt` sees every attempt's outcome (for logs). */
export async function callModel(
  model: LanguageModel,
  request: CompletionRequest,
  policy: RetryPolicy,
  onAttempt?: (result: Result<Completion>, attempt: number) => void,
): Promise<Result<Completion>> {
  let result: Result<Completion> = fail('brief', 'not-called', 'model: no attempt made');
  for (let number = 1; number <= policy.maxAttempts; number += 1) {
    result = await attempt(model, request, policy);
    onAttempt?.(result, number);
    if (result.ok || !TRANSIENT.has(result.error.code) || request.signal?.aborted) return result;
    if (number === policy.maxAttempts) break;
    const retryAfter = hintOf(result.error.cause);
    if (retryAfter !== null && retryAfter * 1000 > policy.maxRetryAfterMs) return result;
    await policy.sleep(backoffMs(number, retryAfter, policy), request.signal);
  }
  return result;
}
