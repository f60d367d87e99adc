import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../segment/index.js';
import { preparePool } from './pool.js';
import { supportFor } from './title-support.js';
import type { BriefInput } from './types.js';

const segment = (text: string, language: string) => splitSentences(text, language);

function chineseStory(title: string, text: string): BriefInput {
  return {
    storyId: 'zh-story',
    articles: [
      { id: 'z1', outlet: '算力日报', url: 'https://zh.example/1', title, published: '2026-11-03T02:00:00Z', language: 'zh', text },
    ],
  };
}

describe('supportFor', () => {
  it('reads a Chinese title as words, so a title its lead restates is fully supported', () => {
    const title = '澄湖科技首台刻蚀机运抵晶圆厂，进入产线验证';
    const pool = preparePool(
      chineseStory(
        title,
        '11月2日，苏州设备企业澄湖科技宣布，其首台刻蚀机已运抵国内一家晶圆厂，进入产线验证阶段。\n\n该机型面向28纳米工艺。',
      ),
      'en',
      segment,
    );
    const found = supportFor(title, pool);
    assert.equal(found?.coverage, 1);
    assert.deepEqual(
      found?.support.map((item) => item.sentence.id),
      ['p1s1'],
    );
  });

  it('does not count a word that only a negated clause of the source carries', () => {
    const title = '澄湖科技首台刻蚀机运抵晶圆厂';
    const pool = preparePool(chineseStory(title, '澄湖科技表示，首台刻蚀机尚未运抵晶圆厂。\n\n该机型面向28纳米工艺。'), 'en', segment);
    const found = supportFor(title, pool);
    assert.ok((found?.coverage ?? 0) < 0.8, `coverage ${found?.coverage}`);
  });

  it('wants every number of the title in the sentences that support it', () => {
    const title = 'Harbor Compute opens 12,000-GPU site near Boise';
    const input: BriefInput = {
      storyId: 'en-story',
      articles: [
        {
          id: 'e1',
          outlet: 'Inland Ledger',
          url: 'https://inland.example/1',
          title,
          published: '2026-11-10T09:00:00Z',
          language: 'en',
          text: 'Harbor Compute has opened a GPU site near Boise with 10,000 accelerators.',
        },
      ],
    };
    assert.equal(supportFor(title, preparePool(input, 'en', segment)), null);
  });
});
