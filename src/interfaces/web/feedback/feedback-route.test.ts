/** Feedback through the app: votes counted, reports stored, cross-site posts refused, the hourly cap per client applied. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SqliteStore } from '../../../adapters/storage/sqlite/sqlite-store.js';
import { STORIES, newsroomContext, openNewsroom } from '../../../../test/support/newsroom.js';
import { createWebApp } from '../app.js';
import { cleanComment, parseFeedbackForm } from './feedback-route.js';

let store: SqliteStore;
let app: ReturnType<typeof createWebApp>;
const storyUrl = `http://localhost/stories/${STORIES.wide}`;

before(async () => {
  ({ store } = await openNewsroom());
  app = createWebApp(newsroomContext(store, { site: { feedbackRateLimitPerHour: 3 } }));
});
after(() => store.close());

/** Opens the story like a browser: the page every reader gets, with no cookie and no per-reader field. */
async function openForm(): Promise<{ html: string; setCookie: string | null }> {
  const response = await app.request(storyUrl);
  return { html: await response.text(), setCookie: response.headers.get('set-cookie') };
}

/** Posts the form as a browser on this site would (Sec-Fetch-Site and Origin), unless headers say otherwise. */
function post(
  fields: Record<string, string>,
  headers: Record<string, string> = { 'sec-fetch-site': 'same-origin', origin: 'http://localhost' },
) {
  return app.request(`${storyUrl}/feedback`, {
    method: 'POST',
    body: new URLSearchParams(fields),
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
  });
}

describe('feedback', () => {
  it('counts a helpful vote and shows the new count after the redirect', async () => {
    const { html, setCookie } = await openForm();
    assert.match(html, /data-count="helpful">0</);
    assert.equal(setCookie, null, 'a reader gets no cookie');
    assert.doesNotMatch(html, /name="_csrf"/);
    const response = await post({ kind: 'helpful', version: '2' });
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `/stories/${STORIES.wide}?feedback=thanks#feedback`);
    const after = await (await app.request(`${storyUrl}?feedback=thanks`)).text();
    assert.match(after, /data-count="helpful">1</);
    assert.match(after, /Thanks, your vote was counted/);
    assert.equal((await store.feedback.counts(STORIES.wide)).helpful, 1);
  });

  it('stores a problem report with its reason and cleaned comment', async () => {
    const response = await post({ kind: 'report', reason: 'outdated', comment: ' The date\u0007 moved. ', version: '2' });
    assert.equal(response.status, 303);
    const [report] = await store.feedback.listReports({ limit: 1, storyId: STORIES.wide });
    assert.deepEqual([report?.reason, report?.comment, report?.briefVersion], ['outdated', 'The date moved.', 2]);
    assert.match(await (await app.request(storyUrl)).text(), /1 problem reported \(1 outdated\)/);
  });

  it('refuses a post from another site, counting nothing, and a kind the page does not offer', async () => {
    const before = await store.feedback.counts(STORIES.wide);
    const crossSite = await post({ kind: 'helpful' }, { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' });
    assert.equal(crossSite.status, 403);
    assert.match(await crossSite.text(), /sent from another site/);
    assert.equal((await post({ kind: 'helpful' }, { 'sec-fetch-site': 'same-site', origin: 'https://news.localhost' })).status, 403);
    assert.equal((await post({ kind: 'helpful' }, { origin: 'https://evil.example' })).status, 403, 'an older browser: Origin only');
    assert.deepEqual(await store.feedback.counts(STORIES.wide), before);
    assert.equal((await post({ kind: 'nonsense' })).status, 400);
  });

  it('caps submissions per client per hour', async () => {
    // Earlier tests in this file already used two of the three allowed submissions.
    assert.equal((await post({ kind: 'not-helpful' })).status, 303);
    const limited = await post({ kind: 'helpful' });
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '3600');
    assert.match(await limited.text(), /up to 3 votes and reports per reader per hour/);
  });

  it('cleans comments: control characters out, length capped, blank as null', () => {
    assert.equal(cleanComment('  a\u0000b  '), 'ab');
    assert.equal(cleanComment('x'.repeat(5000))?.length, 1000);
    assert.equal(cleanComment('   '), null);
    assert.equal(cleanComment(42), null);
  });

  it('reads the form: kind required, a report keeps its comment, a bad version is dropped', () => {
    assert.equal(parseFeedbackForm({ kind: 'love' }), null);
    assert.deepEqual(parseFeedbackForm({ kind: 'helpful', version: '3', comment: 'ignored' }), {
      kind: 'helpful',
      reason: null,
      comment: null,
      briefVersion: 3,
    });
    assert.deepEqual(parseFeedbackForm({ kind: 'report', reason: 'bogus', comment: 'Dates wrong', version: '-1' }), {
      kind: 'report',
      reason: 'other',
      comment: 'Dates wrong',
      briefVersion: null,
    });
  });
});
