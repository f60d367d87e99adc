/** Expected failures as values: every stage returns a Result instead of throwing. */

/** A failure a stage expected and recorded; `message` starts with the stage name. */
export interface StageError {
  stage: string;
  code: string;
  /** Technical message for logs, e.g. "fetch: body exceeds 10 MiB". */
  message: string;
  /** Plain sentence with the fix, for people (sources list, web). */
  userMessage?: string;
  cause?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: StageError };

/** Wraps a value as a success. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failure whose message is prefixed with its stage. */
export function fail<T = never>(
  stage: string,
  code: string,
  detail: string,
  extra: { userMessage?: string; cause?: unknown } = {},
): Result<T> {
  return { ok: false, error: { stage, code, message: `${stage}: ${detail}`, ...extra } };
}
