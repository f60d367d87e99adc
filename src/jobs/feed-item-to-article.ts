/** Maps a parsed feed item to the article a refresh stores. */
import type { IncomingArticle } from '../domain/article.js';
import type { FeedItem, ParsedFeed } from '../domain/feed.js';
import { stableId } from '../shared/hash.js';
import { htmlToText } from '../shared/html-text.js';
import { canonicalizeUrl } from '../shared/url.js';

/** Builds the stored form of an item; its id depends only on the source and the item's identity. */
export function feedItemToArticle(sourceId: string, item: FeedItem, feed: ParsedFeed, sourceLanguage: string | null): IncomingArticle {
  const html = item.contentHtml ?? null;
  return {
    id: stableId(sourceId, item.id),
    sourceId,
    itemKey: item.id,
    url: item.link,
    canonicalUrl: item.link ? canonicalizeUrl(item.link) : null,
    title: item.title,
    summary: item.summary,
    contentHtml: html,
    text: html ? htmlToText(html) : item.summary,
    authors: item.authors,
    categories: item.categories,
    language: feed.language ?? sourceLanguage,
    published: item.published,
    updated: item.updated,
  };
}
