import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createFakeLanguageModel } from '../../testing/fake-language-model.js';
import { DEFAULT_RETRY, type RetryPolicy, backoffMs, callModel } from './call-model.js';

function policy(waits: number[], overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return { ...DEFAULT_RETRY, random: () => 0.5, sleep: async (ms) => void waits.push(ms), ...overrides };
}

const request = { messages: [{ role: 'user' as const, content: 'x' }] };

describe('callModel', () => {
  it('retries 429 honouring Retry-After, then 5xx with jittered back-off, until an answer', async () => {
    const model = createFakeLanguageModel();
    model.script(
      { kind: 'failure', code: 'rate-limited', retryAfterSeconds: 2 },
      { kind: 'failure', code: 'server-error' },
      { kind: 'answer', content: 'ok' },
    );
    const waits: number[] = [];
    const result = await callModel(model, request, policy(waits));
    assert.ok(result.ok);
    assert.deepEqual(waits, [2000, 500]);
  });

  it('does not retry a final failure, and stops after the last attempt', async () => {
    const model = createFakeLanguageModel();
    model.script({ kind: 'failure', code: 'http-error' });
    const waits: number[] = [];
    assert.equal((await callModel(model, request, policy(waits))).ok, false);
    assert.deepEqual(waits, []);
    model.script(...Array.from({ length: 4 }, () => ({ kind: 'failure' as const, code: 'server-error' as const })));
    const result = await callModel(model, request, policy(waits));
    assert.ok(!result.ok && result.error.code === 'server-error');
    assert.equal(waits.length, 3);
  });

  it('refuses to wait longer than the policy allows for Retry-After', async () => {
    const model = createFakeLanguageModel();
    model.script({ kind: 'failure', code: 'rate-limited', retryAfterSeconds: 3600 }, { kind: 'answer', content: 'late' });
    const waits: number[] = [];
    const result = await callModel(model, request, policy(waits));
    assert.ok(!result.ok && result.error.code === 'rate-limited');
    assert.deepEqual(waits, []);
  });

  it('times out a silent model and retries it', async () => {
    const model = createFakeLanguageModel();
    model.script({ kind: 'silence' }, { kind: 'answer', content: 'ok' });
    const waits: number[] = [];
    const result = await callModel(model, request, policy(waits, { timeoutMs: 50 }));
    assert.ok(result.ok);
    assert.equal(waits.length, 1);
  });

  it('grows the back-off ceiling exponentially up to the maximum', () => {
    const full = { ...DEFAULT_RETRY, random: () => 1 };
    assert.deepEqual(
      [1, 2, 3, 10].map((attempt) => backoffMs(attempt, null, full)),
      [500, 1000, 2000, 20_000],
    );
    assert.equal(backoffMs(1, 3, { ...full, random: () => 0 }), 3000);
  });
});
