import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSubstitution, statesSubstitution } from './substitution.js';

test('a substitution cue is met by a replacement or comparison said another way', () => {
  assert.ok(isSubstitution('instead of'));
  assert.ok(!isSubstitution('not'));
  assert.ok(statesSubstitution('The switch replaces 64 pluggables with 16 engines.', ' 64 pluggable modules in the front panel'));
  assert.ok(statesSubstitution('Claims took 7.0 days on average against 9.1.', ' 9.1.'));
  assert.ok(!statesSubstitution('Claims took 7.0 days on average.', ' 9.1.'));
  assert.ok(statesSubstitution('The average time fell to 7.0 days from 9.1 days.', ' 9.1.'));
});

test('the phrase a cue denies does not meet it', () => {
  assert.ok(!statesSubstitution('Stratos will run the K10 in place of its own chips.', ' in place of them'));
  assert.ok(statesSubstitution('Stratos will run the K10 in place of its own chips.', ' its own chips'));
});

test('a swapped pair meets nothing', () => {
  assert.ok(!statesSubstitution('Customers run the catalog instead of their own models.', " Stratos's catalog."));
});
