import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyFeedbackCounts } from '../ports/feedback-store.js';
import { breadthWeight, feedbackWeight, rankStories, recencyWeight } from './digest-ranking.js';

const END = new Date('2026-11-20T12:00:00Z');
const at = (hours: number) => new Date(END.getTime() - hours * 3_600_000).toISOString();
const votes = (helpful: number, notHelpful: number, reports = 0) => ({ ...emptyFeedbackCounts(), helpful, notHelpful, reports });

describe('digest ranking', () => {
  it('weighs each doubling of outlets the same', () => {
    assert.equal(breadthWeight(1), 1);
    assert.equal(breadthWeight(2), 2);
    assert.equal(breadthWeight(8), 4);
    assert.equal(breadthWeight(0), 1);
  });

  it('halves recency every half-life and treats the future as fresh', () => {
    assert.equal(recencyWeight(at(72), END, 72), 0.5);
    assert.equal(recencyWeight(at(-5), END, 72), 1);
  });

  it('is neutral without feedback, rewards helpful votes and penalises reports', () => {
    assert.equal(feedbackWeight(null), 1);
    assert.equal(feedbackWeight(votes(0, 0)), 1);
    assert.ok(feedbackWeight(votes(10, 0)) > 1.3);
    assert.ok(feedbackWeight(votes(0, 10)) < 0.7);
    assert.ok(feedbackWeight(votes(0, 0, 3)) < 0.65);
  });

  it('puts broad coverage above a fresher single-outlet story, and lets feedback break near-ties', () => {
    const ranked = rankStories(
      [
        { storyId: 'single', outletCount: 1, lastUpdated: at(1), feedback: null },
        { storyId: 'broad', outletCount: 6, lastUpdated: at(30), feedback: null },
        { storyId: 'liked', outletCount: 2, lastUpdated: at(10), feedback: votes(8, 0) },
        { storyId: 'reported', outletCount: 2, lastUpdated: at(10), feedback: votes(0, 0, 4) },
      ],
      { end: END, halfLifeHours: 72 },
    );
    assert.deepEqual(
      ranked.map((r) => r.storyId),
      ['broad', 'liked', 'single', 'reported'],
    );
    assert.ok(ranked.every((r) => r.score === r.breadth * r.recency * r.feedbackFactor));
  });

  it('orders ties by recency, then id', () => {
    const same = { outletCount: 1, feedback: null };
    const ranked = rankStories(
      [
        { storyId: 'b', lastUpdated: at(0), ...same },
        { storyId: 'a', lastUpdated: at(0), ...same },
      ],
      { end: END, halfLifeHours: 12 },
    );
    assert.deepEqual(
      ranked.map((r) => r.storyId),
      ['a', 'b'],
    );
  });
});
