/** Cue phrases match at word boundaries, with open word endings, a one-word wildcard and either spaces or hyphens. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileCues, matchCues } from './cue-matcher.js';

const cues = (en: string[], text: string) => matchCues(compileCues({ id: 'x', name: 'X', en, zh: [] }).strong, text);

describe('compileCues', () => {
  it('lets "*" end a word with any ending and stand alone for any one word', () => {
    assert.deepEqual(cues(['outage*'], 'Two outages hit the region.'), ['outages']);
    assert.deepEqual(cues(['cuts * jobs'], 'The bank cuts 300 jobs.'), ['cuts 300 jobs']);
    assert.deepEqual(cues(['eliminat* roles'], 'It is eliminating roles in support.'), ['eliminating roles']);
    assert.deepEqual(cues(['cuts * jobs'], 'The bank cuts jobs.'), []);
  });

  it('treats spaces and hyphens alike and respects word boundaries', () => {
    assert.deepEqual(cues(['open-weights'], 'An open weights model.'), ['open weights']);
    assert.deepEqual(cues(['data centre'], 'A new data-centre campus.'), ['data centre']);
    assert.deepEqual(cues(['grid'], 'The gridlock continued.'), []);
  });
});
