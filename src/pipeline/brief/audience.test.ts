import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Label } from '../../domain/index.js';
import { splitSentences } from '../segment/index.js';
import { englishArticle } from './__fixtures__/stories.js';
import { whoShouldCare } from './audience.js';
import { preparePool } from './pool.js';
import type { BriefInput } from './types.js';

const input: BriefInput = {
  storyId: 'results',
  articles: [
    englishArticle('r-1', 'Meridian Wire', 'Corvane results', '2026-11-20T08:00:00Z', [
      'Purchase commitments to suppliers rose to $48 billion from $39 billion a quarter earlier, the company said.',
      'Memory makers and packaging houses are the suppliers most exposed to those commitments.',
    ]),
    englishArticle('r-2', 'Silicon Foundry Report', 'Corvane results', '2026-11-20T08:00:00Z', [
      'For the supply chain, the telling number was purchase commitments of $48 billion, up from $39 billion three months earlier.',
    ]),
    englishArticle('r-3', 'Deal Desk', 'Corvane results', '2026-11-20T08:00:00Z', [
      '"Memory makers will have to decide how much of that they can actually build for us in time.',
      'Corvane will report fourth-quarter results to investors in late February 2027.',
    ]),
    englishArticle('r-4', 'Gridline', 'Corvane results', '2026-11-20T08:00:00Z', [
      'Bankers say the practical effect is a higher equity cheque.',
      'Westbrook Bank said it would lend up to $400 million against the new packaging plant.',
    ]),
  ],
};

const pool = preparePool(input, 'en', (text, language) => splitSentences(text, language));
const item = (articleId: string, sentenceId = 'p1s1') =>
  pool.sentences.find((candidate) => candidate.key === `${articleId}#${sentenceId}`)!;
const label = (...evidence: [string, string][]): Label[] => [
  {
    kind: 'audience',
    id: 'investors',
    name: 'Investors',
    score: 0.8,
    evidence: evidence.map(([articleId, sentenceId]) => ({ articleId, sentenceId, text: '' })),
  },
];

describe('whoShouldCare', () => {
  it("prefers evidence that neither is shown above nor tells a shown sentence's figures again", () => {
    const row = whoShouldCare(label(['r-1', 'p1s1'], ['r-1', 'p2s1']), pool, [item('r-2')]);
    assert.deepEqual(row?.citations, [{ articleId: 'r-1', sentenceIds: ['p2s1'] }]);
    assert.deepEqual(row?.audiences, ['Investors']);
  });

  it('takes a retelling before the very sentence shown, and that sentence when it is all there is', () => {
    const retold = whoShouldCare(label(['r-2', 'p1s1'], ['r-1', 'p1s1']), pool, [item('r-2')]);
    assert.deepEqual(retold?.citations, [{ articleId: 'r-1', sentenceIds: ['p1s1'] }]);
    const only = whoShouldCare(label(['r-2', 'p1s1']), pool, [item('r-2')]);
    assert.deepEqual(only?.citations, [{ articleId: 'r-2', sentenceIds: ['p1s1'] }]);
  });

  it('never cites a fragment a reader cannot take in: an unclosed quotation', () => {
    const row = whoShouldCare(label(['r-3', 'p1s1'], ['r-2', 'p1s1']), pool, [item('r-2')]);
    assert.deepEqual(row?.citations, [{ articleId: 'r-2', sentenceIds: ['p1s1'] }]);
    assert.equal(whoShouldCare(label(['r-3', 'p1s1']), pool), undefined);
  });

  it('leaves a section its only sentence when other fresh evidence earned the audience', () => {
    const evidence = label(['r-3', 'p2s1'], ['r-1', 'p2s1']);
    assert.deepEqual(whoShouldCare(evidence, pool)?.citations, [{ articleId: 'r-3', sentenceIds: ['p2s1'] }]);
    const spared = whoShouldCare(evidence, pool, [], new Set(), [item('r-3', 'p2s1')]);
    assert.deepEqual(spared?.citations, [{ articleId: 'r-1', sentenceIds: ['p2s1'] }]);
  });

  it('cites evidence that says what follows for readers before a plain fact', () => {
    const story: BriefInput = {
      storyId: 'hbm',
      articles: [
        englishArticle('h-1', 'Meridian Wire', 'Halden sold out', '2026-11-20T08:00:00Z', [
          'Halden Memory said it has signed contracts with 12 customers for its 2027 output of HBM4E.',
          'The memory bill will push up what next-generation accelerator capacity costs to rent.',
        ]),
      ],
    };
    const hbm = preparePool(story, 'en', (text, language) => splitSentences(text, language));
    // The plain fact comes first in the label's evidence and gives figures; the consequence still goes first.
    assert.deepEqual(whoShouldCare(label(['h-1', 'p1s1'], ['h-1', 'p2s1']), hbm)?.citations, [{ articleId: 'h-1', sentenceIds: ['p2s1'] }]);
  });

  it('cites the evidence that names someone or gives a figure before a vague one', () => {
    const row = whoShouldCare(label(['r-4', 'p1s1'], ['r-4', 'p2s1']), pool);
    assert.deepEqual(row?.citations, [{ articleId: 'r-4', sentenceIds: ['p2s1'] }]);
  });

  it('cites evidence that asks something of someone before a fact with a figure, but not a question', () => {
    const story: BriefInput = {
      storyId: 'copack',
      articles: [
        englishArticle('c-1', 'Silicon Foundry Report', 'FAF opens Arizona line', '2026-11-20T08:00:00Z', [
          'The project received a $1.6 billion federal grant, finalised in August 2025.',
          'Corvane and Stratos must requalify the Arizona line before production parts ship.',
          'If the grid must be rebuilt for such plants, who should carry the cost?',
        ]),
      ],
    };
    const copack = preparePool(story, 'en', (text, language) => splitSentences(text, language));
    const cited = (...evidence: [string, string][]) => whoShouldCare(label(...evidence), copack)?.citations;
    assert.deepEqual(cited(['c-1', 'p1s1'], ['c-1', 'p2s1']), [{ articleId: 'c-1', sentenceIds: ['p2s1'] }]);
    assert.deepEqual(cited(['c-1', 'p1s1'], ['c-1', 'p3s1']), [{ articleId: 'c-1', sentenceIds: ['p1s1'] }]);
  });
});
