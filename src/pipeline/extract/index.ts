/** The extract stage: an article page's main text, sanitised HTML and metadata, with the feed's content as fallback. */
export { extractArticle } from './extract-article.js';
export type { ExtractOptions, ExtractedArticle, FeedItemHint } from './types.js';
export { countWords } from './measures.js';
