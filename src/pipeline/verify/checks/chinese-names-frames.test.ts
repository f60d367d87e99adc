import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { briefWith, cited } from '../__fixtures__/support-cuts.js';
import type { VerifySources } from '../types.js';
import { verifyBrief } from '../verify-brief.js';

const sources: VerifySources = {
  articles: [
    {
      id: 'z1',
      outlet: '云端财经',
      title: '制造业智能体调查',
      language: 'zh',
      published: '2026-11-06T02:00:00Z',
      text: [
        '灵峰云与长三角智能制造协会昨日发布调查报告。',
        '美国商务部已拨付第一笔6.4亿美元补助款，其余款项将依产能与雇用目标分期拨付。',
        '林子昂说，美西备用区的GPU配额只有主区域的三分之一左右。',
        '也有观点认为，文件短期内可能加速行业整合。',
      ].join('\n\n'),
    },
  ],
};

const reasons = (text: string, id: string): string =>
  verifyBrief(briefWith(cited(text, 'z1', id)), sources).sentences[0]!.reasons.join('\n');

describe('Chinese sources: names written inside names, regions, and relations the sentence states', () => {
  it('finds a place inside an institution name and a name the glossary translates word by word', () => {
    assert.equal(
      reasons('Lingfeng Cloud and the Yangtze River Delta Intelligent Manufacturing Association published a survey report.', 'p1s1'),
      '',
    );
    assert.match(
      reasons('Lingfeng Cloud and the Pearl River Delta Manufacturing Association published a survey report.', 'p1s1'),
      /Pearl River Delta/,
    );
  });

  it('names an abbreviated region in English', () => {
    assert.equal(reasons('Lin Ziang said the US West backup region had about a third of the main region GPU quota.', 'p3s1'), '');
    assert.match(reasons('Lin Ziang said the US East backup region had about a third of the main region GPU quota.', 'p3s1'), /US East/);
  });

  it('takes a frame the whole cited sentence states as the source own, and no other', () => {
    assert.doesNotMatch(
      reasons('The Commerce Department paid the first $640 million, with the remainder tied to capacity and hiring targets.', 'p2s1'),
      /framing/,
    );
    assert.match(reasons('The Commerce Department paid the first $640 million, as part of a push to lure chip plants.', 'p2s1'), /framing/);
  });

  it('reads a Chinese hedge over words the glossary renders (加速, 整合)', () => {
    assert.match(reasons('The guidance will accelerate consolidation in the short term.', 'p4s1'), /certainty where the source hedges/);
    assert.equal(reasons('Some believe the guidance may accelerate consolidation in the short term.', 'p4s1'), '');
  });
});
