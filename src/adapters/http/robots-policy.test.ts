import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HttpResponse } from '../../ports/http-client.js';
import { type Result, fail, ok } from '../../shared/result.js';
import { createRobotsPolicy } from './robots-policy.js';

const ROBOTS = [
  'User-agent: *',
  'Disallow: /private/',
  'Crawl-delay: 5',
  '',
  'User-agent: Groundwire',
  'Disallow: /no-groundwire/',
  'Crawl-delay: 2',
].join('\n');

function answer(status: number, body = ''): Result<HttpResponse> {
  return ok({
    url: 'https://news.example/robots.txt',
    status,
    headers: {},
    body: Buffer.from(body),
    permanentRedirectTo: null,
    notModified: false,
  });
}

/** A policy over a scripted robots.txt fetch, with a clock the test moves. */
function policy(replies: Result<HttpResponse>[]) {
  const clock = { now: 1_000_000 };
  const requested: string[] = [];
  const robots = createRobotsPolicy({
    userAgentToken: 'Groundwire',
    cacheMs: 3_600_000,
    retryMs: 60_000,
    now: () => clock.now,
    fetch: async (url) => {
      requested.push(url);
      return replies.shift() ?? answer(404);
    },
  });
  return { robots, clock, requested };
}

const url = (path: string) => new URL(`https://news.example${path}`);

describe('robots.txt policy', () => {
  it('applies the Groundwire group over the * group, with its crawl delay', async () => {
    const { robots } = policy([answer(200, ROBOTS)]);
    const refused = await robots.check(url('/no-groundwire/feed.xml'));
    assert.equal(!refused.ok && refused.error.code, 'robots-disallowed');
    assert.match(!refused.ok ? (refused.error.userMessage ?? '') : '', /robots\.txt asks automated readers like Groundwire not to fetch/);
    // The specific group replaces *, so /private/ is open to Groundwire.
    assert.deepEqual(await robots.check(url('/private/feed.xml')), ok({ crawlDelayMs: 2000 }));
  });

  it('asks once per origin and trusts the answer until it expires', async () => {
    const { robots, clock, requested } = policy([answer(200, 'User-agent: *\nDisallow: /x'), answer(200, 'User-agent: *\nDisallow:')]);
    await Promise.all([robots.check(url('/a')), robots.check(url('/b')), robots.check(url('/c'))]);
    assert.deepEqual(requested, ['https://news.example/robots.txt']);
    assert.equal((await robots.check(url('/x'))).ok, false);
    clock.now += 3_600_001;
    assert.equal((await robots.check(url('/x'))).ok, true);
    assert.equal(requested.length, 2);
  });

  it('allows everything when robots.txt is missing (4xx) or unusable (too large, redirect loop)', async () => {
    for (const reply of [
      answer(404),
      answer(403),
      answer(401),
      fail<HttpResponse>('fetch', 'too-large', 'big'),
      fail<HttpResponse>('fetch', 'redirect-loop', 'loop'),
    ]) {
      const { robots } = policy([reply]);
      assert.deepEqual(await robots.check(url('/anything')), ok({ crawlDelayMs: 0 }));
    }
  });

  it('disallows for now when the server fails to serve it (5xx, 429), and asks again after the retry time', async () => {
    const { robots, clock, requested } = policy([answer(503), answer(200, 'User-agent: *\nAllow: /')]);
    const refused = await robots.check(url('/feed'));
    assert.equal(!refused.ok && refused.error.code, 'robots-unavailable');
    assert.match(!refused.ok ? (refused.error.userMessage ?? '') : '', /could not be read \(HTTP 503\)/);
    assert.equal((await robots.check(url('/feed'))).ok, false);
    assert.equal(requested.length, 1);
    clock.now += 60_001;
    assert.equal((await robots.check(url('/feed'))).ok, true);
  });

  it('keeps using the last good copy while the server is failing', async () => {
    const { robots, clock } = policy([answer(200, 'User-agent: *\nDisallow: /private/'), answer(500)]);
    assert.equal((await robots.check(url('/feed'))).ok, true);
    clock.now += 3_600_001;
    assert.equal((await robots.check(url('/feed'))).ok, true);
    assert.equal((await robots.check(url('/private/x'))).ok, false);
  });

  it('passes an unreachable server on as that failure, cached briefly; never caches a cancellation', async () => {
    const dead = policy([fail('fetch', 'connection', 'refused', { userMessage: 'The server refused the connection.' })]);
    const first = await dead.robots.check(url('/feed'));
    assert.equal(!first.ok && first.error.code, 'connection');
    await dead.robots.check(url('/other'));
    assert.equal(dead.requested.length, 1);
    const cancelled = policy([fail('fetch', 'aborted', 'cancelled'), answer(404)]);
    assert.equal((await cancelled.robots.check(url('/feed'))).ok, false);
    assert.equal((await cancelled.robots.check(url('/feed'))).ok, true);
  });
});
