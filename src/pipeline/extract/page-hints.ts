/** Collects metadata the body itself carries: the first <h1>, <time> and itemprop dates, author and byline elements. */
import { PAYWALL_CLASS } from './boilerplate-patterns.js';
import type { LightElement } from './light-tree.js';
import { classAndId, rawText } from './stats.js';

/** Metadata found in the page body; every field optional. */
export interface PageHints {
  heading: string | null;
  published: string | null;
  updated: string | null;
  timeElement: string | null;
  author: string | null;
  /** An element with a paywall-like class or id was present. */
  paywallMarkup: boolean;
}

const BYLINE_CLASS = /(?:^|[\s_-])(?:byline|author|author-?name|by-?author|writer|autor|auteur|autore)(?=$|[\s_-])/i;

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function dateValue(element: LightElement): string | null {
  return element.attrs.datetime ?? element.attrs.content ?? (clean(rawText(element, false)) || null);
}

function noteAuthor(hints: PageHints, element: LightElement): void {
  if (hints.author) return;
  const { itemprop, rel } = element.attrs;
  const names = classAndId(element);
  const marked = (itemprop !== undefined && /\bauthor\b/i.test(itemprop)) || rel === 'author' || (names !== '' && BYLINE_CLASS.test(names));
  if (!marked) return;
  const text = clean(rawText(element, false));
  if (text.length > 1 && text.length <= 100) hints.author = text;
}

function noteElement(hints: PageHints, element: LightElement): void {
  const { itemprop } = element.attrs;
  if (element.tag === 'h1' && hints.heading === null) hints.heading = clean(rawText(element, false)) || null;
  if (itemprop === 'datePublished' && !hints.published) hints.published = dateValue(element);
  if (itemprop === 'dateModified' && !hints.updated) hints.updated = dateValue(element);
  if (element.tag === 'time' && !hints.timeElement && element.attrs.datetime) hints.timeElement = element.attrs.datetime;
  noteAuthor(hints, element);
  if (!hints.paywallMarkup) {
    const names = classAndId(element);
    if (names !== '' && PAYWALL_CLASS.test(names)) hints.paywallMarkup = true;
  }
}

/** Walks the whole tree (chrome included: bylines and dates live there) and returns what it finds. */
export function collectPageHints(root: LightElement): PageHints {
  const hints: PageHints = { heading: null, published: null, updated: null, timeElement: null, author: null, paywallMarkup: false };
  const stack: LightElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    noteElement(hints, element);
    for (let index = element.children.length - 1; index >= 0; index--) {
      const child = element.children[index]!;
      if (typeof child !== 'string') stack.push(child);
    }
  }
  return hints;
}
