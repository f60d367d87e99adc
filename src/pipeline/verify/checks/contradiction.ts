/** Checks for a claim word whose opposite, and not the word itself, is what the cited sentences say. */
import type { TextAnalysis } from '../analysis.js';
import { CHINESE_DIRECTIONS } from '../cues/antonyms.js';
import type { Evidence } from '../evidence.js';
import { matesOf } from '../text/paraphrase.js';
import { stem } from '../text/stem.js';
import { STEMMED_OPPOSITES } from '../text/opposites.js';
import type { WordToken } from '../text/words.js';

const DIRECTIONS = CHINESE_DIRECTIONS.flatMap(([words, chinese, oppositeWords, oppositeChinese]) => [
  { stems: new Set(words.map(stem)), chinese, opposite: oppositeChinese },
  { stems: new Set(oppositeWords.map(stem)), chinese: oppositeChinese, opposite: chinese },
]);

/** Returns a reason when the claim says "below" where its sources say "ahead" (or "收窄" for "widened"), and never "below". */
export function checkContradiction(claim: TextAnalysis, evidence: Evidence): string[] {
  if (claim.chinese) return chineseAgainstChinese(claim, evidence.chineseText);
  return evidence.englishText === '' ? againstChinese(claim, evidence) : againstEnglish(claim, evidence);
}

// Against Chinese sources only: a direction word whose Chinese opposite, and none of its own renderings, is cited.
function againstChinese(claim: TextAnalysis, evidence: Evidence): string[] {
  const text = evidence.chineseText;
  for (const word of claim.words) {
    const direction = DIRECTIONS.find((entry) => entry.stems.has(word.stem));
    // "No higher than" states a bound ("不高于"), not "higher".
    if (!direction || negatedInClaim(claim, word) || direction.chinese.some((zh) => stated(text, zh))) continue;
    const found = direction.opposite.find((zh) => stated(text, zh)) ?? (statesChange(text) ? undefined : NO_CHANGE.exec(text)?.[0]);
    if (found) return [`contradicts the source: claim says "${word.word}", source says "${found}"`];
  }
  return [];
}

// A Chinese claim against Chinese sources: "亏损扩大" where the cited sentences say only "亏损收窄".
function chineseAgainstChinese(claim: TextAnalysis, text: string): string[] {
  for (const direction of DIRECTIONS) {
    const own = direction.chinese.find((zh) => stated(claim.text, zh));
    if (!own || direction.chinese.some((zh) => stated(text, zh))) continue;
    const found = direction.opposite.find((zh) => stated(text, zh));
    if (found) return [`contradicts the source: claim says "${own}", source says "${found}"`];
  }
  return [];
}

// A source that says a thing stays as it is ("价格保持不变", "暂不调整"), and states no change of anything, contradicts
// any change a claim states.
function statesChange(text: string): boolean {
  return DIRECTIONS.some((entry) => entry.chinese.some((zh) => stated(text, zh)));
}

const NO_CHANGE = /保持不变|保持不變|维持不变|維持不變|不作调整|不作調整|暂不调整|暫不調整|不调整|不調整|未调整|未調整|持平/;

// "不低于" is no "低于": a negated direction word states nothing.
function stated(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (!/[不未非没沒]/.test(text[at - 1] ?? '')) return true;
  return false;
}

function againstEnglish(claim: TextAnalysis, evidence: Evidence): string[] {
  for (const word of claim.words) {
    if (negatedInClaim(claim, word) || governsClause(claim, word)) continue;
    const opposites = STEMMED_OPPOSITES.get(word.stem);
    // Only the word itself excuses it: a loose synonym in the source ("power" for "run") does not.
    if (!opposites || evidence.stems.has(word.stem)) continue;
    // A negated opposite ("not affected" for "unaffected") says what the claim says.
    const found = [...opposites].find((opposite) => evidence.stems.has(opposite) && statedPlainly(evidence, opposite));
    if (found) return [`contradicts the source: claim says "${word.word}", source says "${surfaceOf(evidence, found)}"`];
  }
  return negatedForms(claim, evidence);
}

