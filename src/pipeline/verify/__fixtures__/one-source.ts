/** Verdicts on a claim citing the first sentence of a one-article story: the family tests' shared harness. */
import assert from 'node:assert/strict';
import type { SentenceVerdict, VerifySources } from '../types.js';
import { verifyBrief } from '../verify-brief.js';
import { briefWith, cited } from './support-cuts.js';

/** Verifies `claim` against one article whose first paragraph is `source`, citing its first sentence. */
export function verdictOn(claim: string, source: string, language = 'en'): SentenceVerdict {
  const sources: VerifySources = {
    articles: [{ id: 'a1', outlet: 'Wire', title: 'Story', language, published: '2026-11-04T00:00:00Z', text: source }],
  };
  return verifyBrief(briefWith(cited(claim, 'a1', 'p1s1')), sources).sentences[0]!;
}

/** Asserts the claim is supported, printing the reasons when it is not. */
export function supported(claim: string, source: string, language?: string): void {
  const verdict = verdictOn(claim, source, language);
  assert.equal(verdict.verdict, 'supported', verdict.reasons.join('; '));
}

/** Asserts the claim is rejected with a reason matching `pattern`. */
export function rejected(claim: string, source: string, pattern: RegExp, language?: string): void {
  assert.match(verdictOn(claim, source, language).reasons.join('; '), pattern);
}
