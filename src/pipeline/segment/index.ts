/** The segment stage: sentences with stable ids, and tokens for search and similarity. */
export { splitSentences } from './split-sentences.js';
export { tokenize } from './tokenize.js';
export { closesQuotation, hasOpenQuote, opensQuotation } from './quotation-marks.js';
export { joinSentences, joinsWithoutSpace } from './join-sentences.js';
