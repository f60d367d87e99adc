/**
 * The LanguageModel port over any OpenAI-compatible /v1/chat/completions endpoint (OpenAI, vLLM,
 * llama.cpp server, Ollama, LiteLLM…), sending every request through the HttpClient port.
 */
import type { HttpClient, HttpResponse } from '../../ports/http-client.js';
import type { Completion, CompletionRequest, LanguageModel, LanguageModelErrorCode } from '../../ports/language-model.js';
import { type Result, fail, ok } from '../../shared/result.js';
import { retryAfterSeconds } from '../http/retry-after.js';
import { type ChatCompletionBody, readCompletion } from './openai-response.js';

export interface OpenAiChatOptions {
  http: HttpClient;
  /** Base URL up to and including the API version, e.g. "https://api.openai.com/v1" or "http://127.0.0.1:8080/v1". */
  baseUrl: string;
  model: string;
  /** Sent as a bearer token; local servers often need none. */
  apiKey?: string | null;
  /** Deadline of one request in ms; default 60 000. */
  timeoutMs?: number;
}

// Transport failures of the HTTP port, mapped to the language-model codes a caller retries on.
const TRANSPORT: Record<string, LanguageModelErrorCode> = {
  timeout: 'timeout',
  'connect-timeout': 'timeout',
  'first-byte-timeout': 'timeout',
  stalled: 'timeout',
  deferred: 'rate-limited',
  connection: 'network',
  dns: 'network',
  network: 'network',
  protocol: 'network',
  'refused-address': 'http-error',
};

function requestBody(model: string, request: CompletionRequest): ChatCompletionBody {
  const body: ChatCompletionBody = { model, messages: request.messages };
  if (request.temperature !== undefined) body.temperature = request.temperature;
  if (request.maxTokens !== undefined) body.max_tokens = request.maxTokens;
  if (request.responseFormat === 'json') body.response_format = { type: 'json_object' };
  return body;
}

function transportFailure(code: string, message: string, cause: unknown, timedOut: boolean): Result<Completion> {
  const mapped: LanguageModelErrorCode = timedOut ? 'timeout' : code === 'aborted' ? 'aborted' : (TRANSPORT[code] ?? 'network');
  const hint =
    code === 'deferred'
      ? { retryAfterSeconds: (cause as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? null }
      : undefined;
  const userMessage =
    code === 'refused-address' ? 'The language model endpoint is on an internal address: add its host:port to fetchAllow.' : undefined;
  return fail('llm', mapped, `request failed (${code}): ${message}`, { cause: hint ?? cause, ...(userMessage ? { userMessage } : {}) });
}

function statusFailure(response: HttpResponse): Result<Completion> {
  const detail = response.body.toString('utf8').slice(0, 300);
  const retryAfter = retryAfterSeconds(response.headers['retry-after'], Date.now());
  if (response.status === 429) return fail('llm', 'rate-limited', `HTTP 429: ${detail}`, { cause: { retryAfterSeconds: retryAfter } });
  if (response.status >= 500)
    return fail('llm', 'server-error', `HTTP ${response.status}: ${detail}`, { cause: { retryAfterSeconds: retryAfter } });
  const userMessage =
    response.status === 401 || response.status === 403
      ? 'The language model endpoint refused the API key; check llmApiKey.'
      : `The language model endpoint answered HTTP ${response.status}.`;
  return fail('llm', 'http-error', `HTTP ${response.status}: ${detail}`, { userMessage });
}

/** Creates a LanguageModel that talks to an OpenAI-compatible chat completions endpoint. */
export function createOpenAiChatModel(options: OpenAiChatOptions): LanguageModel {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const timeoutMs = options.timeoutMs ?? 60_000;
  return {
    name: options.model,
    async complete(request) {
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      const signal = request.signal ? AbortSignal.any([request.signal, timeout.signal]) : timeout.signal;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
      const body = JSON.stringify(requestBody(options.model, request));
      const sent = await options.http
        .get({ url, method: 'POST', headers, body, accept: 'application/json', signal })
        .finally(() => clearTimeout(timer));
      if (!sent.ok)
        return transportFailure(sent.error.code, sent.error.message, sent.error.cause, timeout.signal.aborted && !request.signal?.aborted);
      if (sent.value.status < 200 || sent.value.status >= 300) return statusFailure(sent.value);
      const completion = readCompletion(sent.value.body, request);
      return completion.ok ? ok(completion.value) : completion;
    },
  };
}
