/** Maps one RSS item (0.9x, 1.0/RDF, 1.1 or 2.0, with its extensions) to a FeedItem. */
import type { FeedEnclosure, FeedItem, FeedPerson } from '../../domain/feed.js';
import { alternateLink, linkHref, linkRel, readAtomCategories, readAtomPeople, readTextConstruct } from './atom-constructs.js';
import { readDublinCore, readItunes, readMediaRss, type DublinCore, type Itunes, type MediaRss } from './extensions.js';
import { readDate, type FeedContext } from './feed-context.js';
import { absolutizeHtml } from './html-links.js';
import { finishItem, makeEnclosure } from './item-builder.js';
import { parsePersonText } from './people.js';
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
  const text = (namespace: NamespaceMatch, local: string): string | null => trimmedText(firstText(item, namespace, local));
  const dcDate = readDate(context, 'dc:date', dublinCore.date, 'w3cdtf');
  const published =
    readDate(context, 'pubDate', text(core, 'pubDate'), 'rfc822') ??
    readDate(context, 'atom:published', text('atom', 'published'), 'rfc3339') ??
    dcDate ??
    readDate(context, 'dcterms:issued', dublinCore.issued, 'w3cdtf');
  const updated =
    readDate(context, 'atom:updated', text('atom', 'updated'), 'rfc3339') ??
    readDate(context, 'dcterms:modified', dublinCore.modified, 'w3cdtf') ??
    dcDate;
  return { published, updated };
}

function itemAuthors({ item, core, dublinCore, itunes }: ItemSources): FeedPerson[] {
  const groups: Array<Array<FeedPerson | null>> = [
    childrenNamed(item, core, 'author').map((author) => parsePersonText(trimmedText(author))),
    dublinCore.creators.map(parsePersonText),
    readAtomPeople(item, 'atom', 'author'),
    [parsePersonText(itunes.author)],
  ];
  const found = groups.map((group) => group.filter((person): person is FeedPerson => person !== null)).find((group) => group.length > 0);
  return found ?? [];
}

function itemEnclosures({ item, core, media }: ItemSources): Array<FeedEnclosure | null> {
  const attribute = (element: XmlElement, ...names: string[]): string | null =>
    names.map((name) => attributeOf(element, name)).find((value) => value !== null) ?? null;
  const rss = childrenNamed(item, core, 'enclosure').map((enclosure) =>
    makeEnclosure(attribute(enclosure, 'url', 'href'), attribute(enclosure, 'type'), attribute(enclosure, 'length'), enclosure.base),
  );
  // The RSS 1.0 enclosure module puts the URL in rdf:resource.
  const rdf = childrenNamed(item, 'enc', 'enclosure').map((enclosure) =>
    makeEnclosure(attribute(enclosure, 'resource', 'url'), attribute(enclosure, 'type'), attribute(enclosure, 'length'), enclosure.base),
  );
  const atom = childrenNamed(item, 'atom', 'link')
    .filter((link) => linkRel(link) === 'enclosure')
    .map((link) => makeEnclosure(linkHref(link), attributeOf(link, 'type'), attributeOf(link, 'length'), null));
  return [...rss, ...rdf, ...atom, ...media.enclosures];
}

function itemText({ item, core, dublinCore, itunes, media }: ItemSources): { summary: string | null; contentHtml: string | null } {
  const descriptionElement = firstText(item, core, 'description');
  const description = markupOf(descriptionElement);
  const summary =
    htmlToText(description) ??
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
  const richDescription = isRichMarkup(description) ? absolutizeHtml(description, descriptionElement?.base ?? null) : null;
  return { summary, contentHtml: content ?? richDescription };
}

/** Reads one RSS item; `core` lists the namespaces of the format's own elements. */
export function readRssItem(item: XmlElement, core: NamespaceMatch, context: FeedContext): FeedItem {
  const sources: ItemSources = { item, core, dublinCore: readDublinCore(item), media: readMediaRss(item), itunes: readItunes(item) };
  return finishItem({
    guid: trimmedText(firstText(item, core, 'guid')),
    fallbackId: attributeOf(item, 'rdf:about') ?? attributeOf(item, 'about'),
    title: htmlToLine(markupOf(firstText(item, core, 'title'))) ?? htmlToLine(sources.dublinCore.title) ?? sources.media.title,
    link: rssLink(item, core) ?? guidLink(sources),
    ...itemDates(sources, context),
    authors: itemAuthors(sources),
    ...itemText(sources),
    categories: [
      ...childrenNamed(item, core, 'category').map((category) => htmlToLine(trimmedText(category))),
      ...sources.dublinCore.subjects,
      ...readAtomCategories(item, 'atom'),
    ],
    enclosures: itemEnclosures(sources),
    durationSeconds: sources.itunes.durationSeconds ?? sources.media.durationSeconds,
  });
}
