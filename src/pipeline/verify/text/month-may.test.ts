import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isMonthMay } from './month-may.js';

test('a capitalised May inside a sentence or before a day is the month', () => {
  assert.ok(isMonthMay('The run began in May.', 'The run began in '.length));
  assert.ok(isMonthMay('May 4 is the date.', 0));
});

test('the modal may is no month', () => {
  assert.ok(!isMonthMay('The run may begin soon.', 'The run '.length));
  assert.ok(!isMonthMay('May the run begin soon.', 0));
});
