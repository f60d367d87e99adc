import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../segment/index.js';
import { preparePool } from './pool.js';
import { selectQuote } from './quote.js';
import { scoreSentences } from './salience.js';
import type { BriefInput } from './types.js';

const segment = (text: string, language: string) => splitSentences(text, language);

function quoteOf(paragraphs: string[]) {
  const input: BriefInput = {
    storyId: 'q',
    articles: [
      {
        id: 'a',
        outlet: 'Harbour Post',
        url: null,
        title: 'Port of Aldmere adds a second crane line',
        published: null,
        language: 'en',
        text: paragraphs.join('\n\n'),
      },
    ],
  };
  const pool = preparePool(input, 'en', segment);
  return selectQuote(pool, new Map(scoreSentences(pool).map((candidate) => [candidate.item.key, candidate.score])));
}

describe('selectQuote', () => {
  it('prefers a direct quotation with a named speaker, verbatim and attributed to its outlet', () => {
    const quote = quoteOf([
      'The Port of Aldmere said on Monday it would add a second crane line to its container terminal by next spring.',
      'Port director Kaija Lund said the terminal had turned ships away twice this autumn for lack of berths.',
      '"We have been running at the edge of capacity for two years and the ships keep getting bigger," said Kaija Lund, the port director.',
    ]);
    assert.equal(
      quote?.quote,
      '"We have been running at the edge of capacity for two years and the ships keep getting bigger," said Kaija Lund, the port director.',
    );
    assert.equal(quote?.text, `Harbour Post reported: ${quote?.quote}`);
    assert.equal(quote?.outlet, 'Harbour Post');
  });

  it('takes a quotation that runs over two sentences whole, citing both, over a statement or an unnamed speaker', () => {
    const quote = quoteOf([
      'The Port of Aldmere will add a second crane line to its container terminal by next spring.',
      'Port director Kaija Lund said the terminal had turned ships away twice this autumn for lack of berths.',
      '"The ships keep getting bigger and the berths do not," she said on Monday at the harbour office.',
      '"We have been running at the edge of capacity for two years. The second line is how we stop turning ships away," said Kaija Lund, the port director.',
    ]);
    assert.equal(
      quote?.quote,
      '"We have been running at the edge of capacity for two years. The second line is how we stop turning ships away," said Kaija Lund, the port director.',
    );
    assert.deepEqual(quote?.citations, [{ articleId: 'a', sentenceIds: ['p4s1', 'p4s2'] }]);
    assert.equal(quote?.sentenceId, 'p4s1');
  });

  it('does not join a closing half to the next quotation: "…," he said. "…', () => {
    const quote = quoteOf([
      'The Port of Aldmere will add a second crane line to its container terminal by next spring.',
      'Lund said the port had waited long enough, "and the ships will not wait for us," adding that a tender opens in May. "We start dredging in the summer.',
      'That is the easy part," she added.',
    ]);
    assert.ok(!quote || !quote.quote.includes('adding that a tender opens in May. "We start'), quote?.quote);
  });

  it('falls back to a clear statement by a named speaker, never "the company said" or a leaning opener', () => {
    const quote = quoteOf([
      'The Port of Aldmere will add a second crane line to its container terminal by next spring, at a cost of 40 million euros.',
      'It said the new line would lift capacity by about a third once both cranes are running.',
      'Most of the money comes from a regional fund, the company said, with the rest borrowed over ten years.',
      'Port director Kaija Lund said the terminal had turned ships away twice this autumn for lack of berths.',
    ]);
    assert.equal(quote?.quote, 'Port director Kaija Lund said the terminal had turned ships away twice this autumn for lack of berths.');
  });

  it('gives no quote when nothing is attributed to anyone', () => {
    assert.equal(
      quoteOf([
        'The Port of Aldmere will add a second crane line to its container terminal by next spring.',
        'Construction starts in January and takes about nine months to finish.',
      ]),
      undefined,
    );
  });
});
