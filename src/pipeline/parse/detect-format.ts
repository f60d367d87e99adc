/** Tells feeds from web pages and other documents: first by sniffing the body, then by the XML root element. */
import type { XmlElement } from './xml-node.js';

export type BodyKind = 'empty' | 'json' | 'xml' | 'html' | 'text';

// What the document opens with, past a byte-order mark, whitespace, comments and processing instructions: found as an
// offset with sticky patterns rather than by copying the head without them, as every feed goes through here.
const BYTE_ORDER_MARK = /(?:\u00EF\u00BB\u00BF|\u00FE\u00FF|\u00FF\u00FE)?/y;
const LEADING_SPACE = /[\uFEFF\uFFFE\s]*/y;
const PROLOG = /(?:(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->)\s*)*/y;
const HTML_OPENING = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/iy;

function matchAt(pattern: RegExp, text: string, offset: number): number {
  pattern.lastIndex = offset;
  return pattern.test(text) ? pattern.lastIndex : offset;
}

function openingOffset(head: string): number {
  const past = matchAt(LEADING_SPACE, head, matchAt(BYTE_ORDER_MARK, head, 0));
  return matchAt(PROLOG, head, past);
}

function latin1Head(body: Buffer): string {
  const bytes = body.subarray(0, 4096);
  const head = bytes.toString('latin1');
  return bytes.includes(0) ? head.split('\u0000').join('') : head;
}

/** Classifies a body from its first kilobytes (read as Latin-1 when still bytes, NULs of UTF-16 dropped). */
export function sniffBody(body: Buffer | string): BodyKind {
  // UTF-16 puts a NUL beside every ASCII character; dropping them leaves the markup readable.
  const head = typeof body === 'string' ? body.slice(0, 4096) : latin1Head(body);
  if (/^[\uFEFF\u00EF\u00BB\u00BF\u00FE\u00FF\s]*$/.test(head)) return 'empty';
  const start = openingOffset(head);
  const first = head.charAt(start);
  if (first === '{' || first === '[') return 'json';
  if (matchAt(HTML_OPENING, head, start) > start) return 'html';
  if (first === '<') return 'xml';
  // Servers sometimes print warnings before the feed; look for a feed root further in.
  if (/<\?xml|<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]/i.test(head)) return 'xml';
  if (/<html[\s>]|<!doctype\s+html/i.test(head)) return 'html';
  return 'text';
}

export type RootKind = 'rss' | 'rdf' | 'rss11' | 'atom' | 'html' | 'opml' | 'other';

/** Classifies an XML root element. */
export function classifyRoot(root: XmlElement): RootKind {
  const local = root.local.toLowerCase();
  if (local === 'rss') return 'rss';
  if (local === 'rdf' && (root.namespace === 'rdf' || root.name.includes(':'))) return 'rdf';
  if (root.local === 'Channel' && root.namespace === 'rss') return 'rss11';
  if (local === 'feed') return 'atom';
  // RFC 4287 §4.1.2: an Atom Entry Document is a single <entry> root.
  if (local === 'entry' && root.namespace === 'atom') return 'atom';
  if (local === 'html') return 'html';
  if (local === 'opml') return 'opml';
  // Some RSS 0.9x generators emit a bare <channel> root.
  if (local === 'channel') return 'rss';
  return 'other';
}
