import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { briefWith, cited } from './__fixtures__/support-cuts.js';
import type { VerifySources } from './types.js';
import { verifyBrief } from './verify-brief.js';

// One article whose first paragraph is the cited sentence.
const verdict = (claim: string, source: string, language = 'en') => {
  const sources: VerifySources = {
    articles: [{ id: 'a1', outlet: 'Wire', title: 'Story', language, published: '2026-11-04T00:00:00Z', text: source }],
  };
  return verifyBrief(briefWith(cited(claim, 'a1', 'p1s1')), sources).sentences[0]!;
};
const supported = (claim: string, source: string, language?: string) =>
  assert.equal(verdict(claim, source, language).verdict, 'supported', verdict(claim, source, language).reasons.join('; '));
const rejected = (claim: string, source: string, pattern: RegExp, language?: string) =>
  assert.match(verdict(claim, source, language).reasons.join('; '), pattern);

describe('round 8: a statement resting on an anonymous source or an opinion', () => {
  it('keeps a trailing "according to a person familiar" with a figure the claim restates', () => {
    const source = 'The notes carry a coupon of 6.25%, according to a person familiar with the offering.';
    rejected('The notes carry a coupon of 6.25%.', source, /attribution dropped/);
    supported('The notes carry a coupon of 6.25%, according to a person familiar with the offering.', source);
    const briefed = 'Norrland will close two of its four depots next year, according to two people briefed on the review.';
    rejected('Norrland will close two of its four depots next year.', briefed, /attribution dropped/);
    supported('Two people briefed on the review said Norrland will close two of its four depots next year.', briefed);
  });

  it('keeps an opinion that opens the statement', () => {
    const opinion = '"We believe most regional carriers will abandon paper manifests within three years."';
    rejected('Most regional carriers will abandon paper manifests within three years.', opinion, /attribution dropped/);
    supported('The company believes most regional carriers will abandon paper manifests within three years.', opinion);
    const suspect = '"I suspect the two regional lenders merge before the end of the decade," the chairman told staff.';
    rejected('The two regional lenders merge before the end of the decade.', suspect, /attribution dropped/);
    supported('The chairman told staff he suspects the two regional lenders merge before the end of the decade.', suspect);
  });

  it('leaves an on-record statement alone', () => {
    supported('The notes carry a coupon of 6.25%.', 'The notes carry a coupon of 6.25%, the company said in a filing.');
  });
});
