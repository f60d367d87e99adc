/** The multi-source article: salient, non-repeating sentences from every outlet, in narrative order. */
import type { ArticleParagraph, BriefSentence } from '../../domain/index.js';
import { citeResolved } from './antecedents.js';
import { selectMmr } from './mmr.js';
import type { Pool } from './pool.js';
import { cueStrength } from './route.js';
import type { Scored } from './salience.js';
import { hasDirectQuote } from './text.js';

const MIN_SENTENCES = 4;
const MAX_SENTENCES = 10;
const PARAGRAPH_SIZE = 3;

function chooseSentences(scored: readonly Scored[], lead: Scored | null): Scored[] {
  const candidates = scored.filter((candidate) => !hasDirectQuote(candidate.item.sentence.text));
  const count = Math.min(MAX_SENTENCES, Math.max(MIN_SENTENCES, Math.ceil(candidates.length / 4)));
  const chosen = selectMmr(candidates, { count, lambda: 0.65, avoid: lead ? [lead] : [], maxSimilarity: 0.5 });
  // Every outlet with something salient gets a voice: that is what makes the article multi-source.
  const median = candidates[Math.floor(candidates.length / 2)]?.score ?? 0;
  for (const article of new Set(candidates.map((candidate) => candidate.item.article.id))) {
    if (chosen.some((candidate) => candidate.item.article.id === article) || lead?.item.article.id === article) continue;
    const best = candidates.find((candidate) => candidate.item.article.id === article);
    if (best && best.score >= median) chosen.push(best);
  }
  return chosen;
}

function narrativeOrder(chosen: readonly Scored[], language: string): Scored[] {
  const place = (candidate: Scored) =>
    candidate.item.position / Math.max(1, candidate.item.articleLength) +
    (cueStrength(candidate.item.sentence.text, language, 'implication') > 0.5 ? 1 : 0);
  return [...chosen].sort((a, b) => place(a) - place(b) || b.score - a.score);
}

/** Composes the article's paragraphs (markers are added once references are numbered). */
export function composeArticle(pool: Pool, scored: readonly Scored[], lead: Scored | null): ArticleParagraph[] {
  const ordered = [...(lead ? [lead] : []), ...narrativeOrder(chooseSentences(scored, lead), pool.language)];
  const sentences: BriefSentence[] = ordered.map((candidate) => citeResolved(candidate.item, pool, candidate.matches));
  const paragraphs: ArticleParagraph[] = [];
  for (let start = 0; start < sentences.length; start += PARAGRAPH_SIZE)
    paragraphs.push({ sentences: sentences.slice(start, start + PARAGRAPH_SIZE) });
  return paragraphs;
}
