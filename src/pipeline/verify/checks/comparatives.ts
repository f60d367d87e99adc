/**
 * Catches a comparison turned round: "less likely to reach production" against "almost twice as likely", "as common
 * in the Nordic market as in the US" against "remain less common in the Nordic market". Each side's degree is read
 * off the words before the same adjective: more, less, or as … as.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import type { WordToken } from '../text/words.js';

type Degree = 'more' | 'less' | 'equal';

interface Comparison {
  adjective: string;
  degree: Degree;
  /** "Less likely than X": a comparison with its other side named, which a faithful claim may turn round. */
  namesOther: boolean;
}

// Adjectives a comparison of likelihood or frequency is said with; a list, so "more money" or "less time" is no degree.
const ADJECTIVES = new Set([
  'likely',
  'common',
  'frequent',
  'popular',
  'widespread',
  'prevalent',
  'costly',
  'expensive',
  'profitable',
  'familiar',
]);
// Words of one degree scale: a tool "familiar" in one market and "less common" in another is compared on one scale.
const SCALES: Readonly<Record<string, string>> = {
  familiar: 'common',
  popular: 'common',
  widespread: 'common',
  prevalent: 'common',
  frequent: 'common',
  costly: 'expensive',
};
// A bare adjective the claim says holds "as well", "just as in the US": the same degree as the other side.
const PARITY = /\b(?:as well|just as|too|equally|likewise)\b/;
const MULTIPLES = new Set(['twice', 'thrice', 'times', 'double']);

/** Returns a reason when the claim gives an adjective of the cited sentences the other degree. */
export function checkComparatives(claim: TextAnalysis, evidence: Evidence): string[] {
  if (claim.chinese) return [];
  const sources = evidence.analyses.filter((analysis) => !analysis.chinese).flatMap((analysis) => comparisonsOf(analysis.words));
  for (const own of comparisonsOf(claim.words)) {
    if (own.namesOther && own.degree !== 'equal') continue;
    const same = sources.filter((source) => source.adjective === own.adjective);
    if (same.length > 0 && same.every((source) => source.degree !== own.degree))
      return [
        `comparison turned round: claim says "${own.degree === 'equal' ? 'as' : own.degree} ${own.adjective}", the source "${same[0]!.degree === 'equal' ? 'as' : same[0]!.degree} ${own.adjective}"`,
      ];
  }
  return [];
}

function comparisonsOf(words: readonly WordToken[]): Comparison[] {
  const found: Comparison[] = [];
  words.forEach((word, i) => {
    if (!ADJECTIVES.has(word.word)) return;
    const before = words[i - 1]?.word;
    const earlier = words[i - 2]?.word;
    const later = words.slice(i + 1).filter((w) => w.clause === word.clause);
    const namesOther = later.some((w) => w.word === 'than' || w.word === 'as');
    const adjective = SCALES[word.word] ?? word.word;
    if (before === 'more' || before === 'less') found.push({ adjective, degree: before, namesOther });
    else if (before === 'as')
      found.push({ adjective, degree: MULTIPLES.has(earlier ?? '') ? 'more' : earlier === 'half' ? 'less' : 'equal', namesOther });
    // A parity may follow in the sentence's next clause ("familiar … in the Nordic market, just as in the US").
    else if (PARITY.test(sentenceAfter(words, i))) found.push({ adjective, degree: 'equal', namesOther: false });
  });
  return found;
}

function sentenceAfter(words: readonly WordToken[], index: number): string {
  const sentence = words[index]!.sentence;
  return words
    .slice(index + 1)
    .filter((w) => w.sentence === sentence)
    .map((w) => w.word)
    .join(' ');
}
