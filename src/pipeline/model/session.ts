/** One brief's conversation with the model: retried calls, token usage and cost added up across them. */
import type { ChatMessage, LanguageModel } from '../../ports/language-model.js';
import type { Result } from '../../shared/result.js';
import { type RetryPolicy, callModel } from './call-model.js';

export interface Prices {
  /** US dollars per million prompt tokens. */
  inputPerMillion: number;
  /** US dollars per million completion tokens. */
  outputPerMillion: number;
}

export interface CallEvent {
  attempt: number;
  ok: boolean;
  code?: string;
  promptTokens?: number;
  completionTokens?: number;
}

export interface Session {
  /** Sends messages (JSON answer requested) and returns the reply text. */
  ask(messages: ChatMessage[]): Promise<Result<string>>;
  calls(): number;
  usage(): { promptTokens: number; completionTokens: number; costUsd: number | null };
}

export interface SessionOptions {
  policy: RetryPolicy;
  prices?: Prices;
  temperature?: number;
  maxTokens?: number;
  signal?: AbortSignal;
  onCall?: (event: CallEvent) => void;
}

/** Opens a session on a model. */
export function openSession(model: LanguageModel, options: SessionOptions): Session {
  let calls = 0;
  let promptTokens = 0;
  let completionTokens = 0;
  const request = {
    responseFormat: 'json' as const,
    temperature: options.temperature ?? 0.2,
    ...(options.maxTokens ? { maxTokens: options.maxTokens } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  return {
    async ask(messages) {
      const result = await callModel(model, { ...request, messages }, options.policy, (outcome, attempt) => {
        calls += 1;
        if (outcome.ok) {
          promptTokens += outcome.value.usage.promptTokens;
          completionTokens += outcome.value.usage.completionTokens;
        }
        options.onCall?.(outcome.ok ? { attempt, ok: true, ...outcome.value.usage } : { attempt, ok: false, code: outcome.error.code });
      });
      return result.ok ? { ok: true, value: result.value.content } : result;
    },
    calls: () => calls,
    usage() {
      const prices = options.prices;
      // Cost needs both prices; an unknown price gives null rather than a misleading zero.
      const costUsd = prices
        ? Math.round(((promptTokens * prices.inputPerMillion + completionTokens * prices.outputPerMillion) / 1_000_000) * 1e6) / 1e6
        : null;
      return { promptTokens, completionTokens, costUsd };
    },
  };
}
