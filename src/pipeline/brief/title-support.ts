/**
 * Which source sentences state an article title: the fewest (up to three) whose clauses carry most of its terms,
 * every number and name included. English titles are read as stemmed content words, Chinese titles as jieba words.
 */
import { tokenize } from '../segment/index.js';
import type { Pool, PoolSentence } from './pool.js';
import { contentTerms, isHanText, namesIn, numbersIn, samePolarity } from './text.js';

const MAX_SUPPORT = 3;
// Clauses split at commas, semicolons and dashes; a negation in one clause does not touch the others.
const CLAUSE_BREAK = /[,;:，；：、]\s*|\s[–—-]\s/;
const HAN = /\p{Script=Han}/u;

/**
 * A Chinese title's words: jieba words of two characters or more, and Latin words and figures. Character bigrams
 * would also count the pairs that straddle two words (启衡光刻首台 gives 刻首), which no source sentence has.
 */
function chineseTerms(title: string): string[] {
  return tokenize(title, 'zh').filter((token) => !HAN.test(token) || [...token].length >= 2);
}

function termsIn(text: string, wanted: ReadonlySet<string>, chinese: boolean): string[] {
  if (!chinese) return contentTerms(text).filter((term) => wanted.has(term));
  const lower = text.toLowerCase();
  return [...wanted].filter((term) => lower.includes(term));
}

/**
 * The title terms a sentence can vouch for: those of its clauses that bring no negation or condition the title
 * lacks ("opened a second zone, without sending data abroad" supports "opens second zone"; "did not open" does not).
 */
function vouchedTerms(item: PoolSentence, title: string, wanted: ReadonlySet<string>, chinese: boolean): Set<string> {
  if (samePolarity(item.sentence.text, title, false)) return new Set(termsIn(item.sentence.text, wanted, chinese));
  const terms = new Set<string>();
  for (const clause of item.sentence.text.split(CLAUSE_BREAK)) {
    if (samePolarity(clause, title, false)) for (const term of termsIn(clause, wanted, chinese)) terms.add(term);
  }
  return terms;
}

/** Returns the sentences that state a title and the share of its terms they carry; null when a number or name is missing. */
export function supportFor(title: string, pool: Pool): { support: PoolSentence[]; coverage: number } | null {
  const chinese = isHanText(title);
  const wanted = new Set(chinese ? chineseTerms(title) : contentTerms(title));
  if (wanted.size === 0) return null;
  const vouched = new Map(pool.sentences.map((item) => [item, vouchedTerms(item, title, wanted, chinese)]));
  const support: PoolSentence[] = [];
  const covered = new Set<string>();
  while (support.length < MAX_SUPPORT) {
    let best: PoolSentence | null = null;
    let gain = 0;
    for (const [item, terms] of vouched) {
      let fresh = 0;
      for (const term of terms) if (!covered.has(term)) fresh += 1;
      if (fresh > gain) [best, gain] = [item, fresh];
    }
    if (!best) break;
    support.push(best);
    for (const term of vouched.get(best)!) covered.add(term);
  }
  const joined = support.map((item) => item.sentence.text).join(' ');
  const lower = joined.toLowerCase();
  const complete =
    numbersIn(title).every((number) => numbersIn(joined).includes(number)) && namesIn(title).every((name) => lower.includes(name));
  return complete ? { support, coverage: covered.size / wanted.size } : null;
}
