import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Brief } from '../../../domain/brief.js';
import { citationIndex } from '../views/citations.js';
import { sourcesSection } from './sources-section.js';

const brief: Brief = {
  storyId: 'st-debt',
  version: 1,
  engine: 'extractive',
  language: 'en',
  createdAt: '2026-11-21T00:00:00Z',
  headline: { text: 'Atlas Fission arranges a $2 billion loan.', citations: [{ articleId: 'debt-1', sentenceIds: ['p1s1'] }] },
  editorsBrief: [],
  tldr: {},
  keyTakeaways: [],
  implications: [],
  timeline: [
    {
      date: '2026-10-14',
      precision: 'day',
      text: 'Helioscale signed a power deal with Atlas Fission.',
      citations: [{ articleId: 'ppa-1', sentenceIds: ['p1s1'] }],
    },
  ],
  references: [
    { n: 1, articleId: 'debt-1', outlet: 'Deal Desk', title: 'Atlas Fission loan', url: 'https://deals.example/1', published: null },
    {
      n: 2,
      articleId: 'ppa-1',
      outlet: 'Gridline',
      title: 'Helioscale power deal',
      url: 'https://gridline.example/2',
      published: null,
      relatedStoryId: 'st-ppa',
    },
  ],
};

describe('sources section', () => {
  it('marks a reference lent by an earlier related story and links to that story', () => {
    const sentences = new Map([
      ['debt-1', new Map([['p1s1', 'Atlas Fission arranged a $2 billion loan.']])],
      ['ppa-1', new Map([['p1s1', 'Helioscale signed a power deal with Atlas Fission.']])],
    ]);
    const markup = sourcesSection(brief, citationIndex(brief.references), sentences).value;
    const items = markup.split('<li id="ref-').slice(1);
    assert.equal(items.length, 2);
    assert.doesNotMatch(items[0] ?? '', /earlier story/);
    assert.match(items[1] ?? '', /<a class="earlier-story" href="\/stories\/st-ppa">from an earlier story<\/a>/);
  });

  it('shows each cited sentence once: a citation of part of a larger one lands on the larger, listed in paragraph order', () => {
    const cites = (ids: string[]) => ({ text: 'A point.', citations: [{ articleId: 'debt-1', sentenceIds: ids }] });
    const merged: Brief = { ...brief, timeline: [], editorsBrief: [cites(['p4s1', 'p2s1']), cites(['p2s1']), cites(['p2s1', 'p4s1'])] };
    const sentences = new Map([
      [
        'debt-1',
        new Map([
          ['p1s1', 'Atlas Fission arranged a $2 billion loan.'],
          ['p2s1', 'Six banks lead the facility.'],
          ['p4s1', 'The first draw is due in January.'],
        ]),
      ],
    ]);
    const markup = sourcesSection(merged, citationIndex(merged.references), sentences).value;
    assert.equal(markup.split('Six banks lead the facility.').length - 1, 1, 'the sentence is shown once');
    assert.match(
      markup,
      /<li id="cite-1-p4s1-p2s1" class="cited" tabindex="-1"><span id="cite-1-p2s1" class="cite-target"><\/span><span id="cite-1-p2s1-p4s1" class="cite-target"><\/span>/,
    );
    const ids = [...markup.matchAll(/id="([^"]+)"/g)].map(([, id]) => id);
    assert.equal(new Set(ids).size, ids.length, 'no id twice');
    assert.match(markup, /, paragraph 2, 4/);
    assert.match(markup, /<p>Six banks lead the facility\. The first draw is due in January\.<\/p>/, 'read in the article’s order');
  });
});
