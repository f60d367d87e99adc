/** A story keeps its held articles' embeddings only while it can still take an article out exactly. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RECENT_MEMBERS } from './cluster-settings.js';
import { FeatureTable } from './feature-table.js';
import { PLAIN_FINDERS, prepareClusterDocument } from './index.js';
import { weighDocument } from './member.js';
import { StoryRecord } from './story-record.js';

function member(table: FeatureTable, index: number) {
  const document = prepareClusterDocument(
    { id: `a${index}`, title: 'Ferry fares rise', text: 'The island ferry raises fares in March.', language: 'en', vector: [1, index, 0] },
    PLAIN_FINDERS,
  );
  return weighDocument(document, table, index * 60_000);
}

describe('StoryRecord embeddings', () => {
  it('keeps every held embedding while the story is complete', () => {
    const table = new FeatureTable();
    const story = new StoryRecord('st-1');
    for (let index = 0; index < RECENT_MEMBERS; index++) story.add(member(table, index));
    assert.equal(story.complete, true);
    assert.ok(story.recent.every((held) => held.vector !== null));
  });

  it('drops held embeddings once the story outgrew its held articles, and still sums every one', () => {
    const table = new FeatureTable();
    const story = new StoryRecord('st-1');
    const count = RECENT_MEMBERS + 3;
    for (let index = 0; index < count; index++) story.add(member(table, index));
    assert.equal(story.complete, false);
    assert.ok(story.recent.every((held) => held.vector === null));
    assert.deepEqual(story.vectorSum, [count, (count * (count - 1)) / 2, 0]);
  });
});
