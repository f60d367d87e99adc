import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseText } from '../analysis.js';
import { coversWindow } from './coverage.js';

test('a negation of "a right of veto" is about the veto', () => {
  const source = analyseText('Vendors get two weeks to review results, without a right of veto.', 'en', null);
  const hit = source.cues.negation[0]!;
  assert.ok(coversWindow(hit, analyseText('Vendors will have a veto over their results.', 'en', null), source));
  assert.ok(!coversWindow(hit, analyseText('Vendors will have two weeks to review results.', 'en', null), source));
});
