/** Embedder for any OpenAI-compatible /v1/embeddings endpoint, reached only through the HttpClient port. */
import type { Embedder } from '../../ports/embedder.js';
import type { HttpClient } from '../../ports/http-client.js';

/** Settings of the adapter. */
export interface OpenAiEmbeddingsOptions {
  /** Base URL of the API, with or without the trailing "/v1" (e.g. "http://127.0.0.1:8080/v1"). */
  baseUrl: string;
  model: string;
  apiKey?: string | null;
  /** Texts per request (default 64): servers cap the batch size and the request body. */
  batchSize?: number;
  /** Characters kept per text (default 8000): about 2,000 tokens, inside every common model's input limit. */
  maxCharacters?: number;
}

interface EmbeddingsResponse {
  data?: { embedding?: unknown; index?: number }[];
}

/** Resolves the embeddings URL whether or not the configured base already ends in /v1. */
export function embeddingsUrl(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  return /\/v\d+$/.test(trimmed) ? `${trimmed}/embeddings` : `${trimmed}/v1/embeddings`;
}

function parseVectors(body: Buffer, expected: number): number[][] {
  let parsed: EmbeddingsResponse;
  try {
    parsed = JSON.parse(body.toString('utf8')) as EmbeddingsResponse;
  } catch {
    throw new Error('embed: the endpoint did not answer with JSON');
  }
  const rows = [...(parsed.data ?? [])].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  const vectors = rows.map((row) => row.embedding);
  if (
    vectors.length !== expected ||
    !vectors.every((vector) => Array.isArray(vector) && vector.every((value) => typeof value === 'number'))
  ) {
    throw new Error(`embed: expected ${expected} numeric vectors, got ${vectors.length}`);
  }
  return vectors as number[][];
}

/** Creates an embedder that posts batches to the endpoint through the given HTTP client. */
export function createOpenAiEmbedder(http: HttpClient, options: OpenAiEmbeddingsOptions): Embedder {
  const url = embeddingsUrl(options.baseUrl);
  const batchSize = options.batchSize ?? 64;
  const maxCharacters = options.maxCharacters ?? 8000;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;

  const embedBatch = async (texts: string[]): Promise<number[][]> => {
    const body = JSON.stringify({ model: options.model, input: texts.map((text) => text.slice(0, maxCharacters)) });
    const response = await http.get({ url, method: 'POST', headers, body, accept: 'application/json' });
    if (!response.ok) throw new Error(`embed: ${response.error.message}`, { cause: response.error });
    if (response.value.status < 200 || response.value.status >= 300)
      throw new Error(`embed: the endpoint answered HTTP ${response.value.status}`);
    return parseVectors(response.value.body, texts.length);
  };

  return {
    async embed(texts) {
      const vectors: number[][] = [];
      for (let start = 0; start < texts.length; start += batchSize)
        vectors.push(...(await embedBatch(texts.slice(start, start + batchSize))));
      return vectors;
    },
  };
}
