import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseText } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { checkChangePairs } from './change-pairs.js';

const SOURCE = 'Input tokens fall from $0.60 to $0.36 per million and output tokens from $1.80 to $1.08.';
const reasons = (claim: string): string[] => {
  const analysis = analyseText(SOURCE, 'en', null);
  return checkChangePairs(analyseText(claim, 'en', null), { analyses: [analysis] } as unknown as Evidence);
};

test('pairs the figures of a change within their own clause', () => {
  assert.deepEqual(reasons('Output drops to $1.08 per million tokens from $1.80, and input to $0.36 from $0.60.'), []);
  assert.equal(reasons('Output drops to $1.08 per million tokens from $0.60, and input to $0.36 from $1.80.').length, 1);
});
