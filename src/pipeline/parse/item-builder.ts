/** Turns what an adapter read about one entry into a FeedItem: identity, de-duplicated lists, clean enclosures. */
import type { FeedEnclosure, FeedItem, FeedPerson } from '../../domain/feed.js';
import { stableId } from '../../shared/hash.js';
import { canonicalizeUrl } from '../../shared/url.js';
import { resolveReference } from './references.js';
import { uniquePeople } from './people.js';
import { collapseWhitespace } from './text.js';

/** An entry as an adapter read it, before identity is settled. */
export interface ItemDraft {
  /** The publisher's own identifier: RSS guid, Atom id, JSON id. */
  guid: string | null;
  /** An identifier of last resort the format offers (RDF rdf:about). */
  fallbackId?: string | null;
  title: string | null;
  link: string | null;
  published: string | null;
  updated: string | null;
  authors: Array<FeedPerson | null>;
  summary: string | null;
  contentHtml: string | null;
  categories: Array<string | null>;
  enclosures: Array<FeedEnclosure | null>;
  durationSeconds?: number | null;
}

/** Builds an enclosure with a resolved URL and a usable length, or null without a URL. */
export function makeEnclosure(
  url: string | null | undefined,
  type: string | null | undefined,
  length: string | number | null | undefined,
  base: string | null,
): FeedEnclosure | null {
  const resolved = resolveReference(url, base);
  if (!resolved) return null;
  const bytes = typeof length === 'number' ? length : Number.parseInt((length ?? '').trim(), 10);
  return {
    url: resolved,
    type: collapseWhitespace(type)?.toLowerCase() ?? null,
    length: Number.isFinite(bytes) && bytes > 0 ? bytes : null,
  };
}

/** Reads a playing time given as seconds, "MM:SS" or "HH:MM:SS". */
export function parseDuration(raw: string | number | null | undefined): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? Math.round(raw) : null;
  const text = (raw ?? '').trim();
  if (!/^\d+(?::\d{1,2}){0,2}(?:\.\d+)?$/.test(text)) return null;
  return Math.round(text.split(':').reduce((total, part) => total * 60 + Number(part), 0));
}

// Indexed loops and no spreads here: every item goes through, and these lists are short (often empty).
function uniqueStrings(values: Array<string | null>): string[] {
  const unique: string[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < values.length; index++) {
    const cleaned = collapseWhitespace(values[index]);
    if (!cleaned || seen.has(cleaned)) continue;
    seen.add(cleaned);
    unique.push(cleaned);
  }
  return unique;
}

function uniqueEnclosures(values: Array<FeedEnclosure | null>): FeedEnclosure[] {
  const byUrl = new Map<string, FeedEnclosure>();
  for (let index = 0; index < values.length; index++) {
    const enclosure = values[index];
    if (!enclosure) continue;
    // The first of a URL keeps its place; a later one may fill in its type or length.
    const known = byUrl.get(enclosure.url);
    if (!known) byUrl.set(enclosure.url, enclosure);
    else byUrl.set(enclosure.url, { url: known.url, type: known.type ?? enclosure.type, length: known.length ?? enclosure.length });
  }
  return Array.from(byUrl.values());
}

/** Picks an item's identity: the publisher's id, else the canonical link, else a hash of what the item says. */
export function identify(draft: ItemDraft): string {
  const guid = draft.guid?.trim();
  if (guid) return guid;
  if (draft.link) return canonicalizeUrl(draft.link) ?? draft.link;
  const fallback = draft.fallbackId?.trim();
  if (fallback) return fallback;
  return stableId(draft.title ?? '', draft.published ?? '', draft.summary ?? draft.contentHtml ?? '');
}

/** Finishes a draft into the domain's FeedItem. */
export function finishItem(draft: ItemDraft): FeedItem {
  const item: FeedItem = {
    id: identify(draft),
    title: draft.title,
    link: draft.link,
    published: draft.published ?? draft.updated,
    updated: draft.updated,
    authors: uniquePeople(draft.authors),
    summary: draft.summary,
    contentHtml: draft.contentHtml,
    categories: uniqueStrings(draft.categories),
    enclosures: uniqueEnclosures(draft.enclosures),
  };
  if (draft.durationSeconds != null) item.durationSeconds = draft.durationSeconds;
  return item;
}
