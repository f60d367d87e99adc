import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Reference } from '../../../domain/brief.js';
import { citationIndex, citationsPerReference, citeAnchor, citedText } from './citations.js';
import { safeHref } from './urls.js';

const references: Reference[] = [
  { n: 1, articleId: 'a', outlet: 'Meridian Wire', title: 'One', url: 'https://m.example/1', published: null },
  { n: 2, articleId: 'b', outlet: 'Gridline <Weekly>', title: 'Two', url: null, published: null },
];
const index = citationIndex(references);

describe('citation markers', () => {
  it('appends markers, in number order, to sentences that carry none', () => {
    const text = citedText(
      {
        text: 'Power flows in 2029.',
        citations: [
          { articleId: 'b', sentenceIds: ['p2s1'] },
          { articleId: 'a', sentenceIds: ['p1s1', 'p1s2'] },
        ],
      },
      index,
    ).value;
    assert.equal(
      text,
      'Power flows in 2029.<span class="cites"><a class="cite" href="#cite-1-p1s1-p1s2" title="Meridian Wire">[1]</a><a class="cite" href="#cite-2-p2s1" title="Gridline &lt;Weekly&gt;">[2]</a></span>',
    );
  });

  it('links the [n] markers already in an article sentence where they stand', () => {
    const text = citedText({ text: 'The rule was adopted [2].', citations: [{ articleId: 'b', sentenceIds: ['p3s1'] }] }, index).value;
    assert.equal(text, 'The rule was adopted<a class="cite" href="#cite-2-p3s1" title="Gridline &lt;Weekly&gt;">[2]</a>.');
  });

  it('points a marker without a matching citation at the reference, and uses the base on other pages', () => {
    const elsewhere = citationIndex(references, '/stories/s1');
    assert.match(citedText({ text: 'Claim [1].', citations: [] }, elsewhere).value, /href="\/stories\/s1#ref-1" title="Source 1"/);
  });

  it('escapes the sentence text', () => {
    assert.equal(citedText({ text: '<b>bold</b>', citations: [] }, index).value, '&lt;b&gt;bold&lt;/b&gt;');
  });

  it('collects each distinct citation once per reference, in reading order', () => {
    const per = citationsPerReference(
      [
        { text: 'x', citations: [{ articleId: 'a', sentenceIds: ['p2s1'] }] },
        {
          text: 'y',
          citations: [
            { articleId: 'a', sentenceIds: ['p2s1'] },
            { articleId: 'a', sentenceIds: ['p1s1'] },
            { articleId: 'zzz', sentenceIds: ['p1s1'] },
          ],
        },
      ],
      index,
    );
    assert.deepEqual([...per], [[1, [['p2s1'], ['p1s1']]]]);
    assert.equal(citeAnchor(3, ['p1s1', 'p9"s2']), 'cite-3-p1s1-p9s2');
  });

  it('links only http(s) addresses', () => {
    assert.equal(safeHref('https://a.example/x?y=1'), 'https://a.example/x?y=1');
    assert.equal(safeHref('javascript:alert(1)'), null);
    assert.equal(safeHref('data:text/html,hi'), null);
    assert.equal(safeHref('/relative'), null);
  });
});
