/** A taxonomy file replaces the kinds it lists, keeps the default for the rest, and names the bad field when it is wrong. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_TAXONOMY, parseTaxonomy } from './index.js';

describe('parseTaxonomy', () => {
  it('accepts the shipped default written out as JSON', () => {
    const parsed = parseTaxonomy(JSON.stringify(DEFAULT_TAXONOMY), 'default.json');
    assert.ok(parsed.ok);
    assert.deepEqual(
      parsed.value.boards.map((board) => board.id),
      DEFAULT_TAXONOMY.boards.map((board) => board.id),
    );
    // Relations between tags and denials are part of the file format, not only of the shipped code.
    assert.deepEqual(parsed.value.tags, DEFAULT_TAXONOMY.tags);
    assert.ok(parsed.value.tags.some((tag) => (tag.companions ?? []).length > 0));
    assert.ok(parsed.value.tags.some((tag) => (tag.denials ?? []).length > 0));
  });

  it('replaces the kinds the file lists and keeps the default for the others', () => {
    const parsed = parseTaxonomy(JSON.stringify({ boards: [{ id: 'rail', name: 'Rail', en: ['railway'], zh: ['铁路'] }] }), 'rail.json');
    assert.ok(parsed.ok);
    assert.deepEqual(
      parsed.value.boards.map((board) => board.id),
      ['rail'],
    );
    assert.equal(parsed.value.tags, DEFAULT_TAXONOMY.tags);
    assert.equal(parsed.value.regions, DEFAULT_TAXONOMY.regions);
  });

  it('names the file and the field that is wrong', () => {
    const parsed = parseTaxonomy(
      JSON.stringify({
        tags: [
          { id: 'ok', name: 'Ok', en: [] },
          { id: 'bad', name: 'Bad', en: 'grid' },
        ],
      }),
      '/etc/tax.json',
    );
    assert.equal(parsed.ok, false);
    if (parsed.ok) return;
    assert.match(parsed.error.message, /\/etc\/tax\.json/);
    assert.match(parsed.error.message, /tags\[1\]\.en/);
  });

  it('refuses unknown fields, duplicate ids and broken JSON', () => {
    const unknown = parseTaxonomy(JSON.stringify({ boards: [{ id: 'a', name: 'A', en: [], zh: [], colour: 'red' }] }), 't.json');
    assert.ok(!unknown.ok && /boards\[0\]: unknown field\(s\) colour/.test(unknown.error.message));
    const duplicate = parseTaxonomy(
      JSON.stringify({
        regions: [
          { id: 'eu', name: 'EU' },
          { id: 'eu', name: 'Europe' },
        ],
      }),
      't.json',
    );
    assert.ok(!duplicate.ok && /regions\[1\]\.id: duplicate id "eu"/.test(duplicate.error.message));
    const broken = parseTaxonomy('{"boards": [', 't.json');
    assert.ok(!broken.ok && broken.error.code === 'taxonomy-json');
  });
});
