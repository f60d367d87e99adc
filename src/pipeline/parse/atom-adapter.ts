/** Maps Atom 1.0 and Atom 0.3 documents to the domain's ParsedFeed. */
import type { FeedItem, FeedPerson } from '../../domain/feed.js';
import { alternateLink, linkHref, linkRel, linkWithRel, readAtomCategories, readAtomPeople, readTextConstruct } from './atom-constructs.js';
import { readDublinCore, readMediaRss, readItunes } from './extensions.js';
import { readDate, type AdaptedFeed, type FeedContext } from './feed-context.js';
import { finishItem, makeEnclosure } from './item-builder.js';
import { htmlToLine } from './text.js';
import { attributeOf, childNamed, childrenNamed, firstText, trimmedText, type XmlElement } from './xml-node.js';

const ATOM = 'atom';

function entryDates(entry: XmlElement, context: FeedContext): { published: string | null; updated: string | null } {
  const text = (local: string): string | null => trimmedText(firstText(entry, ATOM, local));
  const dublinCore = readDublinCore(entry);
  // Atom 0.3 called these issued/created and modified.
  const publishedField = ['published', 'issued', 'created'].find((local) => text(local) !== null);
  const updatedField = ['updated', 'modified'].find((local) => text(local) !== null);
  const published = publishedField ? readDate(context, publishedField, text(publishedField), 'rfc3339') : null;
  const updated = updatedField ? readDate(context, updatedField, text(updatedField), 'rfc3339') : null;
  return {
    published: published ?? (dublinCore.date ? readDate(context, 'dc:date', dublinCore.date, 'rfc3339') : null),
    updated,
  };
}

function entryContent(entry: XmlElement): string | null {
  const content = childNamed(entry, ATOM, 'content');
  // Out-of-line content (src="…") is a link to the article, not the article.
  if (!content || attributeOf(content, 'src')) return null;
  return readTextConstruct(content).html;
}

function entryAuthors(entry: XmlElement, feedAuthors: FeedPerson[]): FeedPerson[] {
  const own = readAtomPeople(entry, ATOM, 'author');
  if (own.length > 0) return own;
  const source = childNamed(entry, ATOM, 'source');
  const fromSource = source ? readAtomPeople(source, ATOM, 'author') : [];
  if (fromSource.length > 0) return fromSource;
  const dublinCore = readDublinCore(entry).creators.map((name) => ({ name, email: null, uri: null }));
  // RFC 4287 §4.2.1: an entry without an author inherits the feed's.
  return dublinCore.length > 0 ? dublinCore : feedAuthors;
}

function readEntry(entry: XmlElement, feedAuthors: FeedPerson[], context: FeedContext): FeedItem {
  const links = childrenNamed(entry, ATOM, 'link');
  const media = readMediaRss(entry);
  const summary = readTextConstruct(childNamed(entry, ATOM, 'summary')).text;
  const enclosures = links
    .filter((link) => linkRel(link) === 'enclosure')
    .map((link) => makeEnclosure(linkHref(link), attributeOf(link, 'type'), attributeOf(link, 'length'), null));
  return finishItem({
    guid: trimmedText(firstText(entry, ATOM, 'id')),
    title: htmlToLine(readTextConstruct(childNamed(entry, ATOM, 'title')).text),
    link: alternateLink(links) ?? linkWithRel(links, 'related'),
    ...entryDates(entry, context),
    authors: entryAuthors(entry, feedAuthors),
    summary: summary ?? media.description ?? readItunes(entry).summary,
    contentHtml: entryContent(entry),
    categories: [...readAtomCategories(entry, ATOM), ...readDublinCore(entry).subjects],
    enclosures: [...enclosures, ...media.enclosures],
    durationSeconds: readItunes(entry).durationSeconds ?? media.durationSeconds,
  });
}

/** Returns the Atom version a root element declares: "0.3" for the purl.org namespace or version attribute, else "1.0". */
export function atomVersion(root: XmlElement): string {
  const declared = attributeOf(root, 'version')?.trim();
  if (declared) return declared;
  return /purl\.org\/atom\/ns/i.test(root.attributes['xmlns'] ?? '') ? '0.3' : '1.0';
}

/** Reads an Atom feed rooted at <feed>. */
export function adaptAtom(root: XmlElement, context: FeedContext): AdaptedFeed {
  const links = childrenNamed(root, ATOM, 'link');
  const authors = readAtomPeople(root, ATOM, 'author');
  context.language = root.lang ?? readDublinCore(root).language;
  const subtitle = childNamed(root, ATOM, 'subtitle') ?? childNamed(root, ATOM, 'tagline');
  const image = trimmedText(firstText(root, ATOM, 'logo')) ?? trimmedText(firstText(root, ATOM, 'icon'));
  return {
    format: 'atom',
    version: atomVersion(root),
    title: htmlToLine(readTextConstruct(childNamed(root, ATOM, 'title')).text),
    link: alternateLink(links),
    language: context.language,
    description: readTextConstruct(subtitle).text,
    feedUrl: linkWithRel(links, 'self'),
    image: image ? linkHrefLike(image, root) : null,
    authors,
    items: childrenNamed(root, ATOM, 'entry').map((entry) => readEntry(entry, authors, context)),
  };
}

function linkHrefLike(url: string, element: XmlElement): string {
  try {
    return new URL(url, element.base ?? undefined).toString();
  } catch {
    return url;
  }
}
