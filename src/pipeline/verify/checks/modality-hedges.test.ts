import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseText } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { checkModality } from './modality.js';

const evidenceOf = (text: string, context = ''): Evidence => {
  const analysis = analyseText(text, analyseText(text, 'en', null).chinese ? 'zh' : 'en', '2026-11-01');
  return {
    analyses: [analysis],
    cited: [{ article: { published: '2026-11-01T00:00:00Z' }, analysis }],
    englishText: analysis.chinese ? '' : text.toLowerCase(),
    chineseText: analysis.chinese ? analysis.text : '',
    context: { text: context, entities: [] },
  } as unknown as Evidence;
};
const reasons = (claim: string, source: string, context?: string): string[] =>
  checkModality(analyseText(claim, 'en', '2026-11-01'), evidenceOf(source, context));

describe('checkModality: hedges and named forecasts', () => {
  it('keeps an estimated figure an estimate, whatever the claim calls the thing', () => {
    const source = 'Analysts estimate the project will cover between 50% and 60% of the campus load.';
    assert.match(reasons('Saguaro Flats will cover 50% to 60% of the campus load.', source).join(), /certainty where the source hedges/);
    assert.deepEqual(reasons('Analysts estimate Saguaro Flats will cover 50% to 60% of the campus load.', source), []);
  });

  it('keeps a sentence opened by a conditional conditional, whatever words the claim restates it in', () => {
    const source = '“If the licence comes through, this round will look cheap.';
    assert.match(reasons('The Series D was a bargain, an analyst said.', source).join(), /certainty where the source hedges/);
    assert.deepEqual(reasons('If the licence comes through, the round will look cheap, an analyst said.', source), []);
  });

  it('takes a promise as keeping the hedge', () => {
    const source = 'Hiring should reach 2,400 jobs at full ramp.';
    assert.deepEqual(reasons('FAF opens its Arizona line, promising 2,400 jobs at full ramp.', source), []);
  });

  it('lets a Chinese hedge that ends its clause govern the rest of the sentence', () => {
    const source = '业内人士估计，如果验证顺利，启衡光刻的首批量产机将优先供应成熟制程产线。';
    assert.match(
      reasons("Qiheng's first production scanners will go to mature-node lines.", source).join(),
      /certainty where the source hedges/,
    );
  });

  it('meets an expectation the claim only names with a source naming an estimate or a plan', () => {
    const estimate = 'Revenue rose 58% to $31.4 billion, against an average analyst estimate of $30.6 billion.';
    assert.deepEqual(reasons('Revenue of $31.4 billion beat the $30.6 billion analysts had expected.', estimate), []);
    assert.match(
      reasons('Revenue of $31.4 billion beat the $30.6 billion analysts had expected.', 'Revenue rose 58% to $31.4 billion.').join(),
      /no plan or forecast/,
    );
  });
});
