/** The embeddings adapter posts batches through the HttpClient port and returns vectors in input order. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HttpClient, HttpRequest } from '../../ports/http-client.js';
import { fail, ok } from '../../shared/result.js';
import { createOpenAiEmbedder, embeddingsUrl } from './openai-embeddings.js';

function fakeHttp(reply: (request: HttpRequest) => { status: number; json: unknown } | null): {
  http: HttpClient;
  requests: HttpRequest[];
} {
  const requests: HttpRequest[] = [];
  const http: HttpClient = {
    async get(request) {
      requests.push(request);
      const answer = reply(request);
      if (!answer) return fail('fetch', 'refused', 'connection refused');
      const body = Buffer.from(JSON.stringify(answer.json));
      return ok({ url: request.url, status: answer.status, headers: {}, body, permanentRedirectTo: null, notModified: false });
    },
  };
  return { http, requests };
}

describe('createOpenAiEmbedder', () => {
  it('resolves the endpoint with or without /v1 in the base URL', () => {
    assert.equal(embeddingsUrl('http://127.0.0.1:8080'), 'http://127.0.0.1:8080/v1/embeddings');
    assert.equal(embeddingsUrl('http://127.0.0.1:8080/v1/'), 'http://127.0.0.1:8080/v1/embeddings');
  });

  it('posts batches with the model and key, and orders vectors by index', async () => {
    const { http, requests } = fakeHttp((request) => {
      const input = (JSON.parse(request.body ?? '{}') as { input: string[] }).input;
      const data = input.map((text, index) => ({ index, embedding: [text.length, index] })).reverse();
      return { status: 200, json: { data } };
    });
    const embedder = createOpenAiEmbedder(http, { baseUrl: 'http://127.0.0.1:9/v1', model: 'mini', apiKey: 'k', batchSize: 2 });
    const vectors = await embedder.embed(['a', 'bb', 'ccc']);
    assert.deepEqual(vectors, [
      [1, 0],
      [2, 1],
      [3, 0],
    ]);
    assert.equal(requests.length, 2);
    assert.equal(requests[0]?.method, 'POST');
    assert.equal(requests[0]?.headers?.authorization, 'Bearer k');
    assert.equal((JSON.parse(requests[0]?.body ?? '{}') as { model: string }).model, 'mini');
  });

  it('rejects with an "embed:" error on transport failures, HTTP errors and malformed answers', async () => {
    for (const reply of [() => null, () => ({ status: 500, json: {} }), () => ({ status: 200, json: { data: [] } })]) {
      const embedder = createOpenAiEmbedder(fakeHttp(reply).http, { baseUrl: 'http://127.0.0.1:9', model: 'm' });
      await assert.rejects(embedder.embed(['x']), /^Error: embed:/);
    }
  });
});
