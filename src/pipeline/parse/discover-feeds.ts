/** Finds the feeds a web page advertises with <link rel="alternate" type="…"> in its markup. */
import { Parser } from 'htmlparser2';
import { resolveUrl } from '../../shared/url.js';

export interface DiscoveredFeed {
  url: string;
  type: string;
  title: string | null;
}

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
  'application/x.atom+xml',
  'application/x-atom+xml',
  'application/x-rss+xml',
]);

// Generic XML types are feeds only when the address says so; plain application/json is usually a REST API.
function isFeedType(type: string, href: string): boolean {
  if (FEED_TYPES.has(type)) return true;
  return (type === 'text/xml' || type === 'application/xml') && /rss|atom|feed|rdf/i.test(href);
}

/** Lists the feeds an HTML page links to, with absolute URLs (resolved against <base href> and the page URL). */
export function discoverFeeds(html: string, baseUrl: string): DiscoveredFeed[] {
  const found = new Map<string, DiscoveredFeed>();
  let base = baseUrl;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'base' && attributes['href']) base = resolveUrl(attributes['href'], baseUrl || null) ?? base;
      if (name !== 'link') return;
      const rels = (attributes['rel'] ?? '').toLowerCase().split(/\s+/);
      const type = (attributes['type'] ?? '').trim().toLowerCase().split(';')[0]!.trim();
      const href = (attributes['href'] ?? '').trim();
      if (!rels.includes('alternate') || !href || !isFeedType(type, href)) return;
      const url = resolveUrl(href, base || null);
      if (!url || found.has(url)) return;
      found.set(url, { url, type, title: (attributes['title'] ?? '').replace(/\s+/g, ' ').trim() || null });
    },
  });
  parser.end(html);
  return [...found.values()];
}
