/** Headline from the best-supported article title; the hook from the strongest short lead. */
import type { BriefSentence } from '../../domain/index.js';
import { citationsOf } from './citations.js';
import type { Pool, PoolSentence } from './pool.js';
import type { Scored } from './salience.js';
import { DANGLING_OPENERS } from './cues.js';
import { contentTerms, hasDirectQuote, namesIn, negationWords, numbersIn, samePolarity, textLength } from './text.js';

// A title is a headline only when the cited sentences carry this share of its terms (and every number and name).
const TITLE_COVERAGE = 0.8;
const MAX_SUPPORT = 3;
const HOOK_RANKS = 10;
const HOOK_MAX_WORDS = 35;
// Feature titles ("how…", "why…", questions, "X: Y" kickers) read as teasers, not as the news.
const FEATURE_TITLE = /\?|\b(how|why|what|inside|analysis|opinion)\b/i;

interface TitleCandidate {
  title: string;
  support: PoolSentence[];
  value: number;
}

function supportFor(title: string, pool: Pool): { support: PoolSentence[]; coverage: number } | null {
  const wanted = new Set(contentTerms(title));
  if (wanted.size === 0) return null;
  const support: PoolSentence[] = [];
  const covered = new Set<string>();
  while (support.length < MAX_SUPPORT) {
    let best: PoolSentence | null = null;
    let gain = 0;
    for (const item of pool.sentences) {
      // A supporting sentence must not bring a negation or condition the title lacks.
      if (!samePolarity(item.sentence.text, title, false)) continue;
      const added = item.terms.filter((term) => wanted.has(term) && !covered.has(term));
      const fresh = new Set(added).size;
      if (fresh > gain) [best, gain] = [item, fresh];
    }
    if (!best) break;
    support.push(best);
    for (const term of best.terms) if (wanted.has(term)) covered.add(term);
  }
  const joined = support.map((item) => item.sentence.text).join(' ');
  const lower = joined.toLowerCase();
  const complete =
    numbersIn(title).every((number) => numbersIn(joined).includes(number)) && namesIn(title).every((name) => lower.includes(name));
  return complete ? { support, coverage: covered.size / wanted.size } : null;
}

function titleCandidates(pool: Pool): TitleCandidate[] {
  const candidates: TitleCandidate[] = [];
  for (const article of pool.articles) {
    // A title that negates or hedges ("not keeping up", "unaffected") is too easily misread against its sources.
    if (!pool.sentences.some((item) => item.article === article) || !article.title.trim() || negationWords(article.title).size > 0)
      continue;
    const found = supportFor(article.title, pool);
    if (!found || found.coverage < TITLE_COVERAGE) continue;
    const length = textLength(article.title);
    const value =
      found.coverage - (FEATURE_TITLE.test(article.title) ? 0.5 : 0) - (article.title.includes(':') ? 0.2 : 0) - (length > 16 ? 0.2 : 0);
    candidates.push({ title: article.title.trim(), support: found.support, value });
  }
  return candidates.sort((a, b) => b.value - a.value);
}

/** Tells whether some article title is supported well enough to be the headline (else the lead sentence is). */
export function hasTitleHeadline(pool: Pool): boolean {
  return titleCandidates(pool).length > 0;
}

/** Returns the headline: the best-supported title, else the event sentence itself. */
export function selectHeadline(pool: Pool, fallback: BriefSentence): BriefSentence {
  const best = titleCandidates(pool)[0];
  return best ? { text: best.title, citations: citationsOf(best.support) } : fallback;
}

/** Returns the hook: a short, widely reported, self-contained sentence among the top ranks, else null. */
export function selectHook(scored: readonly Scored[], exclude: ReadonlySet<string>): Scored | null {
  let best: Scored | null = null;
  let bestValue = -Infinity;
  for (const candidate of scored.slice(0, HOOK_RANKS)) {
    const text = candidate.item.sentence.text;
    const length = textLength(text);
    if (exclude.has(candidate.item.key) || length > HOOK_MAX_WORDS || hasDirectQuote(text) || DANGLING_OPENERS.test(text)) continue;
    // Shorter and more widely reported reads better as a one-line hook.
    const value = candidate.score + 0.2 * candidate.agreeing - length / 100;
    if (value > bestValue) [best, bestValue] = [candidate, value];
  }
  return best;
}
