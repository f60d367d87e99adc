/** Maps one RSS item (0.9x, 1.0/RDF, 1.1 or 2.0, with its extensions) to a FeedItem. */
import type { FeedEnclosure, FeedItem, FeedPerson } from '../../domain/feed.js';
import { alternateLink, linkHref, linkRel, readAtomCategories, readAtomPeople, readTextConstruct } from './atom-constructs.js';
import { readDublinCore, readItunes, readMediaRss, type DublinCore, type Itunes, type MediaRss } from './extensions.js';
import { readDate, type FeedContext } from './feed-context.js';
import { absolutizeHtml } from './html-links.js';
import { finishItem, makeEnclosure } from './item-builder.js';
import { appendAll } from './lists.js';
import { parsePeople } from './people.js';
import { resolveReference } from './references.js';
import { htmlToLine, htmlToText, isRichMarkup } from './text.js';
import { attributeOf, childrenNamed, firstText, markupOf, trimmedText, type NamespaceMatch, type XmlElement } from './xml-node.js';

/** One item and its extensions, each read once. */
interface ItemSources {
  item: XmlElement;
  core: NamespaceMatch;
  dublinCore: DublinCore;
  media: MediaRss;
  itunes: Itunes;
}

/** Finds the page link of an RSS channel or item: the first non-blank <link>, else an href on it, else atom:link. */
export function rssLink(element: XmlElement, core: NamespaceMatch): string | null {
  for (const link of childrenNamed(element, core, 'link')) {
    const resolved = resolveReference(trimmedText(link) ?? attributeOf(link, 'href'), link.base);
    if (resolved) return resolved;
  }
  return alternateLink(childrenNamed(element, 'atom', 'link'));
}

function guidLink({ item, core }: ItemSources): string | null {
  const guid = firstText(item, core, 'guid');
  // RSS 2.0: a guid is a permalink unless isPermaLink="false".
  if (!guid || attributeOf(guid, 'isPermaLink')?.trim().toLowerCase() === 'false') return null;
  const text = trimmedText(guid) ?? '';
  return /^https?:\/\//i.test(text) ? resolveReference(text, guid.base) : null;
}

function itemDates({ item, core, dublinCore }: ItemSources, context: FeedContext): { published: string | null; updated: string | null } {
  const dcDate = readDate(context, 'dc:date', dublinCore.date, 'w3cdtf');
  const published =
    readDate(context, 'pubDate', trimmedText(firstText(item, core, 'pubDate')), 'rfc822') ??
    readDate(context, 'atom:published', trimmedText(firstText(item, 'atom', 'published')), 'rfc3339') ??
    dcDate ??
    readDate(context, 'dcterms:issued', dublinCore.issued, 'w3cdtf');
  const updated =
    readDate(context, 'atom:updated', trimmedText(firstText(item, 'atom', 'updated')), 'rfc3339') ??
    readDate(context, 'dcterms:modified', dublinCore.modified, 'w3cdtf') ??
    dcDate;
  return { published, updated };
}

// The first source that names anyone wins; the later ones are not read.
function itemAuthors({ item, core, dublinCore, itunes }: ItemSources): FeedPerson[] {
  const authors = parsePeople(childrenNamed(item, core, 'author').map(trimmedText));
  if (authors.length > 0) return authors;
  const creators = parsePeople(dublinCore.creators);
  if (creators.length > 0) return creators;
  const atom = readAtomPeople(item, 'atom', 'author');
  if (atom.length > 0) return atom;
  return parsePeople([itunes.author]);
}

function itemEnclosures({ item, core, media }: ItemSources): Array<FeedEnclosure | null> {
  const enclosures: Array<FeedEnclosure | null> = [];
  for (const enclosure of childrenNamed(item, core, 'enclosure')) {
    const url = attributeOf(enclosure, 'url') ?? attributeOf(enclosure, 'href');
    enclosures.push(makeEnclosure(url, attributeOf(enclosure, 'type'), attributeOf(enclosure, 'length'), enclosure.base));
  }
  // The RSS 1.0 enclosure module puts the URL in rdf:resource.
  for (const enclosure of childrenNamed(item, 'enc', 'enclosure')) {
    const url = attributeOf(enclosure, 'resource') ?? attributeOf(enclosure, 'url');
    enclosures.push(makeEnclosure(url, attributeOf(enclosure, 'type'), attributeOf(enclosure, 'length'), enclosure.base));
  }
  for (const link of childrenNamed(item, 'atom', 'link')) {
    if (linkRel(link) === 'enclosure')
      enclosures.push(makeEnclosure(linkHref(link), attributeOf(link, 'type'), attributeOf(link, 'length'), null));
  }
  return appendAll(enclosures, media.enclosures);
}

function itemText({ item, core, dublinCore, itunes, media }: ItemSources): { summary: string | null; contentHtml: string | null } {
  const descriptionElement = firstText(item, core, 'description');
  const description = markupOf(descriptionElement);
  const descriptionText = htmlToText(description);
  const summary =
    descriptionText ??
    htmlToText(dublinCore.description) ??
    itunes.summary ??
    itunes.subtitle ??
    media.description ??
    readTextConstruct(childrenNamed(item, 'atom', 'summary')[0] ?? null).text;
  const encoded = firstText(item, 'content', 'encoded');
  const atomContent = childrenNamed(item, 'atom', 'content')[0] ?? null;
  const content = encoded
    ? absolutizeHtml(markupOf(encoded), encoded.base)
    : absolutizeHtml(readTextConstruct(atomContent).html, atomContent?.base ?? null);
  // A description holding a whole article (block markup, some length) is the content when nothing else is.
  const richDescription = isRichMarkup(description, descriptionText) ? absolutizeHtml(description, descriptionElement?.base ?? null) : null;
  return { summary, contentHtml: content ?? richDescription };
}

/** Reads one RSS item; `core` lists the namespaces of the format's own elements. */
export function readRssItem(item: XmlElement, core: NamespaceMatch, context: FeedContext): FeedItem {
  const sources: ItemSources = { item, core, dublinCore: readDublinCore(item), media: readMediaRss(item), itunes: readItunes(item) };
  const guid = trimmedText(firstText(item, core, 'guid'));
  const fallbackId = attributeOf(item, 'rdf:about') ?? attributeOf(item, 'about');
  const title = htmlToLine(markupOf(firstText(item, core, 'title'))) ?? htmlToLine(sources.dublinCore.title) ?? sources.media.title;
  const link = rssLink(item, core) ?? guidLink(sources);
  const { published, updated } = itemDates(sources, context);
  const authors = itemAuthors(sources);
  const { summary, contentHtml } = itemText(sources);
  const categories = childrenNamed(item, core, 'category').map((category) => htmlToLine(trimmedText(category)));
  appendAll(categories, sources.dublinCore.subjects);
  appendAll(categories, readAtomCategories(item, 'atom'));
  const enclosures = itemEnclosures(sources);
  const durationSeconds = sources.itunes.durationSeconds ?? sources.media.durationSeconds;
  // Named fields rather than spreads: this runs for every item.
  return finishItem({
    guid,
    fallbackId,
    title,
    link,
    published,
    updated,
    authors,
    summary,
    contentHtml,
    categories,
    enclosures,
    durationSeconds,
  });
}
