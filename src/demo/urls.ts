/** Where the demo publisher serves each outlet's homepage, feed and article pages. */
import type { DemoArticle, DemoOutlet } from './corpus.js';

const FEED_PATHS = { rss2: 'feed.xml', atom: 'atom.xml', json: 'feed.json', rdf: 'index.rdf' } as const;

/** Returns the outlet's homepage URL on the publisher. */
export function outletUrl(base: string, outlet: DemoOutlet): string {
  return `${base}/${outlet.id}/`;
}

/** Returns the outlet's feed URL on the publisher. */
export function feedUrl(base: string, outlet: DemoOutlet): string {
  return `${base}/${outlet.id}/${FEED_PATHS[outlet.feed]}`;
}

/** Returns the article's canonical page URL. */
export function articleUrl(base: string, article: DemoArticle): string {
  const [year, month] = article.published.split('-');
  return `${base}/${article.outlet.id}/${year}/${month}/${article.slug}`;
}

/** Returns the link the feed prints for the article, spelled as its linkVariant says. */
export function feedLinkFor(base: string, article: DemoArticle): string {
  const url = articleUrl(base, article);
  switch (article.linkVariant) {
    case 'utm':
    case 'repost':
      return `${url}?utm_source=rss&utm_medium=feed&utm_campaign=${article.outlet.id}`;
    case 'slash':
      return `${url}/`;
    case 'amp':
      return `${url}/amp`;
    default:
      return url;
  }
}
