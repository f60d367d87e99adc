/** The feature table interns features per channel, weighs them by document frequency, decays, and frees unheld ids. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FREQUENCY_DECAY_EVERY } from './cluster-settings.js';
import { FeatureTable } from './feature-table.js';

describe('FeatureTable', () => {
  it('gives one id per channel and key, and rarer features more weight', () => {
    const table = new FeatureTable();
    const outage = table.intern(0, 'outag');
    assert.equal(table.intern(0, 'outag'), outage);
    assert.notEqual(table.intern(5, 'outag'), outage);
    const common = table.intern(0, 'grid');
    for (let document = 0; document < 10; document++) {
      table.observe(common);
      if (document === 0) table.observe(outage);
      table.documentDone();
    }
    assert.ok(table.weight(outage) > table.weight(common));
    assert.equal(table.key(outage), 'outag');
  });

  it('after a decay frees ids with no count that nothing holds, keeps held ones, and reuses freed slots', () => {
    const table = new FeatureTable();
    const once = table.intern(0, 'once');
    const held = table.intern(0, 'held');
    const frequent = table.intern(0, 'frequent');
    table.observe(once);
    table.observe(held);
    for (let document = 0; document < FREQUENCY_DECAY_EVERY; document++) {
      table.observe(frequent);
      table.documentDone();
    }
    assert.equal(table.sweepDue, true);
    const marks = new Uint8Array(table.capacity());
    marks[held] = 1;
    table.sweep(marks);
    assert.equal(table.find(0, 'once'), -1);
    assert.equal(table.find(0, 'held'), held);
    assert.equal(table.find(0, 'frequent'), frequent);
    assert.equal(table.intern(1, 'new'), once);
    assert.deepEqual(
      table.snapshot().counts.terms?.map(([key]) => key),
      ['frequent'],
    );
  });

  it('restores counts from its snapshot', () => {
    const table = new FeatureTable();
    table.observe(table.intern(2, 'harbour'));
    table.documentDone();
    const restored = new FeatureTable(JSON.parse(JSON.stringify(table.snapshot())));
    assert.equal(restored.weight(restored.find(2, 'harbour')), table.weight(table.find(2, 'harbour')));
  });
});
