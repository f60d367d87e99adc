import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TokenCache } from './token-cache.js';

const words = 'ab abc abd bca cab abcd x abc ab abcde abcdef abcdefg abcdefgh abcdefghi ab abc ba'.split(' ');
const text = words.join(' ');
const judge = (token: string) => (token.length > 2 ? token.toUpperCase() : '');

/** Looks every word up three times, where it lies in the text and on its own, and checks each answer. */
function lookUpAll(cache: TokenCache): void {
  for (let round = 0; round < 3; round++) {
    let start = 0;
    for (const word of words) {
      assert.equal(cache.termAt(text, start, start + word.length), judge(word));
      assert.equal(cache.termAt(word, 0, word.length), judge(word));
      start += word.length + 1;
    }
  }
}

test('TokenCache judges each token once while it has room', () => {
  let judged = 0;
  lookUpAll(new TokenCache(100, (token) => (judged++, judge(token))));
  assert.equal(judged, new Set(words).size);
});

test('TokenCache answers as judging does after filling up and starting over', () => {
  let judged = 0;
  lookUpAll(new TokenCache(8, (token) => (judged++, judge(token))));
  assert.ok(judged > new Set(words).size);
});

test('TokenCache tells apart tokens whose hashes collide', () => {
  // "Aa" and "BB" have equal 31-based hashes.
  const cache = new TokenCache(100, (token) => `<${token}>`);
  assert.equal(cache.termAt('Aa BB', 0, 2), '<Aa>');
  assert.equal(cache.termAt('Aa BB', 3, 5), '<BB>');
  assert.equal(cache.termAt('xAa', 1, 3), '<Aa>');
});
