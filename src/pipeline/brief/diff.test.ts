import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Brief } from '../../domain/index.js';
import { diffBriefs, nextVersion } from './diff.js';

const cite = [{ articleId: 'a1', sentenceIds: ['p1s1'] }];
const base: Brief = {
  storyId: 's',
  version: 1,
  engine: 'extractive',
  language: 'en',
  createdAt: '2026-10-21T00:00:00Z',
  headline: { text: 'Helioscale restores region', citations: cite },
  editorsBrief: [{ text: 'Point one.', citations: cite }],
  tldr: {},
  keyTakeaways: [],
  implications: [],
  timeline: [{ date: '2026-10-21', precision: 'day', text: 'Outage.', citations: cite }],
  article: { paragraphs: [{ sentences: [{ text: 'Body [1].', citations: cite }] }] },
  references: [{ n: 1, articleId: 'a1', outlet: 'A', title: 't', url: null, published: null }],
};

describe('diffBriefs', () => {
  it('reports added and removed sentences per section, ignoring marker renumbering', () => {
    const next: Brief = {
      ...base,
      version: 2,
      editorsBrief: [
        { text: 'Point one.', citations: cite },
        { text: 'Point two.', citations: [{ articleId: 'a2', sentenceIds: ['p1s1'] }] },
      ],
      timeline: [...base.timeline, { date: '2026-11-04', precision: 'day', text: 'Report due.', citations: cite }],
      article: { paragraphs: [{ sentences: [{ text: 'Body [2].', citations: cite }] }] },
      references: [...base.references, { n: 2, articleId: 'a2', outlet: 'B', title: 't', url: null, published: null }],
    };
    const diff = diffBriefs(base, next);
    assert.equal(diff.changed, true);
    assert.deepEqual(diff.sections.editorsBrief, { added: ['Point two.'], removed: [] });
    assert.deepEqual(diff.sections.timeline, { added: ['2026-11-04: Report due.'], removed: [] });
    assert.equal(diff.sections.article, undefined);
    assert.deepEqual(diff.newSources, ['a2']);
    assert.deepEqual([diff.fromVersion, diff.toVersion], [1, 2]);
  });

  it('finds no change between equal briefs and numbers versions', () => {
    assert.equal(diffBriefs(base, { ...base }).changed, false);
    assert.equal(nextVersion(null), 1);
    assert.equal(nextVersion(base), 2);
  });
});
