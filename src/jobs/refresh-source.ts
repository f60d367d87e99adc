/** Use case: check one source — fetch, parse, store — and record its health, all in one commit. */
import type { Source } from '../domain/source.js';
import { fetchFeed } from '../pipeline/fetch/index.js';
import { parseFeed } from '../pipeline/parse/index.js';
import type { Clock } from '../ports/clock.js';
import type { HttpClient } from '../ports/http-client.js';
import type { Logger } from '../ports/logger.js';
import type { RefreshOutcome, RefreshSummary, Store } from '../ports/store.js';
import { toIso } from '../shared/time.js';
import { feedItemToArticle } from './feed-item-to-article.js';
import { type ScheduleOptions, nextCheckAfterFailure, nextCheckAfterSuccess } from './schedule.js';

export interface RefreshDependencies {
  store: Store;
  http: HttpClient;
  clock: Clock;
  logger: Logger;
  schedule: ScheduleOptions;
}

export interface RefreshResult extends RefreshSummary {
  sourceId: string;
  status: RefreshOutcome['kind'] | 'abandoned';
  error: string | null;
  warning: string | null;
}

interface Evaluated {
  outcome: RefreshOutcome;
  itemTimes: (string | null)[];
  retryAfterSeconds: number | null;
}

/** Turns what the server answered into the outcome to commit: failure, unchanged, or items (with a warning if damaged). */
function evaluateResponse(source: Source, fetched: Awaited<ReturnType<typeof fetchFeed>>, log: Logger): Evaluated {
  if (!fetched.ok) {
    log.warn('source-fetch-failed', { stage: 'fetch', code: fetched.error.code, error: fetched.error.message });
    const outcome: RefreshOutcome = {
      kind: 'failed',
      code: fetched.error.code,
      userMessage: fetched.error.userMessage ?? fetched.error.message,
      disable: fetched.failure?.disable ?? false,
    };
    return { outcome, itemTimes: [], retryAfterSeconds: fetched.failure?.retryAfterSeconds ?? null };
  }
  if (fetched.value.notModified) return { outcome: { kind: 'not-modified' }, itemTimes: [], retryAfterSeconds: null };
  const parsed = parseFeed(fetched.value.body, { url: fetched.value.url, contentType: fetched.value.headers['content-type'] ?? null });
  if (!parsed.ok) {
    log.warn('source-parse-failed', { stage: 'parse', code: parsed.error.code, error: parsed.error.message });
    return {
      outcome: { kind: 'failed', code: parsed.error.code, userMessage: parsed.error.userMessage ?? parsed.error.message, disable: false },
      itemTimes: [],
      retryAfterSeconds: null,
    };
  }
  const feed = parsed.value;
  if (feed.warnings.length > 0) log.info('feed-parsed-with-warnings', { stage: 'parse', warnings: feed.warnings.slice(0, 10) });
  if (!feed.wellFormed && feed.items.length === 0) {
    const detail = feed.warnings[0] ?? 'it is not well-formed';
    return {
      outcome: {
        kind: 'failed',
        code: 'broken-feed',
        userMessage: `The feed is broken and no item could be read (${detail}).`,
        disable: false,
      },
      itemTimes: [],
      retryAfterSeconds: null,
    };
  }
  const warning = feed.wellFormed
    ? null
    : `The feed is damaged (${feed.warnings[0] ?? 'not well-formed'}); Groundwire kept the ${feed.items.length} items it could read.`;
  return {
    outcome: {
      kind: 'updated',
      articles: feed.items.map((item) => feedItemToArticle(source.id, item, feed, source.language)),
      etag: fetched.value.headers.etag ?? null,
      lastModified: fetched.value.headers['last-modified'] ?? null,
      movedTo: fetched.value.permanentRedirectTo,
      warning,
    },
    itemTimes: feed.items.map((item) => item.published ?? item.updated),
    retryAfterSeconds: null,
  };
}

/** Refreshes one source; never throws for a bad feed or server, only records the failure. */
export async function refreshSource(deps: RefreshDependencies, source: Source, signal?: AbortSignal): Promise<RefreshResult> {
  const log = deps.logger.child({ source_id: source.id, feed_url: source.feedUrl });
  const startedAt = deps.clock.now();
  const fetched = await fetchFeed(deps.http, { url: source.feedUrl, ...source.validators, signal });
  if (signal?.aborted) {
    // Shutting down: commit nothing, so the next run refreshes this source from a clean state.
    log.info('source-refresh-abandoned', {});
    return { sourceId: source.id, status: 'abandoned', error: null, warning: null, inserted: 0, updated: 0 };
  }
  const { outcome, itemTimes, retryAfterSeconds } = evaluateResponse(source, fetched, log);
  const nextCheck =
    outcome.kind === 'failed'
      ? nextCheckAfterFailure(startedAt, source.health.consecutiveFailures + 1, { ...deps.schedule, retryAfterSeconds })
      : nextCheckAfterSuccess(startedAt, itemTimes, { ...deps.schedule, overrideMinutes: source.refreshMinutes });
  const summary = await deps.store.commitRefresh({
    sourceId: source.id,
    checkedAt: toIso(startedAt),
    nextCheckAt: toIso(nextCheck),
    outcome,
  });
  log.info('source-refreshed', {
    status: outcome.kind,
    inserted: summary.inserted,
    updated: summary.updated,
    duration_ms: deps.clock.now().getTime() - startedAt.getTime(),
  });
  return {
    sourceId: source.id,
    status: outcome.kind,
    error: outcome.kind === 'failed' ? outcome.userMessage : null,
    warning: outcome.kind === 'updated' ? outcome.warning : null,
    ...summary,
  };
}
