/** Options of the LLM brief engine: pricing, retries, timeouts and the hooks for logs. */
import type { DroppedSentence } from '../../../domain/index.js';
import type { ComposeOptions } from '../types.js';
import { type CallEvent, type Prices, type RetryPolicy, retryPolicy } from '../../model/index.js';

export interface ModelComposeOptions extends ComposeOptions {
  /** Per-million-token prices; without them costUsd is null. */
  prices?: Prices;
  /** Deadline of one model call in ms; default 60 000. */
  timeoutMs?: number;
  /** Retry policy overrides (attempts, delays, sleep and random for tests). */
  retry?: Partial<RetryPolicy>;
  temperature?: number;
  maxTokens?: number;
  signal?: AbortSignal;
  /** Fixed boundary token for the source block (tests); default derived from the sources. */
  boundary?: string;
  /**
   * Also asks the model whether the sentences the verifier supports are stated by the sentences they cite; a sentence
   * it rejects gets the one rewrite, then is dropped. It can reject, never rescue. Costs one more call per check.
   */
  judge?: boolean;
  /** Receives the sentences left out (unsupported after the rewrite, uncited, or steered by injected text). */
  onDropped?: (dropped: DroppedSentence[]) => void;
  /** Sees every model call (attempt, outcome, tokens) for logs. */
  onCall?: (event: CallEvent) => void;
}

/** Returns the retry policy with the options' overrides. */
export function resolveRetryPolicy(options: ModelComposeOptions): RetryPolicy {
  return retryPolicy(options);
}
