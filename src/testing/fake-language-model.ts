/** A scripted in-memory LanguageModel for tests: each call takes the next reply or failure from a queue. */
import type { Completion, CompletionRequest, LanguageModel, LanguageModelErrorCode } from '../ports/language-model.js';
import { type Result, fail, ok } from '../shared/result.js';

/** One scripted outcome: an answer, a failure as the adapter reports it, or a call that never answers. */
export type FakeStep =
  | { kind: 'answer'; content: string; promptTokens?: number; completionTokens?: number }
  | { kind: 'failure'; code: LanguageModelErrorCode; retryAfterSeconds?: number | null }
  | { kind: 'silence' };

export interface FakeLanguageModel extends LanguageModel {
  /** Queues outcomes; an empty queue answers with a server error. */
  script(...steps: (FakeStep | ((request: CompletionRequest) => FakeStep))[]): void;
  /** Every request received, in order. */
  requests: CompletionRequest[];
}

function silence(signal: AbortSignal | undefined, timeoutMs: number | null): Promise<Result<Completion>> {
  // Waits like a server that accepted the request and never answered: until the deadline or the caller's abort.
  return new Promise((resolve) => {
    const timer =
      timeoutMs === null
        ? null
        : setTimeout(() => resolve(fail('llm', 'timeout', `fake model: no answer within ${timeoutMs} ms`)), timeoutMs);
    const aborted = () => {
      if (timer) clearTimeout(timer);
      resolve(fail('llm', 'aborted', 'fake model: request aborted'));
    };
    if (signal?.aborted) aborted();
    else signal?.addEventListener('abort', aborted, { once: true });
  });
}

/** Creates a fake model; `timeoutMs` is its own deadline, as an adapter has one. */
export function createFakeLanguageModel(name = 'fake-model', timeoutMs: number | null = null): FakeLanguageModel {
  const queue: (FakeStep | ((request: CompletionRequest) => FakeStep))[] = [];
  const requests: CompletionRequest[] = [];
  return {
    name,
    requests,
    script: (...steps) => void queue.push(...steps),
    async complete(request) {
      requests.push(request);
      const next = queue.shift();
      const step = typeof next === 'function' ? next(request) : (next ?? { kind: 'failure', code: 'server-error' });
      if (step.kind === 'silence') return silence(request.signal, timeoutMs);
      if (step.kind === 'failure')
        return fail('llm', step.code, `fake model: ${step.code}`, { cause: { retryAfterSeconds: step.retryAfterSeconds ?? null } });
      return ok({
        content: step.content,
        usage: { promptTokens: step.promptTokens ?? 100, completionTokens: step.completionTokens ?? 50 },
        model: name,
      });
    },
  };
}
