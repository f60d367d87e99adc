import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bCubed } from './partition-scores.js';

const gold = new Map([
  ['a1', 'A'],
  ['a2', 'A'],
  ['h1', 'H'],
  ['h2', 'H'],
]);

describe('bCubed', () => {
  it('scores every gold item by default', () => {
    const predicted = new Map([
      ['a1', 'x'],
      ['a2', 'x'],
      ['h1', 'y'],
      ['h2', 'z'],
    ]);
    const scores = bCubed(predicted, gold);
    assert.equal(scores.precision, 1, 'no cluster mixes stories');
    assert.equal(scores.recall, 0.75, 'the split story scores 1/2 for each of its two items');
  });

  it('averages over the chosen items only, with clusters that still hold every item', () => {
    // h1 joined the cluster of a1 and a2: a held-out article placed in another story.
    const predicted = new Map([
      ['a1', 'x'],
      ['a2', 'x'],
      ['h1', 'x'],
      ['h2', 'z'],
    ]);
    const scores = bCubed(predicted, gold, new Set(['h1', 'h2']));
    assert.equal(scores.precision, (1 / 3 + 1) / 2, 'h1 shares its cluster with two items of another story');
    assert.equal(scores.recall, 0.5, 'h1 and h2 are apart');
  });
});
