import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseText } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { checkBounds } from './bounds.js';

const evidenceOf = (text: string): Evidence => {
  const analysis = analyseText(text, 'en', '2026-11-01');
  return { analyses: [analysis], englishText: text.toLowerCase(), chineseText: '', stems: analysis.stems } as unknown as Evidence;
};
const reasons = (claim: string, source: string): string[] => checkBounds(analyseText(claim, 'en', '2026-11-01'), evidenceOf(source));

describe('checkBounds: spread and named minimums', () => {
  it('reads "over" after a figure as spreading it over a count, and "over" before a figure alone as a floor', () => {
    const source = 'The system is a 102.4 Tb/s switch with 64 ports of 1.6 Tb/s.';
    assert.deepEqual(reasons('The switch delivers 102.4 Tb/s over 64 ports of 1.6 Tb/s.', source), []);
    assert.match(reasons('The switch has over 64 ports.', source).join(), /bound changed/);
  });

  it('matches "at least" to a figure the source names a minimum, and "at most" to one it names a cap', () => {
    assert.deepEqual(reasons('Customers sign contracts of at least 14 years.', 'Customers sign 14-year minimum contracts.'), []);
    assert.match(reasons('Customers sign contracts of at most 14 years.', 'Customers sign 14-year minimum contracts.').join(), /bound/);
    assert.deepEqual(reasons('Fees are up to 20 euros.', 'Fees carry a 20-euro cap.'), []);
  });
});
