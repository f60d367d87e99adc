import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseText } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { checkTargets } from './swaps.js';

const SOURCE = '模型算力利用率目前在45％左右，年底前希望提到50％以上。';
const reasons = (claim: string): string[] =>
  checkTargets(analyseText(claim, 'en', null), { analyses: [analyseText(SOURCE, 'zh', null)] } as unknown as Evidence);

test('a figure the source only hopes for is no outcome', () => {
  assert.equal(reasons('The cluster runs at more than 50% utilisation.').length, 1);
  assert.deepEqual(reasons('The operator aims to lift utilisation above 50% by the end of the year.'), []);
});
