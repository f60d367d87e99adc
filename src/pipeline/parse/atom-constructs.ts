/** Atom's building blocks, also met inside RSS: text constructs (text/html/xhtml), links, people, categories. */
import type { FeedPerson } from '../../domain/feed.js';
import { resolveUrl } from '../../shared/url.js';
import { makePerson } from './people.js';
import { resolveReference } from './references.js';
import { htmlToText, textToHtml, tidyText } from './text.js';
import {
  attributeOf,
  childrenNamed,
  elementsOf,
  firstText,
  hasElementChildren,
  markupOf,
  serializeChildren,
  textOf,
  trimmedText,
  type NamespaceMatch,
  type XmlElement,
} from './xml-node.js';

export interface TextConstruct {
  /** Plain text. */
  text: string | null;
  /** HTML (escaped text for type="text"). */
  html: string | null;
}

function xhtmlMarkup(element: XmlElement): string | null {
  // Atom wraps inline XHTML in one <div xmlns="http://www.w3.org/1999/xhtml"> that is not part of the content.
  const children = elementsOf(element);
  const only = children.length === 1 && textOf(element).trim() === textOf(children[0]!).trim() ? children[0]! : null;
  const inner = only && only.local.toLowerCase() === 'div' ? serializeChildren(only) : serializeChildren(element);
  return inner.trim() === '' ? null : inner.trim();
}

// Atom carries other media types base64-encoded; only what decodes to clean UTF-8 is text a reader can show.
function decodeBase64Text(raw: string): string | null {
  const compact = raw.replace(/\s+/g, '');
  if (compact === '' || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return null;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(compact, 'base64'));
    // eslint-disable-next-line no-control-regex -- control characters mark binary data, which is what this test is for
    return /[\u0000-\u0008\u000E-\u001F]/.test(text) ? null : text;
  } catch {
    return null;
  }
}

/**
 * A text construct whose other form is derived when first read: content is read for its HTML, titles and summaries
 * for their text. A class, so that every construct shares one shape (object literals with getters each get their own).
 */
class LazyConstruct implements TextConstruct {
  private textForm: string | null | undefined;
  private htmlForm: string | null | undefined;

  constructor(text: string | null | undefined, html: string | null | undefined) {
    this.textForm = text;
    this.htmlForm = html;
  }

  get text(): string | null {
    if (this.textForm === undefined) this.textForm = htmlToText(this.htmlForm ?? null);
    return this.textForm;
  }

  get html(): string | null {
    if (this.htmlForm === undefined) this.htmlForm = textToHtml(this.textForm ?? null);
    return this.htmlForm;
  }
}

const EMPTY_CONSTRUCT: TextConstruct = new LazyConstruct(null, null);

function fromHtml(html: string | null): TextConstruct {
  return new LazyConstruct(undefined, html);
}

function otherMediaType(element: XmlElement, type: string): TextConstruct {
  if (/[+/]xml$/.test(type)) return fromHtml(xhtmlMarkup(element));
  const raw = textOf(element).trim();
  const decoded = decodeBase64Text(raw);
  if (decoded === null && /^(?:image|audio|video|application\/octet-stream)/.test(type)) return EMPTY_CONSTRUCT;
  return new LazyConstruct(tidyText(decoded ?? raw), undefined);
}

/** Reads an Atom text construct (Atom 1.0 type="text|html|xhtml", Atom 0.3 mode="xml|escaped|base64"). */
export function readTextConstruct(element: XmlElement | null): TextConstruct {
  if (!element) return EMPTY_CONSTRUCT;
  const type = (attributeOf(element, 'type') ?? 'text').trim().toLowerCase();
  const mode = (attributeOf(element, 'mode') ?? '').trim().toLowerCase();
  const isHtml = type === 'html' || type === 'text/html';
  const isXhtml = type === 'xhtml' || type === 'application/xhtml+xml';
  if (!isHtml && !isXhtml && type !== 'text' && !type.startsWith('text/')) return otherMediaType(element, type);
  let html: string | null;
  if (mode === 'base64') {
    const decoded = decodeBase64Text(textOf(element));
    html = isHtml || isXhtml ? decoded : textToHtml(decoded);
  } else if (isXhtml || (mode === 'xml' && isHtml)) html = xhtmlMarkup(element);
  else if (isHtml || mode === 'escaped') html = markupOf(element);
  else return plainConstruct(element);
  return fromHtml(html);
}

function plainConstruct(element: XmlElement): TextConstruct {
  return new LazyConstruct(tidyText(textOf(element)), undefined);
}

/** Resolves the href of an Atom link against its xml:base. */
export function linkHref(link: XmlElement): string | null {
  const href = attributeOf(link, 'href');
  if (href === null) return null;
  // An empty href is a same-document reference: the base itself.
  return href.trim() === '' ? (link.hasXmlBase ? link.base : null) : resolveReference(href, link.base);
}

/** Returns an Atom link's relation, "alternate" when absent as the spec says. */
export function linkRel(link: XmlElement): string {
  return (attributeOf(link, 'rel') ?? 'alternate').trim().toLowerCase() || 'alternate';
}

/** Picks the page link among Atom links: an HTML alternate first, then any alternate. */
export function alternateLink(links: XmlElement[]): string | null {
  let first: string | null = null;
  for (const link of links) {
    if (linkRel(link) !== 'alternate') continue;
    const href = linkHref(link);
    if (!href) continue;
    if (/html/i.test(attributeOf(link, 'type') ?? 'text/html')) return href;
    first ??= href;
  }
  return first;
}

/** Returns the href of the first link with a relation. */
export function linkWithRel(links: XmlElement[], rel: string): string | null {
  for (const link of links) {
    if (linkRel(link) !== rel) continue;
    const href = linkHref(link);
    if (href) return href;
  }
  return null;
}

/** Reads Atom person constructs (author, contributor) in a namespace. */
export function readAtomPeople(parent: XmlElement, namespace: NamespaceMatch, local: string): FeedPerson[] {
  const people: FeedPerson[] = [];
  for (const element of childrenNamed(parent, namespace, local)) {
    const person = readAtomPerson(element, namespace);
    if (person) people.push(person);
  }
  return people;
}

function readAtomPerson(person: XmlElement, namespace: NamespaceMatch): FeedPerson | null {
  // Atom 0.3 called the URI <url> or <homepage>.
  const uri =
    trimmedText(firstText(person, namespace, 'uri')) ||
    trimmedText(firstText(person, namespace, 'url')) ||
    trimmedText(firstText(person, namespace, 'homepage')) ||
    null;
  const name = trimmedText(firstText(person, namespace, 'name')) ?? (hasElementChildren(person) ? null : trimmedText(person));
  return makePerson(name, trimmedText(firstText(person, namespace, 'email')), uri ? (resolveUrl(uri, person.base) ?? uri) : null);
}

/** Reads Atom categories: the human label when given, else the term. */
export function readAtomCategories(parent: XmlElement, namespace: NamespaceMatch): string[] {
  const labels: string[] = [];
  for (const category of childrenNamed(parent, namespace, 'category')) {
    const label = (attributeOf(category, 'label') ?? '').trim() || (attributeOf(category, 'term') ?? '').trim() || trimmedText(category);
    if (label) labels.push(label);
  }
  return labels;
}
