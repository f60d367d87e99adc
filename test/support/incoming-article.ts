/** Feed items for tests that store articles through a refresh: the fields a test names, the rest empty. */
import type { IncomingArticle } from '../../src/domain/article.js';

/** Returns a feed item as a refresh stores it, with every field the test does not set left empty. */
export function incomingArticle(
  fields: Pick<IncomingArticle, 'id' | 'sourceId' | 'itemKey' | 'title'> & Partial<IncomingArticle>,
): IncomingArticle {
  return {
    url: null,
    canonicalUrl: null,
    summary: null,
    contentHtml: null,
    text: null,
    authors: [],
    categories: [],
    language: null,
    published: null,
    updated: null,
    ...fields,
  };
}
