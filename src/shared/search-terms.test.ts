import assert from 'node:assert/strict';
import { it } from 'node:test';
import { searchTerms } from './search-terms.js';

it('lowercases Latin words and splits Chinese runs into bigrams', () => {
  assert.deepEqual(searchTerms('Corvane K10 发布新芯片'), ['corvane', 'k10', '发布', '布新', '新芯', '芯片']);
});

it('keeps a lone CJK character and normalises full-width forms', () => {
  assert.deepEqual(searchTerms('ＧＰＵ 云'), ['gpu', '云']);
});

it('handles Japanese kana and Korean as scripts without spaces', () => {
  assert.deepEqual(searchTerms('データ'), ['デー', 'ータ']);
  assert.deepEqual(searchTerms('반도체'), ['반도', '도체']);
});

it('returns nothing for punctuation only', () => {
  assert.deepEqual(searchTerms('— … ！'), []);
});

it('never makes a term of CJK punctuation', () => {
  assert.deepEqual(searchTerms('芯片。发布「K10」'), ['芯片', '发布', 'k10']);
});

it('splits Latin words from an adjacent Chinese run', () => {
  assert.deepEqual(searchTerms('K10芯片'), ['k10', '芯片']);
});
