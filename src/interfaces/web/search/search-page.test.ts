import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resultSummary } from './search-page.js';

describe('search result summary', () => {
  it('counts the results when all are shown, and says these are the best matches when more match', () => {
    assert.equal(resultSummary('核电', 1, 1, false), '2 results for “核电”: 1 story and 1 article.');
    assert.equal(
      resultSummary('the', 20, 30, true),
      'The best matches for “the”: 20 stories and 30 articles. More match; add a word or a name to narrow the search.',
    );
  });
});