// Negating prefixes make opposites of any word: "linked" (a mate of "related") against "unrelated", and
// "unlicensed" against "licensed". Short remainders ("unless", "unveil") are other words.
const NEGATING_PREFIXES = ['un', 'non'];

function negatedForms(claim: TextAnalysis, evidence: Evidence): string[] {
  const has = (stem: string): boolean => evidence.stems.has(stem);
  for (const word of claim.words) {
    if (negatedInClaim(claim, word)) continue;
    const mates = [...matesOf(word.stem)];
    if (word.stem.length >= 4 && !mates.some(has)) {
      const negated = mates.flatMap((mate) => NEGATING_PREFIXES.map((prefix) => prefix + mate)).find(has);
      if (negated) return [`contradicts the source: claim says "${word.word}", source says "${surfaceOf(evidence, negated)}"`];
    }
    const prefix = NEGATING_PREFIXES.find((candidate) => word.stem.startsWith(candidate));
    const rest = prefix ? word.stem.slice(prefix.length) : '';
    // "Unaffected" says what "not affected" says: only a root the source states unnegated contradicts it.
    if (rest.length >= 5 && !has(word.stem) && statedPlainly(evidence, rest))
      return [`contradicts the source: claim says "${word.word}", source says "${surfaceOf(evidence, rest)}"`];
    const swapped = swappedPrefix(word.stem, has);
    if (swapped) return [`contradicts the source: claim says "${word.word}", source says "${surfaceOf(evidence, swapped)}"`];
  }
  return [];
}

// Opposite prefixes on one root: "disabled" against "enabled", "discourage" against "encourage".
const OPPOSITE_PREFIXES: [string, string][] = [
  ['dis', 'en'],
  ['en', 'dis'],
];

function swappedPrefix(wordStem: string, has: (stem: string) => boolean): string | undefined {
  for (const [own, other] of OPPOSITE_PREFIXES) {
    const root = wordStem.startsWith(own) ? wordStem.slice(own.length) : '';
    if (root.length >= 3 && !has(wordStem) && has(other + root)) return other + root;
  }
  return undefined;
}

function statedPlainly(evidence: Evidence, wanted: string): boolean {
  return evidence.analyses.some((analysis) =>
    analysis.words.some(
      (word, i) =>
        word.stem === wanted &&
        !/^(?:not|no|never|n't)$/.test(analysis.words[i - 1]?.word ?? '') &&
        !/n['’]t$/.test(analysis.words[i - 1]?.word ?? '') &&
        !analysis.cues.negation.some((hit) => hit.end <= word.start && hit.window.slice(0, 2).includes(wanted)),
    ),
  );
}

// "Not connected" says what "unrelated" says: a negated opposite contradicts nothing, and "no less than" is a
// bound (the bounds check judges it), not "less".
function negatedInClaim(claim: TextAnalysis, word: WordToken): boolean {
  const before = claim.words[claim.words.indexOf(word) - 1]?.word;
  if (before === 'no' || before === 'not') return true;
  return claim.cues.negation.some((hit) => hit.end <= word.start && hit.window.slice(0, 2).includes(word.stem));
}

// "A rule under which new loads must cut use", "under the agreement": before a relative or a determiner, "under"
// and "over" place a thing in a frame; they compare nothing with "above".
function governsClause(claim: TextAnalysis, word: WordToken): boolean {
  const next = claim.words[claim.words.indexOf(word) + 1];
  return /^(?:under|over)$/.test(word.word) && /^(?:which|whom|whose|the|a|an|its|their|this|that|these|those)$/.test(next?.word ?? '');
}

function surfaceOf(evidence: Evidence, wanted: string): string {
  for (const analysis of evidence.analyses) {
    const word = analysis.words.find((candidate) => candidate.stem === wanted);
    if (word) return word.word;
  }
  return wanted;
}
