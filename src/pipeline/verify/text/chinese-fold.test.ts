import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldChinese } from './chinese-fold.js';

test('folds Traditional characters to Simplified and keeps the length', () => {
  assert.equal(foldChinese('首批1500人將於12月開訓'), '首批1500人将于12月开训');
  assert.equal(foldChinese('工程師'), '工程师');
});

test('leaves Simplified and Latin text as it is', () => {
  assert.equal(foldChinese('工程师12月开训'), '工程师12月开训');
  assert.equal(foldChinese('Engineers start in December.'), 'Engineers start in December.');
});
