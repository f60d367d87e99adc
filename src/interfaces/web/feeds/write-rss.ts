/** Writes a feed as RSS 2.0 with content:encoded for the HTML and atom:link for its own address. */
import { type FeedDocument, xmlText as x } from './feed-document.js';

const rfc822 = (iso: string) => new Date(iso).toUTCString();
// Readers treat an RSS description as HTML, so the plain-text summary is escaped once for HTML and once for XML.

/** Returns the RSS 2.0 document. */
export function writeRss(feed: FeedDocument): string {
  const items = feed.entries.map(
    (entry) => `    <item>
      <title>${x(entry.title)}</title>
      <link>${x(entry.url)}</link>
      <guid isPermaLink="false">${x(entry.id)}</guid>
      <pubDate>${rfc822(entry.published)}</pubDate>
      <description>${x(x(entry.summary))}</description>
      <content:encoded>${x(entry.contentHtml)}</content:encoded>
${entry.categories.map((category) => `      <category>${x(category)}</category>\n`).join('')}${entry.authors.length ? `      <dc:creator>${x(entry.authors.join(', '))}</dc:creator>\n` : ''}    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${x(feed.title)}</title>
    <link>${x(feed.homeUrl)}</link>
    <description>${x(feed.description)}</description>
    <language>${x(feed.language)}</language>
    <lastBuildDate>${rfc822(feed.updated)}</lastBuildDate>
    <generator>Groundwire</generator>
    <atom:link href="${x(feed.selfUrls.rss)}" rel="self" type="application/rss+xml"/>
${items.join('\n')}
  </channel>
</rss>
`;
}
