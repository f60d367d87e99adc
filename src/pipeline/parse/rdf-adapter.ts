/** Maps RSS 1.0 (RDF), RSS 0.90 and RSS 1.1 documents to the domain's ParsedFeed. */
import type { AdaptedFeed, FeedContext } from './feed-context.js';
import { checkRssChannel, checkRssItem } from './feed-checks.js';
import { readChannel } from './rss-adapter.js';
import { readRssItem } from './rss-item.js';
import { childNamed, childrenNamed, type XmlElement } from './xml-node.js';

// RSS 1.0 elements live in its namespace; broken feeds forget to declare it, so no namespace counts too.
const CORE = ['rss', ''];

/** Returns the RDF-family version a root declares: "0.90" (Netscape namespace), "1.1" (<Channel> root) or "1.0". */
export function rdfVersion(root: XmlElement): string {
  if (root.local === 'Channel') return '1.1';
  const netscape = Object.values(root.attributes).some((value) => /my\.netscape\.com\/rdf\/simple\/0\.9/i.test(value));
  return netscape ? '0.90' : '1.0';
}

/** Reads an RSS 1.0 or 0.90 feed rooted at <rdf:RDF>, whose items are siblings of the channel. */
export function adaptRdf(root: XmlElement, context: FeedContext): AdaptedFeed {
  const channel = childNamed(root, CORE, 'channel');
  if (!channel) context.warnings.add('rdf: no <channel> element');
  else checkRssChannel(channel, CORE, context.warnings);
  for (const item of childrenNamed(root, CORE, 'item')) checkRssItem(item, CORE, context.warnings);
  return {
    format: 'rdf',
    version: rdfVersion(root),
    ...readChannel(channel ?? root, CORE, context, childNamed(root, CORE, 'image') ?? (channel && childNamed(channel, CORE, 'image'))),
    items: childrenNamed(root, CORE, 'item').map((item) => readRssItem(item, CORE, context)),
  };
}

/** Reads an RSS 1.1 feed: a <Channel> root whose items sit in <items rdf:parseType="Collection">. */
export function adaptRss11(root: XmlElement, context: FeedContext): AdaptedFeed {
  const items = childrenNamed(root, CORE, 'items').flatMap((list) => childrenNamed(list, CORE, 'item'));
  checkRssChannel(root, CORE, context.warnings);
  for (const item of items) checkRssItem(item, CORE, context.warnings);
  return {
    format: 'rdf',
    version: '1.1',
    ...readChannel(root, CORE, context, childNamed(root, CORE, 'image')),
    items: items.map((item) => readRssItem(item, CORE, context)),
  };
}
