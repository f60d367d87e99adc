/** Domain vocabulary shared by every layer. */
export * from './article.js';
export * from './brief.js';
export * from './feed.js';
export * from './sentence.js';
export * from './source.js';
export * from './story.js';
