/** Use case: add a source from a feed URL or a page URL (its advertised feed is discovered). */
import type { NewSource, Source } from '../domain/source.js';
import { fetchFeed } from '../pipeline/fetch/index.js';
import { discoverFeeds, parseFeed } from '../pipeline/parse/index.js';
import type { Clock } from '../ports/clock.js';
import type { HttpClient } from '../ports/http-client.js';
import type { Store } from '../ports/store.js';
import { type Result, fail, ok } from '../shared/result.js';
import { canonicalizeUrl } from '../shared/url.js';

export interface AddSourceDependencies {
  store: Store;
  http: HttpClient;
  clock: Clock;
}

/** Checks the URL is a feed (following a page's feed link if needed), then stores the source. */
export async function addSource(deps: AddSourceDependencies, input: NewSource & { check: boolean }): Promise<Result<Source>> {
  if (!canonicalizeUrl(input.feedUrl)) {
    return fail('sources', 'bad-url', `not an http(s) URL: ${input.feedUrl}`, {
      userMessage: `"${input.feedUrl}" is not a web address (http:// or https://).`,
    });
  }
  let feedUrl = input.feedUrl;
  let name = input.name;
  let language = input.language ?? null;
  if (input.check) {
    const resolved = await resolveFeed(deps.http, feedUrl);
    if (!resolved.ok) return resolved;
    feedUrl = resolved.value.feedUrl;
    name ||= resolved.value.title ?? feedUrl;
    language ??= resolved.value.language;
  }
  if (await deps.store.sources.findByFeedUrl(feedUrl)) {
    return fail('sources', 'exists', `already following ${feedUrl}`, { userMessage: `Groundwire already follows ${feedUrl}.` });
  }
  const { check: _check, ...rest } = input;
  return ok(await deps.store.sources.add({ ...rest, name: name || feedUrl, feedUrl, language }, deps.clock.now().toISOString()));
}

async function resolveFeed(
  http: HttpClient,
  url: string,
): Promise<Result<{ feedUrl: string; title: string | null; language: string | null }>> {
  const fetched = await fetchFeed(http, { url, etag: null, lastModified: null });
  if (!fetched.ok) return fetched;
  const parsed = parseFeed(fetched.value.body, { url: fetched.value.url, contentType: fetched.value.headers['content-type'] ?? null });
  if (parsed.ok) return ok({ feedUrl: fetched.value.url, title: parsed.value.title, language: parsed.value.language });
  const links = discoverFeeds(fetched.value.body.toString('utf8'), fetched.value.url);
  const first = links[0];
  if (!first) return parsed;
  const feed = await fetchFeed(http, { url: first.url, etag: null, lastModified: null });
  if (!feed.ok) return feed;
  const discovered = parseFeed(feed.value.body, { url: feed.value.url, contentType: feed.value.headers['content-type'] ?? null });
  if (!discovered.ok) return discovered;
  return ok({ feedUrl: feed.value.url, title: discovered.value.title ?? first.title, language: discovered.value.language });
}
