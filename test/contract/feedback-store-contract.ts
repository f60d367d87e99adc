/** The FeedbackStore port's contract, run unchanged against every implementation. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FeedbackEntry } from '../../src/ports/feedback-store.js';
import type { Store } from '../../src/ports/store.js';

const NOW = '2026-11-20T10:00:00Z';

function entry(overrides: Partial<FeedbackEntry> = {}): FeedbackEntry {
  return {
    storyId: 's1',
    briefVersion: 2,
    kind: 'helpful',
    reason: null,
    comment: null,
    createdAt: NOW,
    clientKey: 'client-a',
    ...overrides,
  };
}

/** Runs the feedback-store contract against fresh stores made by `open`. */
export function runFeedbackStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`FeedbackStore contract: ${name}`, () => {
    it('counts votes and reports per story, by reason', async () => {
      const store = await open();
      assert.deepEqual(await store.feedback.counts('s1'), {
        helpful: 0,
        notHelpful: 0,
        reports: 0,
        byReason: { 'wrong-fact': 0, misleading: 0, outdated: 0, other: 0 },
      });
      assert.equal(await store.feedback.record(entry()), true);
      await store.feedback.record(entry({ clientKey: 'client-b' }));
      await store.feedback.record(entry({ kind: 'not-helpful' }));
      await store.feedback.record(entry({ kind: 'report', reason: 'outdated', comment: 'The date moved.' }));
      await store.feedback.record(entry({ storyId: 's2', kind: 'report', reason: 'wrong-fact' }));
      const counts = await store.feedback.counts('s1');
      assert.deepEqual([counts.helpful, counts.notHelpful, counts.reports, counts.byReason.outdated], [2, 1, 1, 1]);
      const many = await store.feedback.countsFor(['s1', 's2', 's3']);
      assert.equal(many.get('s2')?.byReason['wrong-fact'], 1);
      assert.equal(many.has('s3'), false);
      await store.close();
    });

    it('refuses entries past a per-client limit, counting only inside the window', async () => {
      const store = await open();
      const limit = { max: 2, since: '2026-11-20T09:00:00Z' };
      await store.feedback.record(entry({ createdAt: '2026-11-20T08:00:00Z' }), limit);
      assert.equal(await store.feedback.record(entry(), limit), true);
      assert.equal(await store.feedback.record(entry({ kind: 'not-helpful' }), limit), true);
      assert.equal(await store.feedback.record(entry(), limit), false, 'third inside the hour is refused');
      assert.equal(await store.feedback.record(entry({ clientKey: 'client-b' }), limit), true, 'other clients are unaffected');
      assert.equal((await store.feedback.counts('s1')).helpful, 3);
      await store.close();
    });

    it('lists problem reports newest first, optionally for one story', async () => {
      const store = await open();
      await store.feedback.record(
        entry({ kind: 'report', reason: 'misleading', comment: 'Headline overstates it.', createdAt: '2026-11-20T09:00:00Z' }),
      );
      await store.feedback.record(entry({ storyId: 's2', kind: 'report', reason: 'other', createdAt: '2026-11-20T09:30:00Z' }));
      await store.feedback.record(entry({ kind: 'helpful' }));
      const all = await store.feedback.listReports({ limit: 10 });
      assert.deepEqual(
        all.map((r) => [r.storyId, r.reason]),
        [
          ['s2', 'other'],
          ['s1', 'misleading'],
        ],
      );
      const one = await store.feedback.listReports({ limit: 10, storyId: 's1' });
      assert.equal(one[0]?.comment, 'Headline overstates it.');
      assert.equal(one[0]?.briefVersion, 2);
      assert.equal((await store.feedback.listReports({ limit: 1, offset: 1 }))[0]?.storyId, 's1');
      await store.close();
    });
  });
}
