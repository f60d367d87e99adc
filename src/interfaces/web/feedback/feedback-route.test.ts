/** Feedback through the app: votes counted, reports stored, CSRF enforced, the hourly cap per client applied. */
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

/** Opens the story like a browser: returns its CSRF cookie and the form's token. */
async function openForm(): Promise<{ cookie: string; token: string; html: string }> {
  const response = await app.request(storyUrl);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const html = await response.text();
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  return { cookie, token, html };
}

function post(fields: Record<string, string>, cookie: string, origin = 'http://localhost') {
  return app.request(`${storyUrl}/feedback`, {
    method: 'POST',
    body: new URLSearchParams(fields),
    headers: { cookie, origin, 'content-type': 'application/x-www-form-urlencoded' },
  });
}

describe('feedback', () => {
  it('counts a helpful vote and shows the new count after the redirect', async () => {
    const { cookie, token, html } = await openForm();
    assert.match(html, /data-count="helpful">0</);
    const response = await post({ _csrf: token, kind: 'helpful', version: '2' }, cookie);
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `/stories/${STORIES.wide}?feedback=thanks#feedback`);
    const after = await (await app.request(`${storyUrl}?feedback=thanks`, { headers: { cookie } })).text();
    assert.match(after, /data-count="helpful">1</);
    assert.match(after, /Thanks, your vote was counted/);
    assert.equal((await store.feedback.counts(STORIES.wide)).helpful, 1);
  });

  it('stores a problem report with its reason and cleaned comment', async () => {
    const { cookie, token } = await openForm();
    const response = await post(
      { _csrf: token, kind: 'report', reason: 'outdated', comment: ' The date\u0007 moved. ', version: '2' },
      cookie,
    );
    assert.equal(response.status, 303);
    const [report] = await store.feedback.listReports({ limit: 1, storyId: STORIES.wide });
    assert.deepEqual([report?.reason, report?.comment, report?.briefVersion], ['outdated', 'The date moved.', 2]);
    assert.match(await (await app.request(storyUrl)).text(), /1 problem reported \(1 outdated\)/);
  });

  it('refuses a missing or foreign token and a cross-site origin', async () => {
    const { cookie, token } = await openForm();
    assert.equal((await post({ kind: 'helpful' }, cookie)).status, 403);
    assert.equal((await post({ _csrf: 'forged', kind: 'helpful' }, cookie)).status, 403);
    assert.equal((await post({ _csrf: token, kind: 'helpful' }, cookie, 'https://evil.example')).status, 403);
    assert.equal((await post({ _csrf: token, kind: 'nonsense' }, cookie)).status, 400);
  });

  it('caps submissions per client per hour', async () => {
    // Earlier tests in this file already used two of the three allowed submissions.
    const { cookie, token } = await openForm();
    assert.equal((await post({ _csrf: token, kind: 'not-helpful' }, cookie)).status, 303);
    const limited = await post({ _csrf: token, kind: 'helpful' }, cookie);
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
