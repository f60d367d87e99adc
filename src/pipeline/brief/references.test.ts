import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildReferences, markArticle, withMarkers } from './references.js';
import type { BriefArticle } from './types.js';

const article = (id: string, outlet: string): BriefArticle => ({
  id,
  outlet,
  url: `https://example.com/${id}`,
  title: `Title ${id}`,
  published: '2026-10-21T00:00:00Z',
  language: 'en',
});

describe('references', () => {
  it('numbers cited articles in order of first citation', () => {
    const sentences = [
      { text: 'x', citations: [{ articleId: 'b', sentenceIds: ['p1s1'] }] },
      {
        text: 'y',
        citations: [
          { articleId: 'a', sentenceIds: ['p1s1'] },
          { articleId: 'b', sentenceIds: ['p2s1'] },
        ],
      },
    ];
    const references = buildReferences(sentences, [article('a', 'A'), article('b', 'B'), article('c', 'C')]);
    assert.deepEqual(
      references.map((reference) => [reference.n, reference.articleId]),
      [
        [1, 'b'],
        [2, 'a'],
      ],
    );
  });

  it('puts markers before final punctuation, after abbreviations, flush in Chinese', () => {
    assert.equal(withMarkers('The region was restored.', [1, 3]), 'The region was restored [1][3].');
    assert.equal(withMarkers('Services recovered at 6:05 p.m.', [2]), 'Services recovered at 6:05 p.m. [2]');
    assert.equal(withMarkers('科文发布K10。', [1]), '科文发布K10[1]。');
    assert.equal(withMarkers('"We will publish a report," she said.', [1]), '"We will publish a report," she said [1].');
  });

  it('marks every article sentence with its references', () => {
    const paragraphs = [{ sentences: [{ text: 'One.', citations: [{ articleId: 'a', sentenceIds: ['p1s1'] }] }] }];
    const marked = markArticle(paragraphs, [{ n: 1, articleId: 'a', outlet: 'A', title: 't', url: null, published: null }]);
    assert.equal(marked[0]?.sentences[0]?.text, 'One [1].');
  });
});
