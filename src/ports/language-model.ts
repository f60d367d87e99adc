/** A chat language model as a port: messages in, text and token usage out; failures come back as values. */
import type { Result } from '../shared/result.js';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface CompletionRequest {
  messages: ChatMessage[];
  /** "json" asks the endpoint for a JSON object (OpenAI `response_format: {type: "json_object"}`). */
  responseFormat?: 'json' | 'text';
  temperature?: number;
  maxTokens?: number;
  signal?: AbortSignal;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface Completion {
  content: string;
  usage: TokenUsage;
  /** The model that answered, when the endpoint says. */
  model?: string;
}

/**
 * Failure codes an implementation returns so callers can decide to retry: "rate-limited" (429),
 * "server-error" (5xx), "timeout", "network" are transient; "http-error", "bad-response",
 * "unsupported" are not. A transient failure may carry `cause: { retryAfterSeconds }`.
 */
export type LanguageModelErrorCode =
  'rate-limited' | 'server-error' | 'timeout' | 'network' | 'http-error' | 'bad-response' | 'unsupported' | 'aborted';

export interface LanguageModel {
  /** Model name as configured, e.g. "gpt-4o-mini"; recorded on the brief. */
  readonly name: string;
  /** Sends one chat completion request; never throws for expected failures. */
  complete(request: CompletionRequest): Promise<Result<Completion>>;
}

/** The cause attached to a transient failure when the server said how long to wait. */
export interface RetryHint {
  retryAfterSeconds: number | null;
}
