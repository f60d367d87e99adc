/** The online clusterer joins reports of one event across outlets and languages, keeps other events apart, and persists. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CUTS_FIRST,
  CUTS_FOLLOW_UP,
  CUTS_NAMESAKE,
  FINANCING,
  FINANCING_FOLLOW_UP,
  FIRE_FIRST,
  FIRE_FOLLOW_UP,
  OTHER_OUTAGE,
  OUTAGE_EN,
  OUTAGE_EN_FOLLOW_UP,
  OUTAGE_ZH,
  UNRELATED,
} from './__fixtures__/harbour-articles.js';
import { DEFAULT_JOIN_THRESHOLD, KIND_CONTRAST_FACTOR } from './cluster-settings.js';
import { createClusterer, PLAIN_FINDERS, prepareClusterDocument, type ClusterInput } from './index.js';

const prepare = (input: ClusterInput) => prepareClusterDocument(input);

describe('createClusterer', () => {
  it('joins reports of one event across outlets and languages, and starts a story for an unrelated article', () => {
    const clusterer = createClusterer();
    const first = clusterer.add(prepare(OUTAGE_EN));
    assert.equal(first.created, true);
    assert.equal(clusterer.add(prepare(UNRELATED)).created, true);
    const followUp = clusterer.add(prepare(OUTAGE_EN_FOLLOW_UP));
    assert.deepEqual([followUp.storyId, followUp.created], [first.storyId, false]);
    const chinese = clusterer.add(prepare(OUTAGE_ZH));
    assert.equal(chinese.storyId, first.storyId, `similarity ${chinese.similarity}`);
    const story = clusterer.story(first.storyId);
    assert.deepEqual(story?.languages, ['en', 'zh']);
    assert.equal(story?.articleCount, 3);
    assert.equal(story?.outletCount, 3);
  });

  it('starts a new story for another event of the same kind weeks later', () => {
    const clusterer = createClusterer();
    const first = clusterer.add(prepare(OUTAGE_EN));
    clusterer.add(prepare(OUTAGE_EN_FOLLOW_UP));
    const other = clusterer.add(prepare(OTHER_OUTAGE));
    assert.equal(other.created, true);
    assert.notEqual(other.storyId, first.storyId);
  });

  it('starts a new story for another kind of event at the same company days later, and keeps it apart in repair', () => {
    const clusterer = createClusterer();
    const fire = clusterer.add(prepare(FIRE_FIRST));
    assert.equal(clusterer.add(prepare(FIRE_FOLLOW_UP)).storyId, fire.storyId);
    const financing = clusterer.add(prepare(FINANCING));
    assert.equal(financing.created, true);
    assert.equal(financing.runnerUp?.storyId, fire.storyId);
    // Close enough to the fire story to have joined it on names, places and sector words alone.
    const similarity = financing.runnerUp?.similarity ?? 0;
    assert.ok(similarity >= DEFAULT_JOIN_THRESHOLD * KIND_CONTRAST_FACTOR, `similarity ${similarity}`);
    const restored = createClusterer({}, JSON.parse(JSON.stringify(clusterer.snapshot())));
    restored.repair();
    const followUp = restored.add(prepare(FINANCING_FOLLOW_UP));
    assert.equal(followUp.storyId, financing.storyId, JSON.stringify(followUp));
    restored.repair();
    assert.equal(restored.story(fire.storyId)?.articleCount, 2);
    assert.equal(restored.story(financing.storyId)?.articleCount, 2);
  });

  it('lets a late follow-up join at full similarity when it shares names no other story uses, and fades it when they are common', () => {
    const anchored = createClusterer();
    const first = anchored.add(prepare(CUTS_FIRST));
    const followUp = anchored.add(prepare(CUTS_FOLLOW_UP));
    assert.deepEqual([followUp.storyId, followUp.created], [first.storyId, false]);
    const shared = createClusterer();
    shared.add(prepare(CUTS_NAMESAKE));
    const cuts = shared.add(prepare(CUTS_FIRST));
    const late = shared.add(prepare(CUTS_FOLLOW_UP));
    assert.equal(late.created, true);
    assert.equal(late.runnerUp?.storyId, cuts.storyId);
  });

  it('survives a JSON round trip of its snapshot and keeps story ids', () => {
    const clusterer = createClusterer();
    const first = clusterer.add(prepare(OUTAGE_EN));
    const restored = createClusterer({}, JSON.parse(JSON.stringify(clusterer.snapshot())));
    const followUp = restored.add(prepare(OUTAGE_EN_FOLLOW_UP));
    assert.equal(followUp.storyId, first.storyId);
    assert.equal(restored.story(first.storyId)?.articleCount, 2);
  });

  it('forgets stories past the window: they leave the snapshot and a late report starts afresh', () => {
    const clusterer = createClusterer({ windowDays: 7 });
    const first = clusterer.add(prepare(OUTAGE_EN));
    clusterer.add(prepare(OTHER_OUTAGE));
    assert.equal(clusterer.story(first.storyId), null);
    assert.equal(clusterer.snapshot().stories.length, 1);
    const late = clusterer.add(prepare({ ...OUTAGE_EN_FOLLOW_UP, id: 'late', published: '2026-11-05T12:00:00Z' }));
    assert.notEqual(late.storyId, first.storyId);
  });

  it('reports freshness from the time of the last article', () => {
    const clusterer = createClusterer({ staleAfterHours: 24 });
    const { storyId } = clusterer.add(prepare(OUTAGE_EN));
    assert.equal(clusterer.stories('2026-10-12T20:00:00Z').find((story) => story.id === storyId)?.freshness, 'developing');
    assert.equal(clusterer.stories('2026-10-15T20:00:00Z').find((story) => story.id === storyId)?.freshness, 'stale');
  });

  it('merges stories in repair, records the change and redirects the absorbed id', () => {
    // A join threshold above any similarity keeps every article apart until repair looks again.
    const clusterer = createClusterer({ joinThreshold: 2, mergeThreshold: 0.3 });
    const first = clusterer.add(prepare(OUTAGE_EN));
    const second = clusterer.add(prepare(OUTAGE_EN_FOLLOW_UP));
    assert.notEqual(first.storyId, second.storyId);
    const changes = clusterer.repair();
    const merge = changes.find((change) => change.kind === 'merge');
    assert.ok(merge && merge.kind === 'merge', JSON.stringify(changes));
    assert.equal(clusterer.resolve(merge.from), merge.into);
    assert.equal(clusterer.story(first.storyId)?.articleCount, 2);
    assert.deepEqual(clusterer.snapshot().redirects, [[merge.from, merge.into]]);
  });

  it('lets a one-article story join the story it fits once that story has grown, and leaves an unrelated one alone', () => {
    // At 0.62 the Chinese report (0.61 against the follow-up alone) starts a story; the first English report then
    // joins the follow-up, and the grown story takes the Chinese one at 0.63. A merge threshold of 0.99 rules out
    // repair's ordinary merge, so only the adoption can join them.
    const clusterer = createClusterer({ joinThreshold: 0.62, mergeThreshold: 0.99 });
    const chinese = clusterer.add(prepare(OUTAGE_ZH));
    const followUp = clusterer.add(prepare(OUTAGE_EN_FOLLOW_UP));
    const unrelated = clusterer.add(prepare(UNRELATED));
    const english = clusterer.add(prepare(OUTAGE_EN));
    assert.deepEqual([chinese.created, followUp.created, english.storyId], [true, true, followUp.storyId]);
    const changes = clusterer.repair();
    assert.deepEqual(
      changes.map((change) => (change.kind === 'merge' ? [change.from, change.into] : change.kind)),
      [[chinese.storyId, followUp.storyId]],
    );
    assert.equal(clusterer.resolve(chinese.storyId), followUp.storyId);
    assert.equal(clusterer.story(followUp.storyId)?.articleCount, 3);
    assert.equal(clusterer.story(unrelated.storyId)?.articleCount, 1);
  });

  it('uses embeddings when documents carry them', () => {
    const clusterer = createClusterer({ joinThreshold: 0.5 });
    const plain = (input: ClusterInput, vector: number[]) => prepareClusterDocument({ ...input, vector }, PLAIN_FINDERS);
    const first = clusterer.add(plain({ id: 'a', title: 'Alpha', text: 'Lorem ipsum dolor sit amet.' }, [1, 0, 0]));
    const same = clusterer.add(plain({ id: 'b', title: 'Alpha', text: 'Lorem ipsum dolor sit amet.' }, [0.9, 0.1, 0]));
    const different = clusterer.add(plain({ id: 'c', title: 'Alpha', text: 'Lorem ipsum dolor sit amet.' }, [0, 0, 1]));
    assert.equal(same.storyId, first.storyId);
    const differentScore = different.created ? (different.runnerUp?.similarity ?? 0) : different.similarity;
    assert.ok(same.similarity > differentScore + 0.2, `${same.similarity} vs ${differentScore}`);
  });
});
