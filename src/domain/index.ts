/** Domain vocabulary shared by every layer. */
export * from './article.js';
export * from './feed.js';
export * from './source.js';
