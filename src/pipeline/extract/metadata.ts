/** Merges JSON-LD, OpenGraph, meta tags and body hints into one set of article metadata, strongest source first. */
import { normalizeDate } from './dates.js';
import { type JsonLdArticle, readJsonLd } from './json-ld.js';
import type { HeadData } from './light-tree.js';
import type { PageHints } from './page-hints.js';

/** Article metadata as the page declares it. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  updated: string | null;
  canonicalUrl: string | null;
  leadImage: string | null;
  description: string | null;
  /** The language the markup declares (html lang, content-language, og:locale, inLanguage). */
  declaredLanguage: string | null;
  /** JSON-LD says the article is not free to read. */
  paywalled: boolean;
}

/** Indexes meta tags by name, property, itemprop or http-equiv (lowercased); the first one wins. */
export function metaIndex(metas: Array<Record<string, string>>): Map<string, string> {
  const index = new Map<string, string>();
  for (const meta of metas) {
    const key = meta.property ?? meta.name ?? meta.itemprop ?? meta['http-equiv'];
    const value = meta.content?.trim();
    if (key && value && !index.has(key.toLowerCase())) index.set(key.toLowerCase(), value);
  }
  return index;
}

function first(...values: Array<string | null | undefined>): string | null {
  for (const value of values) if (value && value.trim()) return value.replace(/\s+/g, ' ').trim();
  return null;
}

function resolve(value: string | null, base: string | null): string | null {
  if (!value) return null;
  try {
    const resolved = new URL(value, base ?? undefined);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}

function notUrl(value: string | null | undefined): string | null {
  return value && !/^https?:\/\//i.test(value.trim()) ? value : null;
}

/** Removes a " | Site name" style suffix or prefix from a document title. */
export function cleanTitle(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—·»:-]\s+/);
  if (parts.length < 2) return title;
  const site = siteName?.toLowerCase();
  const kept = parts.filter((part) => part.toLowerCase() !== site);
  if (kept.length < parts.length) return kept.join(' - ');
  // Without a known site name, the longest part is the headline when the others are short labels.
  const longest = parts.reduce((best, part) => (part.length > best.length ? part : best), '');
  return longest.length >= title.length * 0.6 ? longest : title;
}

/** Returns the site name a document title carries after (or before) the headline ("Headline – Site"), or null. */
export function siteNameFromTitle(documentTitle: string, headline: string | null): string | null {
  if (!headline) return null;
  const parts = documentTitle.split(/\s+[|–—·»-]\s+/);
  if (parts.length !== 2) return null;
  const [first, second] = parts as [string, string];
  if (first.trim() === headline.trim()) return second.trim() || null;
  if (second.trim() === headline.trim()) return first.trim() || null;
  return null;
}

function canonicalLink(head: HeadData): string | null {
  const link = head.links.find((entry) => (entry.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  return link?.href ?? null;
}

function byline(authors: string[], meta: Map<string, string>, hints: PageHints): string | null {
  const fromJson = authors.filter((name) => !/^https?:/i.test(name));
  const raw =
    fromJson.length > 0
      ? [...new Set(fromJson)].join(', ')
      : first(
          notUrl(meta.get('author')),
          notUrl(meta.get('article:author')),
          meta.get('dc.creator'),
          meta.get('parsely-author'),
          meta.get('sailthru.author'),
          meta.get('byl'),
          hints.author,
        );
  return raw ? raw.replace(/^(?:(?:by|von|par|por|di)\s+|(?:记者|作者|文)[\s:：]*)/iu, '').trim() || null : null;
}

// Meta names in order of trust: the article's own markup first, then generic page-level tags.
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'dc.date.issued',
  'dc.date',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
];
const UPDATED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'];
const IMAGE_KEYS = ['og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'];
const LANGUAGE_KEYS = ['content-language', 'language', 'dc.language'];

function firstDate(values: Array<string | null | undefined>): string | null {
  for (const value of values) {
    const date = normalizeDate(value);
    if (date) return date;
  }
  return null;
}

function titleAndSite(
  head: HeadData,
  hints: PageHints,
  meta: Map<string, string>,
  json: JsonLdArticle | null,
): { title: string | null; siteName: string | null } {
  const rawTitle = first(json?.headline, meta.get('og:title'), meta.get('twitter:title'), meta.get('dc.title'), hints.heading, head.title);
  const headline = rawTitle === head.title ? hints.heading : rawTitle;
  const siteName = first(
    meta.get('og:site_name'),
    json?.publisher,
    meta.get('application-name'),
    meta.get('publisher'),
    siteNameFromTitle(head.title, headline),
  );
  return { title: rawTitle ? cleanTitle(rawTitle, siteName) : null, siteName };
}

/** Reads the page's metadata; `url` is the page address used to resolve relative links. */
export function readMetadata(head: HeadData, hints: PageHints, url: string | null): PageMetadata {
  const meta = metaIndex(head.metas);
  const json = readJsonLd(head.jsonLd);
  const pick = (keys: string[]): Array<string | undefined> => keys.map((key) => meta.get(key));
  const canonical = resolve(first(canonicalLink(head), meta.get('og:url'), json?.url), url);
  return {
    ...titleAndSite(head, hints, meta, json),
    byline: byline(json?.authors ?? [], meta, hints),
    published: firstDate([json?.published, ...pick(PUBLISHED_KEYS), hints.published, hints.timeElement]),
    updated: firstDate([json?.updated, ...pick(UPDATED_KEYS), hints.updated]),
    canonicalUrl: canonical,
    leadImage: resolve(first(...pick(IMAGE_KEYS), json?.image), canonical ?? url),
    description: first(meta.get('og:description'), meta.get('description'), meta.get('twitter:description'), json?.description),
    declaredLanguage: first(head.htmlLang, ...pick(LANGUAGE_KEYS), json?.language, meta.get('og:locale')),
    paywalled: json?.accessibleForFree === false,
  };
}
