/** Writes a feed as Atom 1.0 (RFC 4287): ids, updated times and a feed-level author are required there. */
import { type FeedDocument, xmlText as x } from './feed-document.js';

/** Returns the Atom document. */
export function writeAtom(feed: FeedDocument): string {
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${x(entry.id)}</id>
    <title type="text">${x(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${x(entry.url)}"/>
    <published>${entry.published}</published>
    <updated>${entry.updated}</updated>
${entry.authors.map((name) => `    <author><name>${x(name)}</name></author>\n`).join('')}    <summary type="text">${x(entry.summary)}</summary>
    <content type="html">${x(entry.contentHtml)}</content>
${entry.categories.map((category) => `    <category term="${x(category)}"/>\n`).join('')}  </entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.language)}">
  <id>${x(feed.id)}</id>
  <title type="text">${x(feed.title)}</title>
  <subtitle type="text">${x(feed.description)}</subtitle>
  <updated>${feed.updated}</updated>
  <link rel="self" type="application/atom+xml" href="${x(feed.selfUrls.atom)}"/>
  <link rel="alternate" type="text/html" href="${x(feed.homeUrl)}"/>
  <author><name>Groundwire</name></author>
  <generator>Groundwire</generator>
${entries.join('\n')}
</feed>
`;
}
