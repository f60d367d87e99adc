import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HttpClient, HttpDeferral, HttpResponse } from '../../ports/http-client.js';
import { type Result, fail, ok } from '../../shared/result.js';
import { fetchFeed, parseRetryAfter } from './fetch-feed.js';

const answering = (result: Result<HttpResponse>): HttpClient => ({ get: async () => result });
const response = (status: number, headers: Record<string, string> = {}): Result<HttpResponse> =>
  ok({ url: 'https://news.example/feed', status, headers, body: Buffer.from('<rss/>'), permanentRedirectTo: null, notModified: false });
const request = { url: 'https://news.example/feed', etag: null, lastModified: null };

describe('fetchFeed', () => {
  it('passes 2xx through and turns other statuses into failures with a plain sentence', async () => {
    assert.equal((await fetchFeed(answering(response(200)), request)).ok, true);
    const gone = await fetchFeed(answering(response(410)), request);
    assert.equal(!gone.ok && gone.error.code, 'http-410');
    assert.deepEqual(gone.failure, { disable: true, retryAfterSeconds: null });
    const busy = await fetchFeed(answering(response(429, { 'retry-after': '120' })), request);
    assert.deepEqual(busy.failure, { disable: false, retryAfterSeconds: 120 });
  });

  it('carries the wait of a request the adapter deferred (the host asked for a pause)', async () => {
    const cause: HttpDeferral = { retryAfterSeconds: 3600 };
    const deferred = await fetchFeed(answering(fail('fetch', 'deferred', 'paused', { userMessage: 'slow down', cause })), request);
    assert.equal(!deferred.ok && deferred.error.code, 'deferred');
    assert.deepEqual(deferred.failure, { disable: false, retryAfterSeconds: 3600 });
    const other = await fetchFeed(answering(fail('fetch', 'timeout', 'slow')), request);
    assert.equal(other.failure, undefined);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = new Date('2024-05-01T12:00:00Z');
    assert.equal(parseRetryAfter('90', now), 90);
    assert.equal(parseRetryAfter('Wed, 01 May 2024 12:10:00 GMT', now), 600);
    assert.equal(parseRetryAfter('soon', now), null);
  });
});
