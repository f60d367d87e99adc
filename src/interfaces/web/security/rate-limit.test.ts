import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import { RateLimiter, feedbackRateLimit, rateLimit } from './rate-limit.js';

describe('rate limits', () => {
  it('allows the limit per window per key, then says how long to wait', () => {
    const limiter = new RateLimiter(2, 60);
    assert.deepEqual(limiter.hit('a', 0), { allowed: true, remaining: 1, retryAfterSeconds: 0 });
    assert.equal(limiter.hit('a', 1000).allowed, true);
    assert.deepEqual(limiter.hit('a', 15_000), { allowed: false, remaining: 0, retryAfterSeconds: 45 });
    assert.equal(limiter.hit('b', 15_000).allowed, true, 'another client has its own window');
    assert.equal(limiter.hit('a', 60_000).allowed, true, 'a new window starts');
  });

  it('forgets a key on reset', () => {
    const limiter = new RateLimiter(1, 60);
    limiter.hit('a', 0);
    limiter.reset('a');
    assert.equal(limiter.hit('a', 1).allowed, true);
  });

  it('answers 429 with Retry-After from the middleware', async () => {
    const web = new Hono();
    web.post('/vote', rateLimit(new RateLimiter(1, 3600)), (c) => c.text('ok'));
    assert.equal((await web.request('/vote', { method: 'POST' })).status, 200);
    const limited = await web.request('/vote', { method: 'POST' });
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 3500);
    assert.match(await limited.text(), /wait 60 minutes/);
  });

  it('builds the feedback limit from the configured hourly allowance', async () => {
    const web = new Hono();
    const context = { site: { feedbackRateLimitPerHour: 3 } } as Parameters<typeof feedbackRateLimit>[0];
    web.post('/feedback', feedbackRateLimit(context), (c) => c.text('ok'));
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await web.request('/feedback', { method: 'POST' })).status);
    assert.deepEqual(statuses, [200, 200, 200, 429]);
  });
});
