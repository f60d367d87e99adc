/** The dedupe stage: folds the same article under another URL, and syndicated copies, into one original. */
import { createDuplicateIndex, type DuplicateIndex } from './duplicate-index.js';
import type { DedupeDocument, DuplicateMatch } from './types.js';

export { createDuplicateIndex, type DuplicateIndex } from './duplicate-index.js';
export type { DedupeDocument, DedupeOptions, DedupeSnapshot, DuplicateMatch, DuplicateReason, PublishedCopy } from './types.js';

/** Returns the article a document duplicates in the index (same canonical URL or near-identical text), or null. */
export function findDuplicate(index: DuplicateIndex, document: DedupeDocument): DuplicateMatch | null {
  return index.lookup(document);
}

/** Builds an index over a batch and returns each document's match (null for an original), in the given order. */
export function dedupeArticles(documents: readonly DedupeDocument[]): Map<string, DuplicateMatch | null> {
  const index = createDuplicateIndex();
  return new Map(documents.map((document) => [document.id, index.add(document)]));
}
