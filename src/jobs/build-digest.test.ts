import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SqliteStore } from '../adapters/storage/sqlite/sqlite-store.js';
import { NOW, STORIES, openNewsroom } from '../../test/support/newsroom.js';
import { buildDigest } from './build-digest.js';

let store: SqliteStore;
const clock = { now: () => new Date(NOW) };

before(async () => {
  ({ store } = await openNewsroom());
});
after(() => store.close());

describe('buildDigest', () => {
  it('takes the stories of the week that have briefs, broadest first, and leaves older ones out', async () => {
    const digest = await buildDigest({ store, clock }, { period: 'week' });
    assert.deepEqual(
      digest.stories.map((s) => s.storyId),
      [STORIES.wide, STORIES.narrow, STORIES.chinese],
    );
    assert.equal(digest.candidates, 3);
    assert.equal(digest.end, NOW);
    assert.equal(Date.parse(digest.end) - Date.parse(digest.start), 7 * 86_400_000);
  });

  it('quotes brief sentences verbatim with digest-wide reference numbers, and drops uncited ones', async () => {
    const digest = await buildDigest({ store, clock }, { period: 'week' });
    const wide = digest.stories[0];
    assert.equal(wide?.headline.text, 'Helioscale signs a 500 MW nuclear deal for Texas', 'the latest brief version is used');
    assert.deepEqual(wide?.hook, { text: 'The deal covers four reactors <b>by 2030</b>.', refs: [1, 2] });
    assert.deepEqual(
      wide?.lines.map((l) => l.text),
      ['Gridline says power flows from 2029.', '算力中心将使用核电。'],
    );
    assert.ok(!JSON.stringify(digest).includes('An uncited claim'));
    assert.deepEqual(
      digest.references.map((r) => [r.n, r.articleId]),
      [
        [1, 'a-ledger-1'],
        [2, 'a-grid-1'],
        [3, 'a-suanli-1'],
        [4, 'a-ledger-2'],
        [5, 'a-suanli-2'],
      ],
    );
    for (const story of digest.stories) for (const line of [story.headline, ...story.lines]) assert.ok(line.refs.length > 0, line.text);
    // The outlets are those that covered the story, as its page lists them (own reports first, then syndicated copies),
    // not the brief's references, which can hold an earlier story's.
    assert.deepEqual(
      digest.stories.map((story) => [story.outlets, story.outletCount]),
      [
        [['Gridline Weekly', 'The Compute Ledger', '算力观察'], 3],
        [['The Compute Ledger', 'Gridline Weekly'], 2],
        [['算力观察'], 1],
      ],
    );
  });

  it('limits the day to its window and the count to the limit', async () => {
    const day = await buildDigest({ store, clock }, { period: 'day', limit: 1 });
    assert.equal(day.stories.length, 1);
    assert.equal(day.candidates, 3);
    const empty = await buildDigest({ store, clock }, { period: 'day', end: new Date('2026-10-01T00:00:00Z') });
    assert.deepEqual(empty.stories, []);
    assert.deepEqual(empty.references, []);
  });

  it('ranks by reader feedback when coverage and recency are close', async () => {
    const before = await buildDigest({ store, clock }, { period: 'week' });
    assert.equal(before.stories[1]?.storyId, STORIES.narrow);
    for (let i = 0; i < 6; i += 1) {
      await store.feedback.record({
        storyId: STORIES.narrow,
        briefVersion: 1,
        kind: 'report',
        reason: 'wrong-fact',
        comment: null,
        createdAt: NOW,
        clientKey: `c${i}`,
      });
      await store.feedback.record({
        storyId: STORIES.chinese,
        briefVersion: 1,
        kind: 'helpful',
        reason: null,
        comment: null,
        createdAt: NOW,
        clientKey: `c${i}`,
      });
    }
    const after = await buildDigest({ store, clock }, { period: 'week' });
    assert.deepEqual(
      after.stories.map((s) => s.storyId),
      [STORIES.wide, STORIES.chinese, STORIES.narrow],
    );
    assert.equal(after.stories[2]?.feedback?.reports, 6);
  });
});
