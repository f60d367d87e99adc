/** Checks that a claim's "most" or "few" of a group agrees with the share the cited sentences state for that group. */
import { ENGLISH_UNITS } from '../../entities/index.js';
import type { TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { stem } from '../text/stem.js';

// "Most factories have dedicated staff" where the source says "only 9% of factories" do: the claim's quantifier
// states a share the cited sentence puts on the other side of half.
const ENGLISH_MOST =
  /\b(?:most|a majority of|the majority of|the bulk of)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?([a-z-]+)(?:\s+([a-z-]+))?/gi;
// "Nearly all of the sites" says at least three quarters.
const ENGLISH_NEARLY_ALL =
  /\b(?:nearly|almost|virtually|practically)\s+all\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?([a-z-]+)(?:\s+([a-z-]+))?/gi;
const ENGLISH_FEW = /\b(?:few|a minority of|only a few)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?([a-z-]+)(?:\s+([a-z-]+))?/gi;
const CHINESE_MOST = /(?:大多数|大多數|多数|多數|大部分|过半|過半|多半)(?:的)?([\u4e00-\u9fff]{2})/g;
const CHINESE_FEW = /(?:少数|少數|极少数|極少數)(?:的)?([\u4e00-\u9fff]{2})/g;

interface Quantifier {
  side: 'most' | 'few' | 'nearly-all';
  /** The group: a Chinese word, or the stems of the one or two English words after the quantifier. */
  nouns: string[];
  surface: string;
}

/** Returns a reason when the claim says most (or few) of a group the cited sentences give a share on the other side of half. */
export function checkQuantifierShares(claim: TextAnalysis, evidence: Evidence): string[] {
  for (const quantifier of quantifiersOf(claim)) {
    // "Fewer than one in five students outside engineering …, compared with most students in those departments": the
    // source's own "most students" is said of another part of the group.
    if (evidence.analyses.some((source) => source.text.toLowerCase().includes(quantifier.surface.toLowerCase()))) continue;
    const shares = evidence.analyses.flatMap((source) => quantifier.nouns.flatMap((noun) => sharesOf(source, noun)));
    if (shares.length === 0) continue;
    const agrees = shares.some((share) => (quantifier.side === 'most' ? share > 50 : quantifier.side === 'few' ? share < 50 : share >= 75));
    if (!agrees) return [`quantifier contradicts the source: claim says "${quantifier.surface}", the cited share is ${shares[0]}%`];
  }
  return [];
}

function quantifiersOf(claim: TextAnalysis): Quantifier[] {
  const found: Quantifier[] = [];
  const collect = (pattern: RegExp, side: Quantifier['side'], chinese: boolean): void => {
    for (const match of claim.text.matchAll(pattern))
      found.push({
        side,
        nouns: chinese ? [match[1]!] : [match[1], match[2]].filter((word) => word !== undefined).map((word) => stem(word.toLowerCase())),
        surface: match[0],
      });
  };
  if (claim.chinese) {
    collect(CHINESE_MOST, 'most', true);
    collect(CHINESE_FEW, 'few', true);
  } else {
    collect(ENGLISH_MOST, 'most', false);
    collect(ENGLISH_FEW, 'few', false);
    collect(ENGLISH_NEARLY_ALL, 'nearly-all', false);
  }
  return found;
}

// The shares a cited sentence gives the group: "9% of factories", "9%的工厂", "fewer than one in five students".
function sharesOf(source: TextAnalysis, noun: string): number[] {
  return [...percentShares(source, noun), ...ratioShares(source, noun)];
}

const RATIO =
  /\b(one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out of)\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?([a-z-]+)(?:\s+([a-z-]+))?/gi;

// "One in five students", "three out of four buyers": a share written as a ratio of counts.
function ratioShares(source: TextAnalysis, noun: string): number[] {
  if (source.chinese) return [];
  const count = (word: string): number => ENGLISH_UNITS[word.toLowerCase()] ?? Number(word);
  return [...source.text.matchAll(RATIO)]
    .filter((match) => [match[3], match[4]].some((word) => word !== undefined && stem(word.toLowerCase()) === noun))
    .map((match) => (100 * count(match[1]!)) / count(match[2]!))
    .filter((share) => Number.isFinite(share) && share <= 100);
}

function percentShares(source: TextAnalysis, noun: string): number[] {
  return source.quantities
    .filter((q) => q.kind === 'percent')
    .filter((q) => {
      const after = source.text.slice(q.end, q.end + 24);
      if (/[\u4e00-\u9fff]/.test(noun)) return new RegExp(`^(?:的)?[\\u4e00-\\u9fff]{0,4}${noun}`).test(after);
      const words = /^\s+of\s+(?:the\s+|its\s+|their\s+)?([a-z-]+)(?:\s+([a-z-]+))?/i.exec(after);
      return words !== null && [words[1], words[2]].some((word) => word !== undefined && stem(word.toLowerCase()) === noun);
    })
    .map((q) => q.value);
}
