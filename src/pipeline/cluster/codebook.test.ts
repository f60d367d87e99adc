/** A codebook maps a prepare thread's codes to feature ids, and notices when the table reused an id for another feature. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Codebook } from './codebook.js';
import { FREQUENCY_DECAY_EVERY } from './cluster-settings.js';
import { FeatureTable } from './feature-table.js';

describe('Codebook', () => {
  it('resolves codes to the ids interning gives, without growing the table twice', () => {
    const table = new FeatureTable();
    const codebook = new Codebook();
    codebook.append(['harbour', 'e:helioscale', 'harbour'], [0, 1, 5]);
    const ids = [0, 1, 2].map((code) => codebook.resolve(code, table));
    assert.deepEqual(ids, [table.find(0, 'harbour'), table.find(1, 'e:helioscale'), table.find(5, 'harbour')]);
    assert.equal(new Set(ids).size, 3, 'one key in two channels is two features');
    assert.equal(codebook.resolve(0, table), ids[0]);
    assert.equal(table.capacity(), 3);
  });

  it('interns again once the table forgot the feature and reused its id', () => {
    const table = new FeatureTable();
    const codebook = new Codebook();
    codebook.append(['ferry'], [0]);
    const first = codebook.resolve(0, table);
    // Two decays with no count on the feature let the sweep free its id; another feature then takes it.
    for (let index = 0; index < 2 * FREQUENCY_DECAY_EVERY; index++) table.documentDone();
    table.sweep(new Uint8Array(table.capacity()));
    assert.equal(table.find(0, 'ferry'), -1);
    const other = table.intern(0, 'crane');
    assert.equal(other, first, 'the freed id was reused');
    const again = codebook.resolve(0, table);
    assert.notEqual(again, first);
    assert.equal(table.key(again), 'ferry');
  });

  it('interns again once the table freed the id, even before another feature takes it', () => {
    const table = new FeatureTable();
    const codebook = new Codebook();
    codebook.append(['ferry', 'crane'], [0, 0]);
    codebook.resolve(0, table);
    codebook.resolve(1, table);
    for (let index = 0; index < 2 * FREQUENCY_DECAY_EVERY; index++) table.documentDone();
    table.sweep(new Uint8Array(table.capacity()));
    const again = codebook.resolve(0, table);
    assert.equal(table.key(again), 'ferry');
    assert.equal(table.find(0, 'ferry'), again, 'the feature is known to the table again');
  });

  it('resolves against another table by interning there, not by trusting ids found in the first', () => {
    const first = new FeatureTable();
    const second = new FeatureTable();
    second.intern(0, 'crane');
    const codebook = new Codebook();
    codebook.append(['ferry'], [0]);
    assert.equal(codebook.resolve(0, first), 0);
    const id = codebook.resolve(0, second);
    assert.equal(second.key(id), 'ferry');
    assert.equal(id, 1);
  });
});
