import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InvalidArgumentError } from 'commander';
import { numberIn } from './number-option.js';

describe('numberIn', () => {
  it('returns numbers within the bounds', () => {
    assert.equal(numberIn({ min: 0, max: 1 })('0.25'), 0.25);
    assert.equal(numberIn({ min: 1, integer: true })('15'), 15);
    assert.equal(numberIn({ min: 0, positive: true })('0.5'), 0.5);
  });

  it('refuses words, blanks, values out of bounds, fractions where whole numbers are asked, and zero where it must be above', () => {
    const similarity = numberIn({ min: 0, max: 1 });
    for (const value of ['abc', '', ' ', '1.5', '-0.1', 'NaN', 'Infinity'])
      assert.throws(() => similarity(value), InvalidArgumentError, value);
    assert.throws(() => numberIn({ min: 1, integer: true })('2.5'), /expected a whole number of at least 1/);
    assert.throws(() => numberIn({ min: 0, positive: true })('0'), /expected a number above 0/);
  });
});
