/**
 * Fractions in words a claim may give for a cited percentage: "seven in ten" or "three out of four" for 70% or
 * 75%, "four-fifths" or "two thirds" for 80% or 67%. The words of such a fraction state no count of their own:
 * they are the percentage, so they hold when a cited percentage is within a point or two of them. So does a split
 * ("a 60-40 venture") whose two shares are cited percentages.
 */
import type { TextAnalysis } from '../analysis.js';
import { NUMBER_WORDS } from '../cues/calendar.js';
import type { Evidence } from '../evidence.js';

const PARTS: Readonly<Record<string, number>> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5 };
const PARTS_MORE: Readonly<Record<string, number>> = { tenth: 10, tenths: 10, sixth: 6, sixths: 6, eighth: 8, eighths: 8 };
const COUNT = String.raw`(one|a|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})`;
const IN_OF = new RegExp(String.raw`\b${COUNT}\s+(?:in|out\s+of)\s+(every\s+)?(two|three|four|five|six|eight|ten|\d{1,3})\b`, 'gi');
const PART_OF = new RegExp(String.raw`\b${COUNT}[\s-]+(halves|half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b`, 'gi');
const SPLIT = /\b(\d{1,2})[-–/](\d{1,2})\b(?![-–/.]?\d)/g;
// "Roughly seven in ten" may round 68%; a bare fraction rounds only to the nearest point or so.
const ROUGH = /(?:about|around|roughly|some|approximately|nearly|almost|close to|more than|over|under|just over|just under)\s*$/i;

/** Returns the character spans of the claim's word fractions that a cited percentage states. */
export function statedFractionSpans(claim: TextAnalysis, evidence: Evidence): [number, number][] {
  // A fraction in words also meets the same fraction in other words ("one in five" for "roughly a fifth").
  const percents = [
    ...evidence.quantities.filter((q) => q.kind === 'percent').map((q) => q.value),
    ...wordFractions(evidence.englishText).map(({ share }) => share),
    ...ratiosOf(evidence),
  ];
  if (percents.length === 0) return [];
  const spans: [number, number][] = wordFractions(claim.text)
    .filter(({ share, tolerance }) => percents.some((value) => Math.abs(value - share) <= tolerance))
    .map(({ span }) => span);
  // "A 60-40 joint venture", "a 70/30 split": shares that make a whole, each a cited percentage.
  for (const match of claim.text.matchAll(SPLIT)) {
    const [a, b] = [Number(match[1]), Number(match[2])];
    if (a + b === 100 && percents.includes(a) && percents.includes(b)) spans.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
  }
  return spans;
}

// "About 6 GW of the 8 GW increase" is three quarters of it: a part over a whole of the same unit.
function ratiosOf(evidence: Evidence): number[] {
  const figures = evidence.quantities.filter((q) => q.kind !== 'date' && q.kind !== 'percent' && q.value > 0);
  return figures.flatMap((part) =>
    figures
      .filter((whole) => whole.unit === part.unit && whole.kind === part.kind && whole.value > part.value)
      .map((whole) => (100 * part.value) / whole.value),
  );
}

/** The shares (in percent) the claim gives in word fractions ("three-fifths of the venture" is 60). */
export function claimedFractionShares(claim: TextAnalysis): number[] {
  return wordFractions(claim.text).map(({ share }) => share);
}

/**
 * Whether the English cited text gives a claimed percentage as a word fraction: "raise output by roughly half" states
 * "by roughly 50%", "two-thirds of the sites" 67%. Only a fraction the claim's figure rounds (within a point) counts.
 */
export function percentInWords(value: number, englishText: string): boolean {
  const shares = wordFractions(englishText).map(({ share }) => share);
  if (HALF.test(englishText)) shares.push(50);
  return shares.some((share) => Math.abs(share - value) <= 1);
}

// A bare "half" is one half ("by roughly half", "half of the sites"); "half a day" or "half-year" name no share.
const HALF =
  /\b(?:by|about|roughly|around|nearly|almost|some|than|over|under)\s+(?:roughly\s+|about\s+)?half\b(?![\s-]+(?:a|an|year|day|hour)\b)|\bhalf\s+of\b/i;

interface WordFraction {
  span: [number, number];
  share: number;
  tolerance: number;
}

function wordFractions(text: string): WordFraction[] {
  const found: WordFraction[] = [];
  for (const match of [...text.matchAll(IN_OF), ...text.matchAll(PART_OF)]) {
    const numerator = countOf(match[1]!);
    const word = match[match.length - 1]!.toLowerCase();
    const denominator = PARTS[word] ?? PARTS_MORE[word] ?? countOf(word);
    if (!(numerator > 0 && denominator > numerator)) continue;
    const start = match.index ?? 0;
    const tolerance = ROUGH.test(text.slice(Math.max(0, start - 16), start)) ? 4 : 1.5;
    found.push({ span: [start, start + match[0].length], share: (numerator / denominator) * 100, tolerance });
  }
  return found;
}

function countOf(word: string): number {
  const lower = word.toLowerCase();
  if (lower === 'one' || lower === 'a') return 1;
  return /^\d+$/.test(lower) ? Number(lower) : (NUMBER_WORDS[lower] ?? 0);
}

// "A quarter of the sites" where the source says "a third of the sites": a unit fraction in words is a figure too.
// Only one after "of" or a degree word; "in a quarter" is a span of time. "Half" is a number word of its own.
const UNIT_FRACTION =
  /\b(?:(by|about|roughly|nearly|around|almost|some|than|over|under|just|only|barely)\s+)?(?:a|one)[\s-]+(third|quarter|fifth|sixth|eighth|tenth)\b(\s+of\b)?/gi;
const CHINESE_DIGIT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Returns a reason for each unit fraction of the claim ("a quarter of") that no cited sentence states in any form. */
export function unstatedUnitFractions(claim: TextAnalysis, evidence: Evidence): string[] {
  if (claim.chinese) return [];
  const stated = [
    ...wordFractions(evidence.englishText).map(({ share }) => share),
    ...evidence.quantities.filter((q) => q.kind === 'percent').map((q) => q.value),
    ...chineseShares(evidence.chineseText),
  ];
  const reasons: string[] = [];
  for (const match of claim.text.matchAll(UNIT_FRACTION)) {
    if (match[1] === undefined && match[3] === undefined) continue;
    const share = 100 / (PARTS[match[2]!.toLowerCase()] ?? PARTS_MORE[match[2]!.toLowerCase()] ?? 1);
    if (!stated.some((value) => Math.abs(value - share) <= 4)) reasons.push(`number "a ${match[2]!.toLowerCase()}" not in cited sentences`);
  }
  return reasons;
}

// "三分之一" is a third, "三成" thirty percent.
function chineseShares(text: string): number[] {
  const shares: number[] = [];
  for (const match of text.matchAll(/([一二两三四五六七八九十])分之([一二两三四五六七八九])/g))
    shares.push((100 * CHINESE_DIGIT[match[2]!]!) / CHINESE_DIGIT[match[1]!]!);
  for (const match of text.matchAll(/([一二两三四五六七八九])成/g)) shares.push(10 * CHINESE_DIGIT[match[1]!]!);
  return shares;
}
