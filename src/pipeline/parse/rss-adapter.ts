/** Maps RSS 0.9x and 2.0 documents (<rss><channel>) to the domain's ParsedFeed. */
import type { FeedPerson } from '../../domain/feed.js';
import { resolveReference } from './references.js';
import { linkWithRel, readAtomPeople } from './atom-constructs.js';
import { readDublinCore, readItunes, readMediaRss } from './extensions.js';
import { checkRssChannel, checkRssItem } from './feed-checks.js';
import { readDate, type AdaptedFeed, type FeedContext } from './feed-context.js';
import { parsePeople } from './people.js';
import { readRssItem, rssLink } from './rss-item.js';
import { htmlToLine, htmlToText } from './text.js';
import { childNamed, childrenNamed, firstText, markupOf, trimmedText, type NamespaceMatch, type XmlElement } from './xml-node.js';

/** Lists the namespaces of RSS's own elements: none, RSS 1.0's, and whatever default the root declares. */
export function coreNamespaces(root: XmlElement): string[] {
  return [...new Set(['', 'rss', root.namespace])];
}

// The first source that names anyone wins; the later ones are not read.
function channelAuthors(channel: XmlElement, core: NamespaceMatch): FeedPerson[] {
  const editors = parsePeople(childrenNamed(channel, core, 'managingEditor').map(trimmedText));
  if (editors.length > 0) return editors;
  const creators = parsePeople(readDublinCore(channel).creators);
  if (creators.length > 0) return creators;
  const atom = readAtomPeople(channel, 'atom', 'author');
  if (atom.length > 0) return atom;
  const itunes = parsePeople([readItunes(channel).author]);
  if (itunes.length > 0) return itunes;
  return parsePeople(childrenNamed(channel, core, 'webMaster').map(trimmedText));
}

function channelUpdated(channel: XmlElement, core: NamespaceMatch, context: FeedContext): string | null {
  const lastBuildDate = readDate(context, 'lastBuildDate', trimmedText(firstText(channel, core, 'lastBuildDate')), 'rfc822');
  const pubDate = readDate(context, 'pubDate', trimmedText(firstText(channel, core, 'pubDate')), 'rfc822');
  return lastBuildDate ?? pubDate ?? readDate(context, 'dc:date', readDublinCore(channel).date, 'w3cdtf');
}

/** Reads an RSS <image> element's URL, wherever the format put it. */
export function imageUrl(image: XmlElement | null, core: NamespaceMatch): string | null {
  const url = image ? firstText(image, core, 'url') : null;
  return url ? resolveReference(trimmedText(url), url.base) : null;
}

/** Reads the channel-level fields shared by every RSS flavour; `imageElement` is where that flavour keeps <image>. */
export function readChannel(
  channel: XmlElement,
  core: NamespaceMatch,
  context: FeedContext,
  imageElement: XmlElement | null,
): Omit<AdaptedFeed, 'format' | 'version' | 'items'> {
  const dublinCore = readDublinCore(channel);
  const itunes = readItunes(channel);
  context.language = trimmedText(firstText(channel, core, 'language')) ?? dublinCore.language ?? channel.lang;
  return {
    title: htmlToLine(markupOf(firstText(channel, core, 'title'))) ?? htmlToLine(dublinCore.title),
    link: rssLink(channel, core),
    language: context.language,
    description:
      htmlToText(markupOf(firstText(channel, core, 'description'))) ??
      htmlToText(dublinCore.description) ??
      itunes.summary ??
      itunes.subtitle,
    feedUrl: linkWithRel(childrenNamed(channel, 'atom', 'link'), 'self'),
    image:
      imageUrl(imageElement, core) ??
      resolveReference(itunes.image, channel.base) ??
      resolveReference(readMediaRss(channel).image, channel.base),
    authors: channelAuthors(channel, core),
    updated: channelUpdated(channel, core, context),
  };
}

/** Reads an RSS 0.9x/2.0 feed rooted at <rss>. */
export function adaptRss(root: XmlElement, context: FeedContext): AdaptedFeed {
  const core = coreNamespaces(root);
  const channel = root.local.toLowerCase() === 'channel' ? root : childNamed(root, core, 'channel');
  if (!channel) context.warnings.add('rss: no <channel> element; read the items under <rss> instead');
  const scope = channel ?? root;
  const version = (root.attributes['version'] ?? '').trim() || null;
  if (!version) context.warnings.add('rss: the <rss> element has no version attribute; read as RSS 2.0');
  // Some RSS 0.9x feeds close <channel> before their items, leaving them as siblings of the channel.
  const items = childrenNamed(scope, core, 'item');
  const stray = channel && channel !== root && items.length === 0 ? childrenNamed(root, core, 'item') : [];
  if (channel) checkRssChannel(channel, core, context.warnings);
  for (const item of [...items, ...stray]) checkRssItem(item, core, context.warnings);
  return {
    format: 'rss',
    version,
    ...readChannel(scope, core, context, childNamed(scope, core, 'image')),
    items: [...items, ...stray].map((item) => readRssItem(item, core, context)),
  };
}
