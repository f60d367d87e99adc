import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../segment/index.js';
import { quotationStart } from './quotation-start.js';

function sentencesOf(text: string, language = 'en') {
  return splitSentences(text, language).map((sentence) => ({ sentence }));
}

describe('quotationStart', () => {
  it('gives a sentence that ends a quotation the sentences that open it', () => {
    const sentences = sentencesOf(
      'Shares rose 4%.\n\n“Supply is the story. What the market wants to know is when the K10 ships,” said Carla Jennings, an analyst.',
    );
    const last = sentences.length - 1;
    assert.equal(quotationStart(sentences, last), '“Supply is the story.');
    assert.equal(quotationStart(sentences, 0), undefined, 'a sentence that closes no quotation has no start');
  });

  it('reaches back over a sentence inside the quotation, and not past its paragraph', () => {
    const three = sentencesOf('"One thing. Another thing. And a third," she said.');
    assert.equal(quotationStart(three, three.length - 1), '"One thing. Another thing.');
    const split = sentencesOf('"One thing.\n\nAnd a third," she said.');
    assert.equal(quotationStart(split, split.length - 1), undefined);
  });

  it('joins Chinese sentences without a space', () => {
    const sentences = sentencesOf('他说：“算力不够。价格还会涨。”', 'zh');
    assert.equal(quotationStart(sentences, sentences.length - 1), '他说：“算力不够。');
  });
});
