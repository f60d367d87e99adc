import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseText } from '../analysis.js';
import { gatherEvidence, resolveCitations } from '../evidence.js';
import { indexSources } from '../sources.js';
import type { VerifySources } from '../types.js';
import { judgeTerms } from './term-roles.js';
import { termVerdicts } from './terms.js';
import { citedTitles } from './title-framing.js';

const sources: VerifySources = {
  articles: [
    {
      id: 'a1',
      outlet: 'Wire',
      title: 'Utility signs supply deal',
      language: 'en',
      published: '2026-11-04T00:00:00Z',
      text: 'The agreement covers the full output of the plant for a decade.\n\nThe buyer is funding the new turbines.',
    },
  ],
};

const roles = (claimText: string, sentence = 'p1s1'): Record<string, string> => {
  const index = indexSources(sources);
  const { cited } = resolveCitations([{ articleId: 'a1', sentenceIds: [sentence] }], index);
  const evidence = gatherEvidence(cited, index);
  const claim = analyseText(claimText, 'en', null);
  const judged = judgeTerms(claim, termVerdicts(claim, evidence, index.vocabulary()), evidence, citedTitles(evidence), index.vocabulary());
  return Object.fromEntries(judged.map((t) => [t.term, t.critical ?? (t.inCitedField ? 'field' : t.status)]));
};

describe('judgeTerms', () => {
  it("takes a claim's absolute as supported when the source states the whole in other words", () => {
    assert.equal(roles('The agreement covers the entire output of the plant.')['entire'], 'supported');
  });

  it('keeps an absolute critical when the source states no whole', () => {
    assert.equal(roles('The buyer is funding the entire set of turbines.', 'p2s1')['entire'], 'absolute');
  });

  it('marks a word of a field the story never raises as off the topic, and an ordinary new word as plain', () => {
    const found = roles('The agreement covers the output of the plant, a hedge against hackers, for a decade.');
    assert.equal(found['hackers'], 'off-topic');
    assert.equal(found['hedge'], 'absent');
  });

  it('reads a word of a field the cited sentence raises as a likely paraphrase', () => {
    assert.equal(roles('The buyer is paying for the new turbines.', 'p2s1')['paying'], 'field');
  });

  it('makes a guarantee the sources never state critical', () => {
    assert.equal(roles('The buyer guarantees funding for the new turbines.', 'p2s1')['guarantees'], 'commitment');
  });

  it('makes a judgement the story never makes critical', () => {
    assert.equal(roles('The buyer is funding robust new turbines.', 'p2s1')['robust'], 'verdict');
  });

  it('makes an outcome the story never states critical', () => {
    assert.equal(roles('The buyer loses on the new turbines.', 'p2s1')['loses'], 'direction');
  });
});
