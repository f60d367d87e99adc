/** Maps Atom 1.0 and Atom 0.3 documents to the domain's ParsedFeed. */
import type { FeedItem, FeedPerson } from '../../domain/feed.js';
import { resolveUrl } from '../../shared/url.js';
import { alternateLink, linkHref, linkRel, linkWithRel, readAtomCategories, readAtomPeople, readTextConstruct } from './atom-constructs.js';
import { readDublinCore, readItunes, readMediaRss, type DublinCore } from './extensions.js';
import { checkAtomEntry, checkAtomFeed } from './feed-checks.js';
import { readDate, type AdaptedFeed, type FeedContext } from './feed-context.js';
import { absolutizeHtml } from './html-links.js';
import { finishItem, makeEnclosure } from './item-builder.js';
import { appendAll } from './lists.js';
import { resolveReference } from './references.js';
import { htmlToLine } from './text.js';
import { attributeOf, childNamed, childrenNamed, firstText, trimmedText, type NamespaceMatch, type XmlElement } from './xml-node.js';

/** What every entry reader needs: the namespaces Atom's elements are in, the feed's authors, the shared context. */
interface AtomScope {
  core: NamespaceMatch;
  feedAuthors: FeedPerson[];
  context: FeedContext;
}

function firstDate(element: XmlElement, core: NamespaceMatch, locals: string[], context: FeedContext): string | null {
  for (const local of locals) {
    const text = trimmedText(firstText(element, core, local));
    if (text !== null) return readDate(context, local, text, 'rfc3339');
  }
  return null;
}

function entryDates(entry: XmlElement, dublinCore: DublinCore, scope: AtomScope): { published: string | null; updated: string | null } {
  const dcDate = dublinCore.date;
  // Atom 0.3 called these issued/created and modified.
  const published = firstDate(entry, scope.core, ['published', 'issued', 'created'], scope.context);
  return {
    published: published ?? (dcDate ? readDate(scope.context, 'dc:date', dcDate, 'w3cdtf') : null),
    updated: firstDate(entry, scope.core, ['updated', 'modified'], scope.context),
  };
}

function entryContent(entry: XmlElement, core: NamespaceMatch): string | null {
  const content = childNamed(entry, core, 'content');
  // Out-of-line content (src="…") is a link to the article, not the article.
  if (!content || attributeOf(content, 'src')) return null;
  return absolutizeHtml(readTextConstruct(content).html, content.base);
}

function entryAuthors(entry: XmlElement, dublinCore: DublinCore, scope: AtomScope): FeedPerson[] {
  const own = readAtomPeople(entry, scope.core, 'author');
  if (own.length > 0) return own;
  const source = childNamed(entry, scope.core, 'source');
  const fromSource = source ? readAtomPeople(source, scope.core, 'author') : [];
  if (fromSource.length > 0) return fromSource;
  const creators = dublinCore.creators.map((name) => ({ name, email: null, uri: null }));
  // RFC 4287 §4.2.1: an entry without an author inherits the feed's.
  return creators.length > 0 ? creators : scope.feedAuthors;
}

function entryId(entry: XmlElement, core: NamespaceMatch): string | null {
  const element = firstText(entry, core, 'id');
  const id = trimmedText(element);
  // xml:base applies to IRIs: a relative id under an explicit xml:base names the resolved IRI.
  if (!element || !id || !element.hasXmlBase || /^[a-z][a-z0-9+.-]*:/i.test(id)) return id;
  return resolveUrl(id, element.base) ?? id;
}

function readEntry(entry: XmlElement, scope: AtomScope): FeedItem {
  const links = childrenNamed(entry, scope.core, 'link');
  const media = readMediaRss(entry);
  const itunes = readItunes(entry);
  const dublinCore = readDublinCore(entry);
  const enclosures = links
    .filter((link) => linkRel(link) === 'enclosure')
    .map((link) => makeEnclosure(linkHref(link), attributeOf(link, 'type'), attributeOf(link, 'length'), null));
  const guid = entryId(entry, scope.core);
  const title = htmlToLine(readTextConstruct(childNamed(entry, scope.core, 'title')).text);
  const link = alternateLink(links) ?? linkWithRel(links, 'related');
  const { published, updated } = entryDates(entry, dublinCore, scope);
  const authors = entryAuthors(entry, dublinCore, scope);
  const summary = readTextConstruct(childNamed(entry, scope.core, 'summary')).text ?? media.description ?? itunes.summary;
  const contentHtml = entryContent(entry, scope.core);
  const categories: Array<string | null> = readAtomCategories(entry, scope.core);
  appendAll(categories, dublinCore.subjects);
  appendAll(enclosures, media.enclosures);
  const durationSeconds = itunes.durationSeconds ?? media.durationSeconds;
  // Named fields rather than spreads: this runs for every entry.
  return finishItem({ guid, title, link, published, updated, authors, summary, contentHtml, categories, enclosures, durationSeconds });
}

/** Returns the Atom version a root element declares: "0.3" for the purl.org namespace or version attribute, else "1.0". */
export function atomVersion(root: XmlElement): string {
  const declared = attributeOf(root, 'version')?.trim();
  if (declared) return declared;
  return /purl\.org\/atom\/ns/i.test(root.attributes['xmlns'] ?? '') ? '0.3' : '1.0';
}

// A <feed> root outside the Atom namespace is still read as Atom, with its own namespace taken as Atom's.
function atomNamespaces(root: XmlElement, context: FeedContext): NamespaceMatch {
  if (root.namespace === 'atom') return 'atom';
  context.warnings.add(
    `feed: <feed> is not in the Atom namespace (${root.attributes['xmlns'] ? `xmlns="${root.attributes['xmlns']}"` : 'none declared'}); read as Atom`,
  );
  return ['atom', root.namespace];
}

function adaptEntryDocument(root: XmlElement, context: FeedContext): AdaptedFeed {
  const scope: AtomScope = { core: 'atom', feedAuthors: [], context };
  context.language = root.lang;
  checkAtomEntry(root, 'atom', '1.0', context.warnings);
  return { format: 'atom', version: '1.0', title: null, link: null, language: context.language, items: [readEntry(root, scope)] };
}

/** Reads an Atom feed rooted at <feed>, or an Atom Entry Document (a lone <entry>) as a one-item feed. */
export function adaptAtom(root: XmlElement, context: FeedContext): AdaptedFeed {
  if (root.local === 'entry') return adaptEntryDocument(root, context);
  const core = atomNamespaces(root, context);
  const version = atomVersion(root);
  checkAtomFeed(root, core, version, context.warnings);
  const links = childrenNamed(root, core, 'link');
  const scope: AtomScope = { core, feedAuthors: readAtomPeople(root, core, 'author'), context };
  context.language = root.lang ?? readDublinCore(root).language;
  const entries = childrenNamed(root, core, 'entry');
  for (const entry of entries) checkAtomEntry(entry, core, version, context.warnings);
  return {
    format: 'atom',
    version,
    title: htmlToLine(readTextConstruct(childNamed(root, core, 'title')).text),
    link: alternateLink(links),
    language: context.language,
    description: readTextConstruct(childNamed(root, core, 'subtitle') ?? childNamed(root, core, 'tagline')).text,
    feedUrl: linkWithRel(links, 'self'),
    image: resolveReference(trimmedText(firstText(root, core, 'logo')) ?? trimmedText(firstText(root, core, 'icon')), root.base),
    authors: scope.feedAuthors,
    updated: firstDate(root, core, ['updated', 'modified'], context),
    items: entries.map((entry) => readEntry(entry, scope)),
  };
}
