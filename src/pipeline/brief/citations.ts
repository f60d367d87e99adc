/** Builds the citations of an extracted sentence: its source, plus other outlets' sentences that say the same. */
import type { BriefSentence, Citation } from '../../domain/index.js';
import type { PoolSentence } from './pool.js';
import { contentTerms, namesIn, numbersIn, samePolarity } from './text.js';

// A corroborating sentence must carry this share of the claim's content terms besides every number and name.
const CORROBORATION_COVERAGE = 0.6;
const MAX_CORROBORATING = 2;

/** Tells whether `source` alone carries every number and name of `text`, most of its terms and the same negations and hedges. */
export function carries(source: string, text: string): boolean {
  if (!samePolarity(source, text) || !samePolarity(text, source)) return false;
  const sourceNumbers = new Set(numbersIn(source));
  if (!numbersIn(text).every((number) => sourceNumbers.has(number))) return false;
  const sourceLower = source.toLowerCase();
  if (!namesIn(text).every((name) => sourceLower.includes(name))) return false;
  const terms = new Set(contentTerms(text));
  if (terms.size === 0) return true;
  const sourceTerms = new Set(contentTerms(source));
  let shared = 0;
  for (const term of terms) if (sourceTerms.has(term)) shared += 1;
  return shared / terms.size >= CORROBORATION_COVERAGE;
}

/** Groups sentence references into citations, one per article, in first-seen order. */
export function citationsOf(items: readonly PoolSentence[]): Citation[] {
  return mergeCitations(items.map((item) => ({ articleId: item.article.id, sentenceIds: [item.sentence.id] })));
}

/** Merges citations into one per article, each sentence id once, in first-seen order. */
export function mergeCitations(citations: readonly Citation[]): Citation[] {
  const byArticle = new Map<string, string[]>();
  for (const { articleId, sentenceIds } of citations) {
    const ids = byArticle.get(articleId) ?? [];
    for (const id of sentenceIds) if (!ids.includes(id)) ids.push(id);
    byArticle.set(articleId, ids);
  }
  return [...byArticle.entries()].map(([articleId, sentenceIds]) => ({ articleId, sentenceIds }));
}

/** Builds a brief sentence from its text, its source sentence and candidate corroborations. */
export function citedSentence(text: string, source: PoolSentence, candidates: readonly PoolSentence[] = []): BriefSentence {
  const corroborating = candidates
    .filter((candidate) => candidate.article.id !== source.article.id && carries(candidate.sentence.text, text))
    .slice(0, MAX_CORROBORATING);
  return { text, citations: citationsOf([source, ...corroborating]) };
}
