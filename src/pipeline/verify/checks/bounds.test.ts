import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { briefWith, cited } from '../__fixtures__/support-cuts.js';
import { extractQuantities } from '../../entities/index.js';
import type { VerifySources } from '../types.js';
import { verifyBrief } from '../verify-brief.js';
import { boundOf } from './bounds.js';

const direction = (text: string, language = 'en'): string | null => {
  const quantity = extractQuantities(text, { language }).find((q) => q.kind !== 'date')!;
  return boundOf(text, quantity)?.direction ?? null;
};

const sources: VerifySources = {
  articles: [
    {
      id: 'e1',
      outlet: 'Gridline',
      title: 'Texas adopts a curtailment rule',
      language: 'en',
      published: '2026-11-06T23:30:00Z',
      text: [
        'The rule applies to new loads of more than 75 megawatts.',
        'Penalties reach up to 3% of global turnover.',
        'The ordinance caps noise at 50 decibels at night.',
        'The board approved the rule on a 9-2 vote.',
      ].join('\n\n'),
    },
    {
      id: 'z1',
      outlet: '云端财经',
      title: '甘肃出台智算中心电价政策',
      language: 'zh',
      published: '2026-11-06T02:00:00Z',
      text: '项目绿电使用比例不低于60%，PUE不高于1.2。',
    },
  ],
};

const reasons = (text: string, articleId: string, id: string): string =>
  verifyBrief(briefWith(cited(text, articleId, id)), sources).sentences[0]!.reasons.join('\n');

describe('boundOf', () => {
  it('reads ceilings, floors and "nearly" next to a figure, in English and Chinese', () => {
    assert.equal(direction('penalties of up to 3% of turnover'), 'upper');
    assert.equal(direction('loads of 75 MW or more'), 'lower');
    assert.equal(direction('nearly 1,000 MW'), 'below');
    assert.equal(direction('exactly 58% of revenue'), 'exact');
    assert.equal(direction('绿电比例不低于60%', 'zh'), 'lower');
    assert.equal(direction('净利润低于60%', 'zh'), 'below');
    assert.equal(direction('40多家企业', 'zh'), 'lower');
    assert.equal(direction('revenue of 3.26 billion yuan'), null);
  });
});

describe('absolute words', () => {
  it('rejects an absolute the cited sentence does not state', () => {
    assert.match(reasons('The board approved the rule unanimously.', 'e1', 'p4s1'), /"unanimously"/);
    assert.equal(reasons('The board voted 9-2 to approve the rule.', 'e1', 'p4s1'), '');
  });
});

describe('checkBounds', () => {
  it('rejects a claim that drops or turns a ceiling or a floor', () => {
    assert.match(reasons('The rule applies to new loads of 75 megawatts.', 'e1', 'p1s1'), /bound changed/);
    assert.match(reasons('Penalties reach exactly 3% of global turnover.', 'e1', 'p2s1'), /bound changed/);
    assert.match(reasons('Projects must use at most 60% green power.', 'z1', 'p1s1'), /bound changed/);
  });

  it('accepts a bound said another way', () => {
    assert.equal(reasons('The rule covers new loads above 75 MW.', 'e1', 'p1s1'), '');
    assert.equal(reasons('Penalties can reach 3% of global turnover.', 'e1', 'p2s1'), '');
    assert.equal(reasons('Noise is limited to 50 decibels at night.', 'e1', 'p3s1'), '');
    // "No more than" bounds a figure; it negates nothing.
    assert.equal(reasons('Noise at night is capped at no more than 50 decibels.', 'e1', 'p3s1'), '');
    assert.equal(reasons('Projects must use at least 60% green power.', 'z1', 'p1s1'), '');
  });
});
