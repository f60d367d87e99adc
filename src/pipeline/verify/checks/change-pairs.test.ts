import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { briefWith, cited } from '../__fixtures__/support-cuts.js';
import type { VerifySources } from '../types.js';
import { verifyBrief } from '../verify-brief.js';

const sources: VerifySources = {
  articles: [
    {
      id: 'e1',
      outlet: 'Deal Desk',
      title: 'Tianyan files for a listing',
      language: 'en',
      published: '2026-10-30T21:10:00Z',
      text: [
        'Revenue rose to 3.26 billion yuan in 2025 from 1.41 billion yuan in 2024, and reached 2.48 billion yuan in the first half of 2026, up from 1.35 billion yuan a year earlier.',
        'Parallax plans to hire 250 engineers by mid-2027.',
      ].join('\n\n'),
    },
  ],
};

const reasons = (text: string, id: string): string =>
  verifyBrief(briefWith(cited(text, 'e1', id)), sources).sentences[0]!.reasons.join('\n');

describe('checkChangePairs', () => {
  it('rejects a starting figure paired with another figure than in the source', () => {
    assert.match(
      reasons('Revenue was 2.48 billion yuan in the first half of 2026, up from 1.41 billion yuan a year earlier.', 'p1s1'),
      /1\.41 billion yuan is compared with 3\.26 billion yuan in the source/,
    );
  });

  it('accepts the pair in either order', () => {
    assert.equal(reasons('Revenue rose from 1.41 billion yuan in 2024 to 3.26 billion yuan in 2025.', 'p1s1'), '');
    assert.equal(reasons('H1 2026 revenue was 2.48 billion yuan, up from 1.35 billion yuan a year earlier.', 'p1s1'), '');
  });
});

describe('plans stated as settled', () => {
  it('rejects a plan reported as done or as certain, and keeps one reported as a plan', () => {
    assert.match(reasons('Parallax has hired 250 engineers.', 'p2s1'), /certainty where the source hedges/);
    assert.match(reasons('Parallax will hire 250 engineers by mid-2027.', 'p2s1'), /certainty where the source hedges/);
    assert.equal(reasons('Parallax intends to hire 250 engineers by mid-2027.', 'p2s1'), '');
  });
});
