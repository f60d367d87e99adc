import assert from 'node:assert/strict';
import { test } from 'node:test';
import { heaviestFirst, SLOT_STRIDE, SLOT_WEIGHT } from './slot-table.js';

test('heaviestFirst puts in front what a stable sort by gathered weight puts there', () => {
  let state = 99;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let round = 0; round < 300; round++) {
    const slots = 1 + Math.floor(random() * 60);
    const table = new Float64Array(slots * SLOT_STRIDE);
    // Few distinct weights, so that ties straddle the cut often.
    for (let slot = 0; slot < slots; slot++) table[slot * SLOT_STRIDE + SLOT_WEIGHT] = Math.floor(random() * 5);
    const found = Array.from({ length: slots }, (_, slot) => slot).sort(() => random() - 0.5);
    const limit = 1 + Math.floor(random() * 10);
    const weight = (slot: number) => table[slot * SLOT_STRIDE + SLOT_WEIGHT] as number;
    const expected = [...found].sort((a, b) => weight(b) - weight(a)).slice(0, Math.min(limit, slots));
    heaviestFirst(found, slots, limit, table);
    assert.deepEqual(found.slice(0, Math.min(limit, slots)), expected);
  }
});
