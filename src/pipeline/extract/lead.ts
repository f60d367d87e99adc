/** Finds the article's lead paragraph (standfirst, deck, intro) when the template puts it outside the body container. */
import { LEAD_CLASS } from './boilerplate-patterns.js';
import type { LightElement } from './light-tree.js';
import { classAndId, linkDensity } from './stats.js';

const MAX_LEVELS = 6;
const MIN_LEAD_CHARS = 40;
const MAX_LEAD_CHARS = 1500;

function isLead(element: LightElement, insideHeader: boolean): boolean {
  if (element.pruned !== 0) return false;
  const prose = element.textLength - element.linkLength;
  if (prose < MIN_LEAD_CHARS || prose > MAX_LEAD_CHARS || linkDensity(element) > 0.3) return false;
  const names = classAndId(element);
  if (names !== '' && LEAD_CLASS.test(names)) return true;
  // A paragraph in the article's own <header> is its standfirst.
  return insideHeader && (element.tag === 'p' || element.tag === 'h2' || element.tag === 'h3') && prose >= 80;
}

function underHeader(element: LightElement): boolean {
  for (let node = element.parent; node; node = node.parent) if (node.tag === 'header') return true;
  return false;
}

/** Tells whether a block of the text is the page's standfirst: the lead element itself, inside it, or lead-like in place. */
export function isStandfirst(block: LightElement, lead: LightElement | null): boolean {
  for (let node: LightElement | null = block; node; node = node.parent) if (node === lead) return true;
  return isLead(block, underHeader(block));
}

/** Searches a subtree in document order for the last lead-like element. */
function lastLeadIn(element: LightElement, insideHeader: boolean): LightElement | null {
  if (element.pruned !== 0) return null;
  if (isLead(element, insideHeader)) return element;
  const header = insideHeader || element.tag === 'header';
  let found: LightElement | null = null;
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    found = lastLeadIn(child, header) ?? found;
  }
  return found;
}

/** Returns the nearest lead-like element placed before the container within its article, or null. */
export function findLead(container: LightElement): LightElement | null {
  let path = container;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const parent = path.parent;
    if (!parent || parent.tag === 'body' || parent.tag === '#root') return null;
    let found: LightElement | null = null;
    for (const sibling of parent.children) {
      if (sibling === path) break;
      if (typeof sibling !== 'string') found = lastLeadIn(sibling, false) ?? found;
    }
    if (found) return found;
    path = parent;
  }
  return null;
}
