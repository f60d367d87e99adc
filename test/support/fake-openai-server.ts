/** A real HTTP server on 127.0.0.1 speaking the OpenAI Chat Completions API, answering from a script, one step per request. */
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** Parsed JSON body (null when it was not JSON). */
  body: { model?: string; messages?: { role: string; content: string }[]; response_format?: unknown; temperature?: number } | null;
  receivedAt: number;
}

/** One scripted reply: a completion with this content, a bare HTTP status, a raw body, or silence. */
export type ScriptStep =
  | { kind: 'completion'; content: string; usage?: { prompt_tokens: number; completion_tokens: number } | null }
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  | { kind: 'raw'; status: number; body: string }
  | { kind: 'hang'; ms: number };

/** A step chosen from the request (e.g. to echo ids found in the prompt). */
export type Scripted = ScriptStep | ((request: RecordedRequest) => ScriptStep);

export interface FakeOpenAiServer {
  /** Base URL including /v1, as an OpenAI client is configured. */
  baseUrl: string;
  host: string;
  requests: RecordedRequest[];
  /** Queues steps; each request takes the next one (an empty queue answers 500). */
  script(...steps: Scripted[]): void;
  pending(): number;
  close(): Promise<void>;
}

/** A completion step with default token usage. */
export function completion(
  content: string,
  usage: { prompt_tokens: number; completion_tokens: number } | null = { prompt_tokens: 1000, completion_tokens: 200 },
): ScriptStep {
  return { kind: 'completion', content, usage };
}

function completionBody(
  content: string,
  model: string,
  usage: { prompt_tokens: number; completion_tokens: number } | null | undefined,
): string {
  const body: Record<string, unknown> = {
    id: `chatcmpl-${Math.random().toString(36).slice(2)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  };
  if (usage) body.usage = { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens };
  return JSON.stringify(body);
}

function reply(response: ServerResponse, step: ScriptStep, model: string): void {
  if (step.kind === 'hang') {
    const timer = setTimeout(
      () => response.writeHead(200, { 'content-type': 'application/json' }).end(completionBody('{}', model, null)),
      step.ms,
    );
    response.on('close', () => clearTimeout(timer));
    return;
  }
  if (step.kind === 'completion') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(completionBody(step.content, model, step.usage));
    return;
  }
  const body =
    step.kind === 'raw' ? step.body : (step.body ?? JSON.stringify({ error: { message: `scripted ${step.status}`, type: 'scripted' } }));
  response.writeHead(step.status, { 'content-type': 'application/json', ...(step.kind === 'status' ? step.headers : {}) }).end(body);
}

function parseJson(text: string): RecordedRequest['body'] {
  try {
    return JSON.parse(text) as RecordedRequest['body'];
  } catch {
    return null;
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the server on an ephemeral port of 127.0.0.1. */
export async function startFakeOpenAiServer(): Promise<FakeOpenAiServer> {
  const queue: Scripted[] = [];
  const requests: RecordedRequest[] = [];
  const server = createServer(async (request, response) => {
    const text = await readBody(request);
    const body = parseJson(text);
    const recorded: RecordedRequest = {
      method: request.method ?? '',
      path: request.url ?? '',
      headers: request.headers,
      body,
      receivedAt: Date.now(),
    };
    requests.push(recorded);
    if (request.method !== 'POST' || recorded.path !== '/v1/chat/completions') return reply(response, { kind: 'status', status: 404 }, '');
    const next = queue.shift();
    const step =
      typeof next === 'function'
        ? next(recorded)
        : (next ?? { kind: 'status', status: 500, body: '{"error":{"message":"no scripted response"}}' });
    reply(response, step, body?.model ?? 'fake-model');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    host: `127.0.0.1:${port}`,
    requests,
    script: (...steps) => void queue.push(...steps),
    pending: () => queue.length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
