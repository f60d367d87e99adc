/** Renders the kept part of the main container as plain text and as safe allow-listed HTML (the sanitiser's URL and pixel rules). */
import { escapeAttribute, escapeText } from 'entities';
import { LINK_REL, isTrackingPixel, safeUrl } from '../sanitize/index.js';
import type { LightElement, LightNode } from './light-tree.js';

/** Tags copied as they are into the article HTML. */
const KEPT_TAGS = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'code',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'figure',
  'figcaption',
  'hr',
  'br',
  'a',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'abbr',
  'q',
  'cite',
  'time',
  'img',
]);
/** Block containers that become paragraphs when they hold text directly. */
const PARAGRAPH_LIKE = new Set([
  '#p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'center',
  'address',
  'details',
  'summary',
  'form',
  'fieldset',
]);
const VOID_TAGS = new Set(['br', 'hr', 'img']);
const ATTRIBUTES: Record<string, string[]> = {
  a: ['title'],
  img: ['alt', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  time: ['datetime'],
};

// Lazy-loading pages keep the real image address in a data attribute and a placeholder in src.
function imageSource(attrs: Record<string, string>): string | undefined {
  const lazy = attrs['data-src'] ?? attrs['data-original'] ?? attrs['data-lazy-src'] ?? attrs['data-url'];
  const src = attrs.src;
  if (lazy && (!src || src.startsWith('data:') || /blank|placeholder|spacer|lazy/i.test(src))) return lazy;
  return src;
}

// Only fixed tag and attribute names are written, values escaped, URLs passed through the sanitiser's
// scheme allow-list: the output needs no second sanitising pass.
function openTag(tag: string, element: LightElement, baseUrl: string | null): string | null {
  let html = `<${tag}`;
  if (tag === 'a') {
    const href = element.attrs.href === undefined ? null : safeUrl(element.attrs.href, 'link', baseUrl);
    if (href) html += ` href="${escapeAttribute(href)}"`;
    html += ` rel="${LINK_REL}"`;
  } else if (tag === 'img') {
    const raw = imageSource(element.attrs);
    const src = raw === undefined ? null : safeUrl(raw, 'image', baseUrl);
    if (!src || isTrackingPixel({ ...element.attrs, src }, baseUrl ?? undefined)) return null;
    html += ` src="${escapeAttribute(src)}"`;
  }
  for (const name of ATTRIBUTES[tag] ?? []) {
    const value = element.attrs[name];
    if (value !== undefined) html += ` ${name}="${escapeAttribute(value)}"`;
  }
  return `${html}>`;
}

function holdsBlocks(element: LightElement): boolean {
  return element.children.some(
    (child) => typeof child !== 'string' && (PARAGRAPH_LIKE.has(child.tag) || KEPT_TAGS.has(child.tag)) && !isInline(child.tag),
  );
}

const INLINE_TAGS = new Set([
  'a',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'abbr',
  'q',
  'cite',
  'time',
  'img',
  'br',
  'code',
]);

function isInline(tag: string): boolean {
  return INLINE_TAGS.has(tag);
}

/** Serialises the kept subtree: known tags stay, paragraph-like wrappers become <p> or vanish, the rest unwraps. */
export function renderHtml(element: LightElement, baseUrl: string | null, out: string[] = [], inPre = false): string[] {
  for (const child of element.children) renderNode(child, baseUrl, out, inPre);
  return out;
}

function renderNode(node: LightNode, baseUrl: string | null, out: string[], inPre: boolean): void {
  if (typeof node === 'string') {
    out.push(escapeText(inPre ? node : node.replace(/\s+/g, ' ')));
    return;
  }
  if (node.pruned !== 0) return;
  let tag = node.tag === 'h1' ? 'h2' : node.tag === 'tt' ? 'code' : node.tag;
  if (PARAGRAPH_LIKE.has(tag)) tag = holdsBlocks(node) || node.textLength === 0 ? '' : 'p';
  else if (!KEPT_TAGS.has(tag)) tag = '';
  const open = tag === '' ? null : openTag(tag, node, baseUrl);
  if (open === null) {
    if (tag !== 'img') renderHtml(node, baseUrl, out, inPre);
    return;
  }
  out.push(open);
  if (VOID_TAGS.has(tag)) return;
  renderHtml(node, baseUrl, out, inPre || tag === 'pre');
  out.push(`</${tag}>`);
}

const EDGE_SPACE =
  /<(p|h[2-6]|li|dt|dd|td|th|caption|figcaption|blockquote)>\s+|\s+<\/(p|h[2-6]|li|dt|dd|td|th|caption|figcaption|blockquote)>/g;

/** Renders one chosen container: its own tag when it is article markup (a paragraph, a list), else only its content. */
export function renderContainer(container: LightElement, baseUrl: string | null): string {
  const out: string[] = [];
  const ownTag = container.tag === 'h1' || container.tag === '#p' || KEPT_TAGS.has(container.tag);
  if (ownTag) renderNode(container, baseUrl, out, false);
  else renderHtml(container, baseUrl, out);
  // Source indentation leaves spaces just inside block tags; they carry nothing.
  return out.join('').replace(EDGE_SPACE, (match, open?: string, close?: string) => (open ? `<${open}>` : `</${close}>`));
}

/** Joins kept leaf blocks into plain text: paragraphs by blank lines, list items and table rows by line breaks, cells by spaces. */
export function joinBlocks(blocks: Array<{ element: LightElement; text: string }>): string {
  let text = '';
  let previous: LightElement | null = null;
  for (const block of blocks) {
    if (previous) text += separator(previous, block.element);
    text += block.text;
    previous = block.element;
  }
  return text;
}

function nearest(element: LightElement, tags: string[]): LightElement | null {
  for (let node: LightElement | null = element; node; node = node.parent) if (tags.includes(node.tag)) return node;
  return null;
}

function separator(previous: LightElement, next: LightElement): string {
  const row = nearest(next, ['tr']);
  if (row && row === nearest(previous, ['tr'])) return ' ';
  const list = nearest(next, ['ul', 'ol', 'dl']);
  if ((list && list === nearest(previous, ['ul', 'ol', 'dl'])) || row) return '\n';
  return '\n\n';
}
