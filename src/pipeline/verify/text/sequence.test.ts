import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ordersInTime } from './sequence.js';

const at = (text: string): boolean => ordersInTime(text, text.indexOf('follow'), text.indexOf('follow') + 'follows'.length);

test('"follows in June 2027" orders events; "follows a slump" frames one', () => {
  assert.ok(at('Riyadh opens in January 2027; Dubai follows in June 2027 with two zones.'));
  assert.ok(at('Riyadh opens first and Dubai follows.'));
  assert.ok(!at('The cut follows a slump in demand for older chips.'));
});
