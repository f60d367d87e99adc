/** Repair rules out merge candidates by storiesScoreBound, so it must never fall below the score it stands for. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FeatureTable } from './feature-table.js';
import { prepareClusterDocument, type ClusterInput } from './index.js';
import { weighDocument } from './member.js';
import { scoreStories, storiesScoreBound } from './similarity.js';
import { StoryRecord } from './story-record.js';

const ARTICLES: ClusterInput[] = [
  {
    id: 'a1',
    title: 'Harbour Cloud restores its Lisbon region after a six-hour outage',
    text: 'Harbour Cloud said a cooling fault took 40 racks offline on Tuesday. Customers in Portugal lost storage for six hours.',
    language: 'en',
  },
  {
    id: 'a2',
    title: 'Lisbon outage: Harbour Cloud blames cooling',
    text: 'The provider traced the six-hour outage to a failed chiller and promised credits to customers.',
    language: 'en',
  },
  {
    id: 'a3',
    title: 'Quayside Chips raises $200 million for a Porto packaging line',
    text: 'Quayside Chips will build an advanced packaging line in Porto with the $200 million round, it said on Monday.',
    language: 'en',
  },
  {
    id: 'a4',
    title: '码头云里斯本区域停机六小时',
    text: '码头云表示，冷却故障导致40个机架下线，葡萄牙客户的存储中断了六个小时。',
    language: 'zh',
  },
  {
    id: 'a5',
    title: 'Porto packaging plant wins a second backer',
    text: 'A pension fund joined the Quayside Chips round; the Porto line should open in 2027.',
    language: 'en',
    vector: [0.2, 0.9, 0.1],
  },
];

function storyOf(table: FeatureTable, id: string, inputs: ClusterInput[]): StoryRecord {
  const story = new StoryRecord(id);
  inputs.forEach((input, index) => story.add(weighDocument(prepareClusterDocument(input), table, index * 3_600_000)));
  return story;
}

describe('storiesScoreBound', () => {
  it('is at least the full score for every pair of stories, alike or not, in either order and language', () => {
    const table = new FeatureTable();
    const stories = [
      storyOf(table, 'outage', [ARTICLES[0]!, ARTICLES[1]!]),
      storyOf(table, 'outage-zh', [ARTICLES[3]!]),
      storyOf(table, 'round', [ARTICLES[2]!]),
      storyOf(table, 'round-more', [ARTICLES[2]!, ARTICLES[4]!]),
      storyOf(table, 'mixed', [ARTICLES[1]!, ARTICLES[2]!]),
    ];
    for (const left of stories)
      for (const right of stories) {
        const score = scoreStories(left, right);
        const bound = storiesScoreBound(left, right);
        assert.ok(bound >= score - 1e-12, `${left.id} / ${right.id}: bound ${bound} below score ${score}`);
      }
  });

  it('rules out stories that share only words, and keeps a story paired with itself in reach', () => {
    const table = new FeatureTable();
    const outage = storyOf(table, 'outage', [ARTICLES[0]!, ARTICLES[1]!]);
    const round = storyOf(table, 'round', [ARTICLES[2]!]);
    assert.ok(storiesScoreBound(outage, round) < 0.55, `bound ${storiesScoreBound(outage, round)}`);
    assert.ok(storiesScoreBound(outage, outage) >= 0.99);
  });
});
