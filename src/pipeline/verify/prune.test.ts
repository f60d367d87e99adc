import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Brief, BriefSentence } from '../../domain/index.js';
import { prune } from './prune.js';
import type { SentenceVerdict, VerificationReport } from './types.js';

const cite = (articleId: string): BriefSentence['citations'] => [{ articleId, sentenceIds: ['p1s1'] }];
const sentence = (text: string, articleId = 'a1'): BriefSentence => ({ text, citations: cite(articleId) });

function brief(): Brief {
  return {
    storyId: 's',
    version: 1,
    engine: 'extractive',
    language: 'en',
    createdAt: '2026-11-01T00:00:00Z',
    headline: sentence('Headline'),
    hook: sentence('Hook'),
    editorsBrief: [sentence('One'), sentence('Two'), sentence('Three')],
    tldr: { whatChanged: sentence('Changed'), whyItMatters: sentence('Matters') },
    keyTakeaways: [sentence('Takeaway')],
    implications: [sentence('Implication')],
    timeline: [],
    article: {
      paragraphs: [
        { sentences: [sentence('First [1].', 'a1'), sentence('Second [2].', 'a2')] },
        { sentences: [sentence('Third [3].', 'a3')] },
      ],
    },
    references: [1, 2, 3].map((n) => ({ n, articleId: `a${n}`, outlet: 'O', title: 'T', url: null, published: null })),
  };
}

function report(rejected: [SentenceVerdict['section'], number][]): VerificationReport {
  const sentences = rejected.map(([section, index]) => ({ section, index, text: '', verdict: 'unsupported' as const, reasons: ['x'] }));
  return { storyId: 's', groundedShare: 0, supported: 0, total: sentences.length, sentences };
}

describe('prune', () => {
  it('drops unsupported points and empties whole sections', () => {
    const pruned = prune(
      brief(),
      report([
        ['editorsBrief', 1],
        ['tldr.whyItMatters', 0],
        ['keyTakeaways', 0],
        ['hook', 0],
      ]),
    )!;
    assert.deepEqual(
      pruned.editorsBrief.map((s) => s.text),
      ['One', 'Three'],
    );
    assert.deepEqual(Object.keys(pruned.tldr), ['whatChanged']);
    assert.deepEqual(pruned.keyTakeaways, []);
    assert.equal(pruned.hook, undefined);
  });

  it('renumbers references and rewrites markers when article sentences go', () => {
    const pruned = prune(brief(), report([['article', 1]]))!;
    assert.deepEqual(
      pruned.article?.paragraphs.map((p) => p.sentences.map((s) => s.text)),
      [['First [1].'], ['Third [2].']],
    );
    assert.deepEqual(
      pruned.references.map((r) => [r.n, r.articleId]),
      [
        [1, 'a1'],
        [2, 'a3'],
      ],
    );
  });

  it('replaces a rejected headline with the hook, and gives up when nothing is left', () => {
    assert.equal(prune(brief(), report([['headline', 0]]))?.headline.text, 'Hook');
    const bare = { ...brief(), hook: undefined, editorsBrief: [], keyTakeaways: [] } as Brief;
    assert.equal(prune(bare, report([['headline', 0]])), null);
  });
});
