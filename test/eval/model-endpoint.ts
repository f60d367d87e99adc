/**
 * The model an evaluation runs against: --llm-base-url, --llm-model, --llm-api-key, --llm-timeout or the
 * GROUNDWIRE_LLM_* variables, over the real guarded HTTP client with the endpoint's host let through.
 */
import { createHttpClient } from '../../src/adapters/http/undici-http-client.js';
import { createOpenAiChatModel } from '../../src/adapters/llm/openai-chat.js';
import type { LanguageModel } from '../../src/ports/language-model.js';

/** A command-line option's value, else the environment variable's, else empty. */
export function option(name: string, env: string): string {
  const at = process.argv.indexOf(name);
  return (at >= 0 ? process.argv[at + 1] : undefined) ?? process.env[env] ?? '';
}

/** The configured model, or null (with the sentence to print) when no endpoint is named. */
export function modelFromArguments(
  what: string,
): { model: LanguageModel; timeoutMs: number; close(): Promise<void> } | { model: null; message: string } {
  const baseUrl = option('--llm-base-url', 'GROUNDWIRE_LLM_BASE_URL');
  const name = option('--llm-model', 'GROUNDWIRE_LLM_MODEL');
  if (!baseUrl || !name)
    return {
      model: null,
      message: `${what}: no LLM endpoint configured (pass --llm-base-url and --llm-model, or set GROUNDWIRE_LLM_BASE_URL and GROUNDWIRE_LLM_MODEL); nothing measured`,
    };
  const endpoint = new URL(baseUrl);
  const timeoutMs = Number(option('--llm-timeout', 'GROUNDWIRE_LLM_TIMEOUT_SECONDS') || 120) * 1000;
  const http = createHttpClient({
    allow: [`${endpoint.hostname}:${endpoint.port || (endpoint.protocol === 'https:' ? '443' : '80')}`],
    userAgent: 'Groundwire-eval/0.1',
    timeoutMs,
    maxBytes: 10 * 1024 * 1024,
  });
  const apiKey = option('--llm-api-key', 'GROUNDWIRE_LLM_API_KEY') || null;
  return { model: createOpenAiChatModel({ http, baseUrl, model: name, apiKey, timeoutMs }), timeoutMs, close: () => http.close() };
}
