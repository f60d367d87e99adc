import assert from 'node:assert/strict';
import { it } from 'node:test';
import { nextCheckAfterFailure, nextCheckAfterSuccess } from './schedule.js';

const now = new Date('2026-11-20T12:00:00Z');
const minutesUntil = (date: Date) => (date.getTime() - now.getTime()) / 60000;
const options = { minMinutes: 15, maxMinutes: 360, random: () => 0.5 };

it('checks a busy source at half its median publishing gap', () => {
  const hourly = Array.from({ length: 6 }, (_, i) => new Date(now.getTime() - i * 3600_000).toISOString());
  assert.equal(minutesUntil(nextCheckAfterSuccess(now, hourly, options)), 30);
});

it('clamps to the bounds and uses the maximum with too few dated items', () => {
  const everyMinute = Array.from({ length: 6 }, (_, i) => new Date(now.getTime() - i * 60_000).toISOString());
  assert.equal(minutesUntil(nextCheckAfterSuccess(now, everyMinute, options)), 15);
  assert.equal(minutesUntil(nextCheckAfterSuccess(now, [null, 'garbage'], options)), 360);
});

it('honours a per-source override', () => {
  assert.equal(minutesUntil(nextCheckAfterSuccess(now, [], { ...options, overrideMinutes: 5 })), 5);
});

it('adds jitter of at most ten percent', () => {
  const low = minutesUntil(nextCheckAfterSuccess(now, [], { ...options, random: () => 0 }));
  const high = minutesUntil(nextCheckAfterSuccess(now, [], { ...options, random: () => 0.999 }));
  assert.ok(low >= 324 && high <= 396 && high > low);
});

it('backs off exponentially on failures, capped, and respects Retry-After', () => {
  assert.equal(minutesUntil(nextCheckAfterFailure(now, 1, options)), 15);
  assert.equal(minutesUntil(nextCheckAfterFailure(now, 3, options)), 60);
  assert.equal(minutesUntil(nextCheckAfterFailure(now, 20, options)), 360);
  assert.equal(minutesUntil(nextCheckAfterFailure(now, 1, { ...options, retryAfterSeconds: 7200 })), 120);
});
