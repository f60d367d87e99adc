/** Runs Groundwire's parse stage and maps its ParsedFeed to the comparison model. */
import type { FeedItem, ParsedFeed } from '../../../src/domain/feed.js';
import { parseFeed } from '../../../src/pipeline/parse/index.js';
import type { CommonFeed, CommonItem, FeedRunner, RunOutcome } from './common.js';

function toItem(item: FeedItem): CommonItem {
  return {
    guid: item.id,
    title: item.title,
    link: item.link,
    published: item.published,
    updated: item.updated,
    authors: item.authors.map((person) => ({ name: person.name, email: person.email })),
    summary: item.summary,
    content: item.contentHtml,
    categories: item.categories,
    enclosures: item.enclosures,
  };
}

function toCommon(feed: ParsedFeed): CommonFeed {
  return {
    feedType: feed.format === 'rdf' ? 'rss' : feed.format,
    version: feed.version,
    title: feed.title,
    link: feed.link,
    feedUrl: feed.feedUrl ?? null,
    description: feed.description ?? null,
    language: feed.language,
    authors: (feed.authors ?? []).map((person) => ({ name: person.name, email: person.email })),
    items: feed.items.map(toItem),
    wellFormed: feed.wellFormed,
    flagged: !feed.wellFormed || feed.warnings.length > 0,
  };
}

/** Groundwire's parser, as the harness runs it. */
export const oursRunner: FeedRunner = {
  name: 'groundwire',
  lacks: new Set(),
  async run(bytes: Buffer, url: string | null): Promise<RunOutcome> {
    const started = performance.now();
    try {
      const result = parseFeed(bytes, { url });
      const milliseconds = performance.now() - started;
      if (!result.ok) return { ok: false, error: `${result.error.code}: ${result.error.message}`, crashed: false, milliseconds };
      return { ok: true, feed: toCommon(result.value), milliseconds };
    } catch (error) {
      return {
        ok: false,
        error: String(error instanceof Error ? error.stack : error),
        crashed: true,
        milliseconds: performance.now() - started,
      };
    }
  },
};
