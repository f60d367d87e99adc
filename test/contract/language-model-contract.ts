/** The LanguageModel port's contract: one suite the fake model and the OpenAI-compatible adapter both pass unchanged. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LanguageModel } from '../../src/ports/language-model.js';

/** A neutral description of what the subject must do next; each harness turns it into its own script. */
export type ContractStep =
  | { kind: 'answer'; content: string; promptTokens: number; completionTokens: number }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'unavailable' }
  | { kind: 'bad-request' }
  | { kind: 'silence' };

export interface ContractSubject {
  /** A model whose calls time out after a short deadline (the harness sets it, e.g. 300 ms). */
  model: LanguageModel;
  script(step: ContractStep): void;
  close(): Promise<void>;
}

/** Runs the contract against subjects made by `create`. */
export function languageModelContract(name: string, create: () => Promise<ContractSubject>): void {
  describe(`LanguageModel contract: ${name}`, () => {
    let subject: ContractSubject;
    before(async () => (subject = await create()));
    after(async () => subject.close());
    const messages = [{ role: 'user' as const, content: 'Say {"ok": true}' }];

    it('returns the content and the token usage of an answer', async () => {
      subject.script({ kind: 'answer', content: '{"ok": true}', promptTokens: 12, completionTokens: 5 });
      const result = await subject.model.complete({ messages, responseFormat: 'json' });
      assert.ok(result.ok);
      assert.equal(result.value.content, '{"ok": true}');
      assert.deepEqual(result.value.usage, { promptTokens: 12, completionTokens: 5 });
    });

    it('reports a rate limit with the wait the server asked for', async () => {
      subject.script({ kind: 'rate-limited', retryAfterSeconds: 7 });
      const result = await subject.model.complete({ messages });
      assert.ok(!result.ok);
      assert.equal(result.error.code, 'rate-limited');
      assert.equal((result.error.cause as { retryAfterSeconds: number }).retryAfterSeconds, 7);
    });

    it('reports a server error as transient and a bad request as final', async () => {
      subject.script({ kind: 'unavailable' });
      const unavailable = await subject.model.complete({ messages });
      assert.ok(!unavailable.ok && unavailable.error.code === 'server-error');
      subject.script({ kind: 'bad-request' });
      const bad = await subject.model.complete({ messages });
      assert.ok(!bad.ok && bad.error.code === 'http-error');
    });

    it('gives up on a silent server with a timeout instead of hanging', async () => {
      subject.script({ kind: 'silence' });
      const started = Date.now();
      const result = await subject.model.complete({ messages });
      assert.ok(!result.ok);
      assert.equal(result.error.code, 'timeout');
      assert.ok(Date.now() - started < 5000);
    });

    it('stops when the caller aborts', async () => {
      subject.script({ kind: 'silence' });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 20);
      const result = await subject.model.complete({ messages, signal: controller.signal });
      assert.ok(!result.ok);
      assert.equal(result.error.code, 'aborted');
    });
  });
}
