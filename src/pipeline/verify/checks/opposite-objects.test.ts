import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseText } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { checkOppositeObjects } from './opposite-objects.js';

const SOURCE = 'Developers lost their main argument, that curtailment should come with compensation, but won a concession on notice.';
const reasons = (claim: string): string[] =>
  checkOppositeObjects(analyseText(claim, 'en', null), { analyses: [analyseText(SOURCE, 'en', null)] } as unknown as Evidence);

test('a verb given the object its opposite has in the source contradicts it', () => {
  assert.equal(reasons('Developers won their argument that curtailment should come with compensation.').length, 1);
});

test('each verb with its own object is fine', () => {
  assert.deepEqual(reasons('Developers won a concession on notice.'), []);
  assert.deepEqual(reasons('Developers lost their argument for compensation.'), []);
});
