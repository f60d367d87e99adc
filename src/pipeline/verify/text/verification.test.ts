import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keepsUnverified } from './verification.js';

test('a claim calling a result self-reported keeps a denied verification', () => {
  assert.ok(keepsUnverified('经过第三方复现', 'Lumen-4 scored 68.4%, though the figures are self-reported.'));
  assert.ok(keepsUnverified(' been independently verified', 'The scores are unverified.'));
});

test('a claim that says the result was checked keeps nothing', () => {
  assert.ok(!keepsUnverified('经过第三方复现', 'Third parties reproduced the 68.4% score.'));
  assert.ok(!keepsUnverified(' affect tier-2 support', 'The figures are self-reported.'));
});
