import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { languageModelContract } from '../../../test/contract/language-model-contract.js';
import { completion, type FakeOpenAiServer, startFakeOpenAiServer } from '../../../test/support/fake-openai-server.js';
import { createHttpClient } from '../http/undici-http-client.js';
import { createOpenAiChatModel } from './openai-chat.js';

/** The real guarded HTTP adapter, allow-listing the fake endpoint alone. */
const realHttp = (host: string) =>
  createHttpClient({ allow: [host], userAgent: 'Groundwire/test', timeoutMs: 10_000, maxBytes: 10 * 1024 * 1024 });

languageModelContract('OpenAI-compatible adapter over a real loopback server', async () => {
  const server = await startFakeOpenAiServer();
  const model = createOpenAiChatModel({
    http: realHttp(server.host),
    baseUrl: server.baseUrl,
    model: 'gpt-test',
    apiKey: 'sk-test',
    timeoutMs: 300,
  });
  return {
    model,
    script(step) {
      if (step.kind === 'answer')
        server.script(completion(step.content, { prompt_tokens: step.promptTokens, completion_tokens: step.completionTokens }));
      else if (step.kind === 'rate-limited')
        server.script({ kind: 'status', status: 429, headers: { 'retry-after': String(step.retryAfterSeconds) } });
      else if (step.kind === 'unavailable') server.script({ kind: 'status', status: 503 });
      else if (step.kind === 'bad-request') server.script({ kind: 'status', status: 400 });
      else server.script({ kind: 'hang', ms: 5000 });
    },
    close: () => server.close(),
  };
});

describe('OpenAI-compatible adapter', () => {
  let server: FakeOpenAiServer;
  before(async () => (server = await startFakeOpenAiServer()));
  after(async () => server.close());

  it('posts the chat request with the model, key and JSON response format', async () => {
    const model = createOpenAiChatModel({
      http: realHttp(server.host),
      baseUrl: `${server.baseUrl}/`,
      model: 'gpt-test',
      apiKey: 'sk-test',
    });
    server.script(completion('{"a":1}'));
    const result = await model.complete({
      messages: [{ role: 'user', content: 'hi' }],
      responseFormat: 'json',
      temperature: 0.1,
      maxTokens: 50,
    });
    assert.ok(result.ok);
    const request = server.requests.at(-1);
    assert.equal(request?.method, 'POST');
    assert.equal(request?.path, '/v1/chat/completions');
    assert.equal(request?.headers.authorization, 'Bearer sk-test');
    assert.deepEqual(request?.body, {
      model: 'gpt-test',
      messages: [{ role: 'user', content: 'hi' }],
      temperature: 0.1,
      max_tokens: 50,
      response_format: { type: 'json_object' },
    });
    assert.equal(model.name, 'gpt-test');
  });

  it('estimates usage when the server sends none, and rejects a body without a message', async () => {
    const model = createOpenAiChatModel({ http: realHttp(server.host), baseUrl: server.baseUrl, model: 'local' });
    server.script(completion('12345678', null));
    const estimated = await model.complete({ messages: [{ role: 'user', content: 'abcd' }] });
    assert.ok(estimated.ok);
    assert.deepEqual(estimated.value.usage, { promptTokens: 1, completionTokens: 2 });
    assert.equal(server.requests.at(-1)?.headers.authorization, undefined);
    server.script({ kind: 'raw', status: 200, body: '{"choices":[]}' });
    const bad = await model.complete({ messages: [{ role: 'user', content: 'x' }] });
    assert.ok(!bad.ok && bad.error.code === 'bad-response');
  });

  it('names a refused key in words a person can act on', async () => {
    const model = createOpenAiChatModel({ http: realHttp(server.host), baseUrl: server.baseUrl, model: 'm', apiKey: 'wrong' });
    server.script({ kind: 'status', status: 401 });
    const result = await model.complete({ messages: [{ role: 'user', content: 'x' }] });
    assert.ok(!result.ok);
    assert.match(result.error.userMessage ?? '', /API key/);
  });
});
