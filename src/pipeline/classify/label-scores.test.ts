/**
 * A label's lead share counts the body's first paragraph as the lead, past a standfirst the page printed above it; the
 * standfirst adds to support, not to density.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../segment/index.js';
import { analyseArticles } from './analysed-text.js';
import { compileCues } from './cue-matcher.js';
import { DEFAULT_TAXONOMY } from './index.js';
import { scoreLabel } from './label-scores.js';

const TEXT = [
  'A summary of the week at the agency, written for readers in a hurry.',
  'The Commerce Department on Thursday tightened export controls on AI accelerators sold to twelve more countries.',
  'Officials said the change follows a review that began in the spring.',
  'The agency will take comments for sixty days.',
].join('\n\n');

function scored(text: string, standfirst: number) {
  const articles = analyseArticles([{ id: 'a1', language: 'en', sentences: splitSentences(text, 'en'), standfirst }]);
  const entry = DEFAULT_TAXONOMY.tags.find((tag) => tag.id === 'export-controls');
  assert.ok(entry, 'the default taxonomy has an export-controls tag');
  return scoreLabel(compileCues(entry), articles, 3);
}

const leadShare = (standfirst: number) => scored(TEXT, standfirst).lead;

describe('scoreLabel lead', () => {
  it('takes the first paragraph after the standfirst as the lead', () => {
    assert.equal(leadShare(1), 1);
  });

  it('takes the first paragraph alone as the lead when the page printed no standfirst', () => {
    assert.equal(leadShare(0), 0);
  });

  it('counts a standfirst that restates the topic towards support, not towards how much of the text is about it', () => {
    const body = [
      'Officials said the change follows a review that began in the spring.',
      'The Commerce Department has tightened export controls on AI accelerators.',
      'The agency will take comments for sixty days.',
    ].join('\n\n');
    const standfirst = 'Export controls on AI accelerators now reach twelve more countries.';
    const withStandfirst = scored(`${standfirst}\n\n${body}`, 1);
    const bodyAlone = scored(body, 0);
    assert.equal(withStandfirst.density, bodyAlone.density);
    assert.ok(withStandfirst.score > bodyAlone.score, `${withStandfirst.score} > ${bodyAlone.score}`);
  });
});
