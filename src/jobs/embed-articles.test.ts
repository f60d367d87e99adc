/** Story passes with a real /v1/embeddings server: vectors join a cross-language pair, and a failing endpoint only costs the vectors. */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createHttpClient } from '../adapters/http/undici-http-client.js';
import { createOpenAiEmbedder } from '../adapters/llm/openai-embeddings.js';
import { SqliteStore } from '../adapters/storage/sqlite/sqlite-store.js';
import { DEFAULT_TAXONOMY } from '../pipeline/classify/index.js';
import type { Embedder } from '../ports/embedder.js';
import type { Logger, LogFields } from '../ports/logger.js';
import { incomingArticle } from '../../test/support/incoming-article.js';
import { updateStories } from './update-stories.js';
import { storiesOf } from '../../test/support/stories-of.js';

const NOW = '2026-11-20T10:00:00Z';

/** One event told in English and in Chinese with no name, number or word in common. */
const ENGLISH = {
  key: 'en',
  language: 'en',
  title: 'Dock cranes stand idle after a software fault',
  text: 'Container cranes at the east dock stopped working on Tuesday morning after a faulty software update. Ships waited offshore while engineers restored the control system.',
};
const CHINESE = {
  key: 'zh',
  language: 'zh',
  title: '码头吊机因软件故障停摆',
  text: '东码头的集装箱吊机周二上午因软件更新出错而停止运作。船只在外海等候，工程师正在修复控制系统。',
};

interface EmbeddingsServer {
  url: string;
  requests: number;
  failing: boolean;
  close(): Promise<void>;
}

/** A local OpenAI-compatible embeddings server: texts about the dock cranes get nearly one vector, others another. */
async function startEmbeddingsServer(): Promise<EmbeddingsServer> {
  const state = { requests: 0, failing: false };
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/v1/embeddings') {
        response.writeHead(404).end();
        return;
      }
      state.requests++;
      if (state.failing) {
        response.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"model not loaded"}}');
        return;
      }
      const { input } = JSON.parse(body) as { input: string[] };
      const data = input.map((text, index) => ({
        index,
        embedding: /dock cranes|码头吊机/i.test(text) ? [0.9, 0.1 * (index % 2), 0.1] : [0, 0, 1],
      }));
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ object: 'list', data }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/v1`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

function recordingLogger(lines: { event: string; fields: LogFields }[]): Logger {
  const write = (event: string, fields: LogFields = {}) => void lines.push({ event, fields });
  const logger: Logger = { debug: write, info: write, warn: write, error: write, child: () => logger };
  return logger;
}

async function seedPair(store: SqliteStore): Promise<string[]> {
  const ids: string[] = [];
  for (const article of [ENGLISH, CHINESE]) {
    const source = await store.sources.add({ name: `Outlet ${article.key}`, feedUrl: `https://${article.key}.example/feed` }, NOW);
    const id = `${source.id}:${article.key}`;
    await store.commitRefresh({
      sourceId: source.id,
      checkedAt: NOW,
      nextCheckAt: NOW,
      outcome: {
        kind: 'updated',
        articles: [
          incomingArticle({
            id,
            sourceId: source.id,
            itemKey: article.key,
            title: article.title,
            language: article.language,
            published: '2026-11-18T08:00:00Z',
          }),
        ],
        etag: null,
        lastModified: null,
        movedTo: null,
        warning: null,
      },
    });
    const sentence = { id: 'p1s1', text: article.text, paragraph: 1, start: 0, end: article.text.length };
    await store.articles.saveExtraction(
      id,
      {
        canonicalUrl: null,
        title: article.title,
        byline: null,
        siteName: null,
        published: null,
        updated: null,
        language: article.language,
        text: article.text,
        html: '',
        wordCount: 20,
        partial: false,
        leadImage: null,
        origin: 'page',
        standfirst: 0,
      },
      [sentence],
      NOW,
    );
    ids.push(id);
  }
  return ids;
}

describe('story pass with an embeddings endpoint', () => {
  let server: EmbeddingsServer;
  let directory: string;
  const http = () => createHttpClient({ allow: ['127.0.0.1'], userAgent: 'Groundwire/test', timeoutMs: 5000, maxBytes: 1_000_000 });

  before(async () => {
    server = await startEmbeddingsServer();
    directory = await mkdtemp(join(tmpdir(), 'groundwire-embed-'));
  });
  after(async () => {
    await server.close();
    await rm(directory, { recursive: true, force: true });
  });

  /** Runs one story pass over the pair in a fresh store; returns the story of each article and the log lines. */
  async function place(
    name: string,
    embedder: Embedder | null,
  ): Promise<{ stories: string[]; log: { event: string; fields: LogFields }[] }> {
    const store = SqliteStore.open(join(directory, `${name}.db`));
    const log: { event: string; fields: LogFields }[] = [];
    try {
      const ids = await seedPair(store);
      const summary = await updateStories(
        { store, clock: { now: () => new Date(NOW) }, logger: recordingLogger(log) },
        { taxonomy: DEFAULT_TAXONOMY, cluster: {}, dedupe: {}, batchSize: 10, ...(embedder ? { embedder } : {}) },
      );
      assert.equal(summary.placed, 2);
      assert.equal((await store.stories.listUnclustered(10)).length, 0);
      const stories = await storiesOf(store, summary.storiesTouched, ids);
      return { stories, log };
    } finally {
      await store.close();
    }
  }

  it('keeps the English and Chinese reports apart without embeddings: they share no word, name or number', async () => {
    const { stories } = await place('lexical', null);
    assert.equal(stories.length, 2);
    assert.notEqual(stories[0], stories[1]);
  });

  it('joins them in one story when the endpoint puts them close', async () => {
    const client = http();
    try {
      server.failing = false;
      const before = server.requests;
      const { stories, log } = await place('embedded', createOpenAiEmbedder(client, { baseUrl: server.url, model: 'test-embed' }));
      assert.equal(server.requests - before, 1, 'one request for the batch');
      assert.ok(stories[0]);
      assert.equal(stories[0], stories[1]);
      assert.equal(log.filter((line) => line.event === 'embeddings-failed').length, 0);
    } finally {
      await client.close();
    }
  });

  it('places articles lexically and logs a warning when the endpoint answers 500', async () => {
    const client = http();
    try {
      server.failing = true;
      const { stories, log } = await place('failing', createOpenAiEmbedder(client, { baseUrl: server.url, model: 'test-embed' }));
      assert.equal(stories.length, 2);
      assert.ok(stories[0] && stories[1]);
      assert.notEqual(stories[0], stories[1]);
      const warning = log.find((line) => line.event === 'embeddings-failed');
      assert.match(String(warning?.fields.error), /embed: the endpoint answered HTTP 500/);
    } finally {
      server.failing = false;
      await client.close();
    }
  });
});
