/** Maps one RSS item (0.9x, 1.0/RDF, 1.1 or 2.0, with its extensions) to a FeedItem. */
import type { FeedEnclosure, FeedItem, FeedPerson } from '../../domain/feed.js';
import { resolveUrl } from '../../shared/url.js';
import { alternateLink, linkHref, linkRel, readAtomCategories, readAtomPeople, readTextConstruct } from './atom-constructs.js';
import { readContentEncoded, readDublinCore, readItunes, readMediaRss, type DublinCore } from './extensions.js';
import { readDate, type FeedContext } from './feed-context.js';
import { finishItem, makeEnclosure } from './item-builder.js';
import { parsePersonText } from './people.js';
import { htmlToLine, htmlToText, isRichMarkup } from './text.js';
import { attributeOf, childrenNamed, firstText, markupOf, trimmedText, type NamespaceMatch, type XmlElement } from './xml-node.js';

/** Finds the page link of an RSS channel or item: the first non-blank <link>, else an href on it, else atom:link. */
export function rssLink(element: XmlElement, core: NamespaceMatch): string | null {
  for (const link of childrenNamed(element, core, 'link')) {
    const text = trimmedText(link) ?? attributeOf(link, 'href');
    const resolved = text ? resolveUrl(text, link.base) : null;
    if (resolved) return resolved;
  }
  return alternateLink(childrenNamed(element, 'atom', 'link'));
}

function guidLink(item: XmlElement, core: NamespaceMatch): string | null {
  const guid = firstText(item, core, 'guid');
  // RSS 2.0: a guid is a permalink unless isPermaLink="false".
  if (!guid || attributeOf(guid, 'isPermaLink')?.trim().toLowerCase() === 'false') return null;
  const text = trimmedText(guid) ?? '';
  return /^https?:\/\//i.test(text) ? resolveUrl(text, guid.base) : null;
}

function itemDates(item: XmlElement, core: NamespaceMatch, dublinCore: DublinCore, context: FeedContext): { published: string | null; updated: string | null } {
  const text = (namespace: NamespaceMatch, local: string): string | null => trimmedText(firstText(item, namespace, local));
  const pubDate = text(core, 'pubDate');
  const dcDate = dublinCore.date ? readDate(context, 'dc:date', dublinCore.date, 'rfc3339') : null;
  const published =
    (pubDate ? readDate(context, 'pubDate', pubDate, 'rfc822') : null) ??
    readDate(context, 'atom:published', text('atom', 'published'), 'rfc3339') ??
    dcDate ??
    readDate(context, 'dcterms:issued', dublinCore.issued, 'rfc3339');
  const updated =
    readDate(context, 'atom:updated', text('atom', 'updated'), 'rfc3339') ??
    readDate(context, 'dcterms:modified', dublinCore.modified, 'rfc3339') ??
    dcDate;
  return { published, updated };
}

function itemAuthors(item: XmlElement, core: NamespaceMatch, dublinCore: DublinCore): FeedPerson[] {
  const groups: Array<Array<FeedPerson | null>> = [
    childrenNamed(item, core, 'author').map((author) => parsePersonText(trimmedText(author))),
    dublinCore.creators.map(parsePersonText),
    readAtomPeople(item, 'atom', 'author'),
    [parsePersonText(readItunes(item).author)],
  ];
  const found = groups.map((group) => group.filter((person): person is FeedPerson => person !== null)).find((group) => group.length > 0);
  return found ?? [];
}

function itemEnclosures(item: XmlElement, core: NamespaceMatch): Array<FeedEnclosure | null> {
  const rss = childrenNamed(item, core, 'enclosure').map((enclosure) =>
    makeEnclosure(attributeOf(enclosure, 'url') ?? attributeOf(enclosure, 'href'), attributeOf(enclosure, 'type'), attributeOf(enclosure, 'length'), enclosure.base),
  );
  // The RSS 1.0 enclosure module puts the URL in rdf:resource.
  const rdf = childrenNamed(item, 'enc', 'enclosure').map((enclosure) =>
    makeEnclosure(attributeOf(enclosure, 'resource') ?? attributeOf(enclosure, 'url'), attributeOf(enclosure, 'type'), attributeOf(enclosure, 'length'), enclosure.base),
  );
  const atom = childrenNamed(item, 'atom', 'link')
    .filter((link) => linkRel(link) === 'enclosure')
    .map((link) => makeEnclosure(linkHref(link), attributeOf(link, 'type'), attributeOf(link, 'length'), null));
  return [...rss, ...rdf, ...atom, ...readMediaRss(item).enclosures];
}

function itemText(item: XmlElement, core: NamespaceMatch, dublinCore: DublinCore): { summary: string | null; contentHtml: string | null } {
  const description = markupOf(firstText(item, core, 'description'));
  const itunes = readItunes(item);
  const summary =
    htmlToText(description) ??
    htmlToText(dublinCore.description) ??
    itunes.summary ??
    itunes.subtitle ??
    readMediaRss(item).description ??
    readTextConstruct(childrenNamed(item, 'atom', 'summary')[0] ?? null).text;
  const content = readContentEncoded(item) ?? readTextConstruct(childrenNamed(item, 'atom', 'content')[0] ?? null).html;
  // A description holding a whole article (block markup, some length) is the content when nothing else is.
  return { summary, contentHtml: content ?? (isRichMarkup(description) ? description : null) };
}

/** Reads one RSS item; `core` lists the namespaces of the format's own elements. */
export function readRssItem(item: XmlElement, core: NamespaceMatch, context: FeedContext): FeedItem {
  const dublinCore = readDublinCore(item);
  const media = readMediaRss(item);
  return finishItem({
    guid: trimmedText(firstText(item, core, 'guid')),
    fallbackId: attributeOf(item, 'rdf:about') ?? attributeOf(item, 'about'),
    title: htmlToLine(markupOf(firstText(item, core, 'title'))) ?? htmlToLine(dublinCore.title) ?? media.title,
    link: rssLink(item, core) ?? guidLink(item, core),
    ...itemDates(item, core, dublinCore, context),
    authors: itemAuthors(item, core, dublinCore),
    ...itemText(item, core, dublinCore),
    categories: [
      ...childrenNamed(item, core, 'category').map((category) => htmlToLine(trimmedText(category))),
      ...dublinCore.subjects,
      ...readAtomCategories(item, 'atom'),
    ],
    enclosures: itemEnclosures(item, core),
    durationSeconds: readItunes(item).durationSeconds ?? media.durationSeconds,
  });
}
