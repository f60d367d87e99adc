import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseText } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { checkObligations } from './obligations.js';

const SOURCE = 'Both customers must requalify the Arizona line before production parts ship.';
const reasons = (claim: string): string[] => {
  const analysis = analyseText(SOURCE, 'en', null);
  return checkObligations(analyseText(claim, 'en', null), { analyses: [analysis] } as unknown as Evidence);
};

describe('checkObligations', () => {
  it('rejects a requirement stated as done', () => {
    assert.equal(reasons('Both customers have already requalified the Arizona line.').length, 1);
  });

  it('accepts a claim that keeps the requirement', () => {
    assert.deepEqual(reasons('Both customers must requalify the Arizona line before parts ship.'), []);
    assert.deepEqual(reasons('Production parts ship only after both customers requalify the line.'), []);
  });
});
