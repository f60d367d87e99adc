/** The real OpenAI-compatible adapter, over the real guarded HTTP client, pointed at a local scripted server. */
import { createHttpClient } from '../../src/adapters/http/undici-http-client.js';
import { createOpenAiChatModel } from '../../src/adapters/llm/openai-chat.js';
import type { LanguageModel } from '../../src/ports/language-model.js';
import type { FakeOpenAiServer } from './fake-openai-server.js';

/** A model on `server` (its host alone allow-listed, as the composition root does for a configured endpoint). */
export function modelOn(server: FakeOpenAiServer, name: string, timeoutMs = 2000, apiKey: string | null = null): LanguageModel {
  return createOpenAiChatModel({
    http: createHttpClient({ allow: [server.host], userAgent: 'Groundwire/test', timeoutMs: 10_000, maxBytes: 10 * 1024 * 1024 }),
    baseUrl: server.baseUrl,
    model: name,
    apiKey,
    timeoutMs,
  });
}
