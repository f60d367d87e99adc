/** When to check a source next: from its publishing rate on success, backing off on failure. */

export interface ScheduleOptions {
  minMinutes: number;
  maxMinutes: number;
  /** Random number in [0, 1); injectable so tests are repeatable. */
  random?: () => number;
}

const MINUTE = 60_000;

function jitter(ms: number, random: () => number): number {
  // ±10% spreads sources that were added together, so they do not hit servers in lockstep.
  return ms * (0.9 + 0.2 * random());
}

/**
 * Interval after a successful check: half the median gap between recent items (so a source
 * posting every two hours is checked hourly), clamped to the bounds; a per-source override wins.
 */
export function nextCheckAfterSuccess(
  now: Date,
  itemTimes: readonly (string | null)[],
  options: ScheduleOptions & { overrideMinutes?: number | null },
): Date {
  const random = options.random ?? Math.random;
  if (options.overrideMinutes) return new Date(now.getTime() + jitter(options.overrideMinutes * MINUTE, random));
  const times = itemTimes
    .map((t) => (t ? Date.parse(t) : Number.NaN))
    .filter((t) => !Number.isNaN(t))
    .sort((a, b) => b - a)
    .slice(0, 20);
  let minutes = options.maxMinutes;
  if (times.length >= 2) {
    const gaps = times
      .slice(1)
      .map((t, i) => ((times[i] as number) - t) / MINUTE)
      .sort((a, b) => a - b);
    const median = gaps[Math.floor(gaps.length / 2)] as number;
    minutes = median / 2;
  }
  minutes = Math.min(options.maxMinutes, Math.max(options.minMinutes, minutes));
  return new Date(now.getTime() + jitter(minutes * MINUTE, random));
}

/** Interval after a failure: exponential back-off from the minimum, capped at the maximum, or Retry-After. */
export function nextCheckAfterFailure(
  now: Date,
  consecutiveFailures: number,
  options: ScheduleOptions & { retryAfterSeconds?: number | null },
): Date {
  const random = options.random ?? Math.random;
  const backoff = Math.min(options.maxMinutes, options.minMinutes * 2 ** Math.max(0, consecutiveFailures - 1));
  const waitMs = Math.max(jitter(backoff * MINUTE, random), (options.retryAfterSeconds ?? 0) * 1000);
  return new Date(now.getTime() + waitMs);
}
