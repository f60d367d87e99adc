/** Writes a feed as JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
import type { FeedDocument } from './feed-document.js';

/** Returns the JSON Feed document. */
export function writeJsonFeed(feed: FeedDocument): string {
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: feed.title,
      home_page_url: feed.homeUrl,
      feed_url: feed.selfUrls.json,
      description: feed.description,
      language: feed.language,
      authors: [{ name: 'Groundwire' }],
      items: feed.entries.map((entry) => ({
        id: entry.id,
        url: entry.url,
        title: entry.title,
        summary: entry.summary,
        content_html: entry.contentHtml,
        date_published: entry.published,
        date_modified: entry.updated,
        tags: entry.categories,
        authors: entry.authors.map((name) => ({ name })),
      })),
    },
    null,
    2,
  )}\n`;
}
