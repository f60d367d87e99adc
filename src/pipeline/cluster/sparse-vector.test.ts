import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keepStrongest } from './sparse-vector.js';

/** The reference: a vector within the limit kept as it is; a longer one stably sorted by weight, strongest first, and cut. */
const reference = (vector: Map<number, number>, limit: number) =>
  vector.size <= limit ? [...vector] : [...vector].sort((a, b) => b[1] - a[1]).slice(0, limit);

test('keepStrongest keeps what a stable sort of every entry keeps, ties in insertion order', () => {
  let state = 12345;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let round = 0; round < 200; round++) {
    const vector = new Map<number, number>();
    const size = 1 + Math.floor(random() * 400);
    // Few distinct weights, so that ties straddle the cut often.
    for (let index = 0; index < size; index++) vector.set(Math.floor(random() * 100000), Math.round(random() * 8) / 4 - 0.5);
    const limit = 1 + Math.floor(random() * 160);
    assert.deepEqual([...keepStrongest(vector, limit)], reference(vector, limit));
  }
});
