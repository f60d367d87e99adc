/** Atom's building blocks, also met inside RSS: text constructs (text/html/xhtml), links, people, categories. */
import type { FeedPerson } from '../../domain/feed.js';
import { resolveUrl } from '../../shared/url.js';
import { makePerson } from './people.js';
import { htmlToText, textToHtml, tidyText } from './text.js';
import { attributeOf, childrenNamed, elementsOf, firstText, markupOf, serializeChildren, textOf, trimmedText, type XmlElement } from './xml-node.js';

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

function decodeBase64(element: XmlElement): string | null {
  const decoded = Buffer.from(textOf(element).replace(/\s+/g, ''), 'base64').toString('utf8');
  return decoded.trim() === '' ? null : decoded;
}

/** Reads an Atom text construct (Atom 1.0 type="text|html|xhtml", Atom 0.3 mode="xml|escaped|base64"). */
export function readTextConstruct(element: XmlElement | null): TextConstruct {
  if (!element) return { text: null, html: null };
  const type = (attributeOf(element, 'type') ?? 'text').trim().toLowerCase();
  const mode = (attributeOf(element, 'mode') ?? '').trim().toLowerCase();
  const isHtml = type === 'html' || type === 'text/html';
  const isXhtml = type === 'xhtml' || type === 'application/xhtml+xml';
  let html: string | null;
  if (mode === 'base64') html = isHtml || isXhtml ? decodeBase64(element) : textToHtml(decodeBase64(element));
  else if (isXhtml || (mode === 'xml' && isHtml)) html = xhtmlMarkup(element);
  else if (isHtml || mode === 'escaped') html = markupOf(element);
  else if (type === 'text' || type === 'text/plain' || type.startsWith('text/')) return plainConstruct(element);
  // Other media types (images, arbitrary XML) are not text a reader can show.
  else return { text: null, html: null };
  return { text: htmlToText(html), html };
}

function plainConstruct(element: XmlElement): TextConstruct {
  const text = tidyText(textOf(element));
  return { text, html: textToHtml(text) };
}

/** Resolves the href of an Atom link against its xml:base. */
export function linkHref(link: XmlElement): string | null {
  const href = attributeOf(link, 'href');
  return href && href.trim() !== '' ? resolveUrl(href, link.base) : null;
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
export function readAtomPeople(parent: XmlElement, namespace: string, local: string): FeedPerson[] {
  return childrenNamed(parent, namespace, local)
    .map((person) => {
      const uri = trimmedText(firstText(person, namespace, 'uri')) ?? trimmedText(firstText(person, namespace, 'url'));
      const name = trimmedText(firstText(person, namespace, 'name')) ?? (elementsOf(person).length === 0 ? trimmedText(person) : null);
      return makePerson(name, trimmedText(firstText(person, namespace, 'email')), uri ? resolveUrl(uri, person.base) ?? uri : null);
    })
    .filter((person): person is FeedPerson => person !== null);
}

/** Reads Atom categories: the human label when given, else the term. */
export function readAtomCategories(parent: XmlElement, namespace: string): string[] {
  return childrenNamed(parent, namespace, 'category')
    .map((category) => (attributeOf(category, 'label') ?? '').trim() || (attributeOf(category, 'term') ?? '').trim() || trimmedText(category))
    .filter((label): label is string => !!label);
}
