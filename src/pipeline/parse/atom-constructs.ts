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

function otherMediaType(element: XmlElement, type: string): TextConstruct {
  if (/[+/]xml$/.test(type)) {
    const html = xhtmlMarkup(element);
    return { text: htmlToText(html), html };
  }
  const raw = textOf(element).trim();
  const decoded = decodeBase64Text(raw);
  if (decoded === null && /^(?:image|audio|video|application\/octet-stream)/.test(type)) return { text: null, html: null };
  const text = tidyText(decoded ?? raw);
  return { text, html: textToHtml(text) };
}

/** Reads an Atom text construct (Atom 1.0 type="text|html|xhtml", Atom 0.3 mode="xml|escaped|base64"). */
export function readTextConstruct(element: XmlElement | null): TextConstruct {
  if (!element) return { text: null, html: null };
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
  return { text: htmlToText(html), html };
}

function plainConstruct(element: XmlElement): TextConstruct {
  const text = tidyText(textOf(element));
  return { text, html: textToHtml(text) };
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
  const alternates = links.filter((link) => linkRel(link) === 'alternate' && linkHref(link));
  const html = alternates.find((link) => /html/i.test(attributeOf(link, 'type') ?? 'text/html'));
  const chosen = html ?? alternates[0];
  return chosen ? linkHref(chosen) : null;
}

/** Returns the href of the first link with a relation. */
export function linkWithRel(links: XmlElement[], rel: string): string | null {
  const found = links.find((link) => linkRel(link) === rel && linkHref(link));
  return found ? linkHref(found) : null;
}

/** Reads Atom person constructs (author, contributor) in a namespace. */
export function readAtomPeople(parent: XmlElement, namespace: NamespaceMatch, local: string): FeedPerson[] {
  return childrenNamed(parent, namespace, local)
    .map((person) => {
      // Atom 0.3 called the URI <url> or <homepage>.
      const uri =
        ['uri', 'url', 'homepage'].map((local) => trimmedText(firstText(person, namespace, local))).find((value) => value) ?? null;
      const name = trimmedText(firstText(person, namespace, 'name')) ?? (elementsOf(person).length === 0 ? trimmedText(person) : null);
      return makePerson(name, trimmedText(firstText(person, namespace, 'email')), uri ? (resolveUrl(uri, person.base) ?? uri) : null);
    })
    .filter((person): person is FeedPerson => person !== null);
}

/** Reads Atom categories: the human label when given, else the term. */
export function readAtomCategories(parent: XmlElement, namespace: NamespaceMatch): string[] {
  return childrenNamed(parent, namespace, 'category')
    .map(
      (category) => (attributeOf(category, 'label') ?? '').trim() || (attributeOf(category, 'term') ?? '').trim() || trimmedText(category),
    )
    .filter((label): label is string => !!label);
}
