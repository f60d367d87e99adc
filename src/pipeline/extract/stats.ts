/** Text statistics of the light tree: visible text and link text lengths per element, and plain-text helpers. */
import type { LightElement, LightNode } from './light-tree.js';

/** Counts the characters of a text run with whitespace runs counted once and ends trimmed. */
export function visibleLength(text: string): number {
  let length = 0;
  let inSpace = true;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const space = code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 160;
    if (space) {
      if (!inSpace) length += 1;
      inSpace = true;
    } else {
      length += 1;
      inSpace = false;
    }
  }
  return inSpace && length > 0 ? length - 1 : length;
}

function ownTextOf(element: LightElement): { length: number; commas: number } {
  if (element.ownText) return element.ownText;
  let length = 0;
  let commas = 0;
  for (const child of element.children) {
    if (typeof child !== 'string' || child === ' ') continue;
    const visible = visibleLength(child);
    length += visible;
    if (visible > 0) commas += countCommas(child);
  }
  element.ownText = { length, commas };
  return element.ownText;
}

/** Fills textLength, linkLength and commaCount on every element; pruned subtrees count as empty when `skipPruned`. */
export function computeStats(element: LightElement, skipPruned: boolean, inLink = false): void {
  const own = ownTextOf(element);
  const linkHere = inLink || element.tag === 'a';
  let text = own.length;
  let link = linkHere ? own.length : 0;
  let commas = linkHere ? 0 : own.commas;
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    computeStats(child, skipPruned, linkHere);
    if (skipPruned && child.pruned !== 0) continue;
    text += child.textLength;
    link += child.linkLength;
    commas += child.commaCount;
  }
  element.textLength = text;
  element.linkLength = link;
  element.commaCount = commas;
}

/** Returns the share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(element: LightElement): number {
  return element.textLength === 0 ? 0 : element.linkLength / element.textLength;
}

/** Concatenates the raw text below an element (no block breaks), skipping pruned subtrees. */
export function rawText(element: LightElement, skipPruned = true): string {
  const parts: string[] = [];
  const visit = (node: LightNode): void => {
    if (typeof node === 'string') {
      parts.push(node);
      return;
    }
    if (skipPruned && node.pruned !== 0) return;
    for (const child of node.children) visit(child);
  };
  for (const child of element.children) visit(child);
  return parts.join('');
}

/** Counts commas (Latin and CJK), a cheap sign of prose. */
export function countCommas(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 44 || code === 0xff0c || code === 0x3001) count += 1;
  }
  return count;
}

const CAMEL = /([a-z])([A-Z])/g;

/** Returns the class and id of an element as one string for pattern tests, camelCase split ("authorBox" → "author-Box"). */
export function classAndId(element: LightElement): string {
  if (element.names !== undefined) return element.names;
  const { class: className, id } = element.attrs;
  element.names = className === undefined && id === undefined ? '' : `${className ?? ''} ${id ?? ''}`.replace(CAMEL, '$1-$2');
  return element.names;
}
