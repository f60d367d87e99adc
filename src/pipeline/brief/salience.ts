/** Scores how central each sentence is to the story: agreement across outlets, the story's centre, position. */
import { DANGLING_OPENERS } from './cues.js';
import type { Pool, PoolSentence } from './pool.js';
import { contentTerms, hasDirectQuote, numbersIn, textLength } from './text.js';
import { type TermVector, centroid, cosine, tfidfVectors } from './vectors.js';

export interface Scored {
  item: PoolSentence;
  score: number;
  /** Other articles (not copies) carrying a similar sentence. */
  agreeing: number;
  /** The best similar sentence in each agreeing article: candidates for corroborating citations. */
  matches: PoolSentence[];
}

// A sentence this close (cosine of TF-IDF vectors) to one in another article says much the same thing.
const AGREEMENT_SIMILARITY = 0.3;

/** Weights of the salience terms; tuned on the demo so leads and widely reported facts rank first. */
const WEIGHTS = { centre: 1.0, agreement: 0.8, position: 0.6, title: 0.5, number: 0.1, quote: -0.25, dangling: -0.6, long: -0.3 };

function titleVector(pool: Pool): TermVector {
  const vectors = tfidfVectors(
    pool.articles.filter((article) => pool.sentences.some((s) => s.article === article)).map((article) => contentTerms(article.title)),
  );
  return centroid(vectors);
}

function agreementOf(item: PoolSentence, pool: Pool): { agreeing: number; matches: PoolSentence[] } {
  const best = new Map<string, { similarity: number; match: PoolSentence }>();
  for (const other of pool.sentences) {
    if (other.article.id === item.article.id || other.article.outlet === item.article.outlet) continue;
    const similarity = cosine(item.vector, other.vector);
    if (similarity < AGREEMENT_SIMILARITY) continue;
    const current = best.get(other.article.id);
    if (!current || current.similarity < similarity) best.set(other.article.id, { similarity, match: other });
  }
  return { agreeing: best.size, matches: [...best.values()].sort((a, b) => b.similarity - a.similarity).map((entry) => entry.match) };
}

function penalties(text: string): number {
  let penalty = 0;
  if (hasDirectQuote(text)) penalty += WEIGHTS.quote;
  if (DANGLING_OPENERS.test(text.trim())) penalty += WEIGHTS.dangling;
  if (textLength(text) > 45) penalty += WEIGHTS.long;
  if (/[?:]$/.test(text.trim())) penalty += WEIGHTS.dangling;
  return penalty;
}

/** Scores every selectable sentence of the pool, best first. */
export function scoreSentences(pool: Pool): Scored[] {
  const centre = centroid(pool.sentences.map((item) => item.vector));
  const titles = titleVector(pool);
  const otherArticles = Math.max(1, new Set(pool.sentences.map((item) => item.article.outlet)).size - 1);
  const scored: Scored[] = [];
  for (const item of pool.sentences) {
    if (!item.selectable) continue;
    const { agreeing, matches } = agreementOf(item, pool);
    const text = item.sentence.text;
    const score =
      WEIGHTS.centre * cosine(item.vector, centre) +
      WEIGHTS.agreement * (agreeing / otherArticles) +
      WEIGHTS.position * (1 / (1 + item.position)) +
      WEIGHTS.title * cosine(item.vector, titles) +
      (numbersIn(text).length > 0 ? WEIGHTS.number : 0) +
      penalties(text);
    scored.push({ item, score, agreeing, matches });
  }
  return scored.sort((a, b) => b.score - a.score || a.item.key.localeCompare(b.item.key));
}
