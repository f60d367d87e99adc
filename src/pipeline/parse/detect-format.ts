/** Tells feeds from web pages and other documents: first by sniffing the body, then by the XML root element. */
import type { XmlElement } from './xml-node.js';

export type BodyKind = 'empty' | 'json' | 'xml' | 'html' | 'text';

// Past BOMs, whitespace, comments and processing instructions, what the document opens with.
function opening(head: string): string {
  return head.replace(/^[\uFEFF\uFFFE\s]+/, '').replace(/^(?:(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->)\s*)+/, '');
}

/** Classifies a body from its first kilobytes (read as Latin-1 when still bytes, NULs of UTF-16 dropped). */
export function sniffBody(body: Buffer | string): BodyKind {
  // UTF-16 puts a NUL beside every ASCII character; dropping them leaves the markup readable.
  const head = typeof body === 'string' ? body.slice(0, 4096) : body.subarray(0, 4096).toString('latin1').split('\u0000').join('');
  if (head.replace(/^[\uFEFF\u00EF\u00BB\u00BF\u00FE\u00FF\s]+/, '') === '') return 'empty';
  const start = opening(head.replace(/^(?:\u00EF\u00BB\u00BF|\u00FE\u00FF|\u00FF\u00FE)/, ''));
  if (/^[{[]/.test(start)) return 'json';
  if (/^<!doctype\s+html|^<html[\s>]|^<head[\s>]|^<body[\s>]/i.test(start)) return 'html';
  if (start.startsWith('<')) return 'xml';
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
