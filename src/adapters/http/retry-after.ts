/** Reads a Retry-After header so the adapter can hold back from a host that asked it to wait. */

/** Longest wait a header can impose: a day; past that the schedule's own back-off takes over. */
export const MAX_RETRY_AFTER_SECONDS = 86_400;

/** Returns Retry-After in seconds (delay-seconds or HTTP-date), capped; null when absent or unreadable. */
export function retryAfterSeconds(value: string | undefined, nowMs: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  const seconds = /^\d+$/.test(trimmed) ? Number(trimmed) : (Date.parse(trimmed) - nowMs) / 1000;
  if (Number.isNaN(seconds)) return null;
  return Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(0, Math.ceil(seconds)));
}
