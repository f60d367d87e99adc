/** Checks the numbers a quantity extractor leaves alone: bare digits in names, spelled-out counts, month names. */
import type { TextAnalysis } from '../analysis.js';
import { MONTH_WORDS, NUMBER_WORDS } from '../cues/calendar.js';
import type { Evidence } from '../evidence.js';
import { isMonthMay } from '../text/month-may.js';
import { chineseNumerals } from '../text/numerals.js';
import { derivable } from './derived-numbers.js';

/** Returns reasons for digits, number words and month names of the claim that no cited sentence gives. */
export function checkSpelledOut(claim: TextAnalysis, evidence: Evidence, stated: readonly [number, number][] = []): string[] {
  const spans = [...claim.quantities, ...claim.entities, ...stated.map(([start, end]) => ({ start, end }))];
  const outside = (start: number, end: number): boolean => !spans.some((span) => start < span.end && end > span.start);
  const reasons: string[] = [];
  const digitsText = `${evidence.englishText}\n${evidence.chineseText}\n${evidence.context.text}`.replace(/(\d),(?=\d{3})/g, '$1');
  for (const match of claim.text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const start = match.index ?? 0;
    if (!outside(start, start + match[0].length)) continue;
    // Digits inside a name ("Tern 2") may come from the cited sentence's paragraph, where the name is.
    const digits = match[0].replace(/,(?=\d{3})/g, '');
    if (!new RegExp(`(^|[^\\d.])${digits.replace('.', '\\.')}(?![\\d])`).test(digitsText) && !ordinalStated(Number(digits), evidence))
      reasons.push(`number ${match[0]} not in cited sentences`);
  }
  for (const word of claim.words) {
    if (!outside(word.start, word.end)) continue;
    const count = NUMBER_WORDS[word.word];
    if (count !== undefined && !countStated(word.word, count, evidence) && !derivable(count, word.start, claim, evidence))
      reasons.push(`number "${word.word}" not in cited sentences`);
    if (HALVED.has(word.word) && !halfStated(evidence) && !derivable(0.5, word.start, claim, evidence))
      reasons.push(`number "${word.word}" not in cited sentences`);
    const vague = VAGUE_COUNTS[word.word];
    if (vague !== undefined && /^\s+of\b/.test(claim.text.slice(word.end)) && belowVague(word.word, vague, evidence))
      reasons.push(`number "${word.word}" not in cited sentences`);
    const unit = word.word === 'one' ? unitAfterOne(claim, word.end) : null;
    if (unit && !oneStated(unit, evidence)) reasons.push(`number "one ${unit}" not in cited sentences`);
    const month = MONTH_WORDS[word.word] ?? (isMonthMay(claim.text, word.start) ? 5 : undefined);
    if (month !== undefined && !monthStated(word.word, month, evidence)) reasons.push(`month "${word.word}" not in cited sentences`);
  }
  return reasons;
}

function countStated(word: string, value: number, evidence: Evidence): boolean {
  if (evidence.englishText.includes(word) || evidence.quantities.some((q) => q.value === value && q.kind !== 'date')) return true;
  if (new RegExp(`(^|[^\\d.])${value}(?![\\d.])`).test(`${evidence.englishText}\n${evidence.chineseText}`)) return true;
  if (value === 2 && /\b(two|twice|doubl(?:e|ed|es|ing)|both)\b/.test(evidence.englishText)) return true;
  if (value === 3 && /\b(three|tripl(?:e|ed|es|ing)|threefold)\b/.test(evidence.englishText)) return true;
  // "约占一半": a Chinese half is 一半 or 半数, never a numeral the table below renders.
  if (word === 'half' && /一半|半数|半數|五成/.test(evidence.chineseText)) return true;
  // "At half utilization" for "at 50 percent": a half is a cited 50%.
  if (word === 'half' && evidence.quantities.some((q) => q.kind === 'percent' && q.value === 50)) return true;
  return (
    chineseNumerals(value).some((numeral) => evidence.chineseText.includes(numeral)) ||
    (value === 2 && /翻[了一]*倍|一倍/.test(evidence.chineseText))
  );
}

// "Sales halved" is a figure: a fall by half, 50%, 一半 or 减半 states it; "by a third" does not.
const HALVED = new Set(['halved', 'halve', 'halving']);
const HALF_STATED = /\bhal(?:f|ve|ved|ving)\b|\b50\s?(?:%|percent|per cent)/;
// "Dozens of sites" against "twelve sites": a vague plural count is a floor (two dozen, two hundred, two thousand).
const VAGUE_COUNTS: Readonly<Record<string, number>> = { dozens: 24, hundreds: 200, thousands: 2000 };

function halfStated(evidence: Evidence): boolean {
  return HALF_STATED.test(evidence.englishText) || /一半|减半|減半|腰斩|腰斬/.test(evidence.chineseText);
}

function belowVague(word: string, floor: number, evidence: Evidence): boolean {
  if (evidence.englishText.includes(word)) return false;
  const counts = evidence.quantities.filter((q) => q.kind !== 'date' && q.kind !== 'percent').map((q) => q.value);
  return counts.length > 0 && counts.every((value) => value < floor);
}

// "Under one millisecond": "one" before a unit is a figure, though the word list leaves "one" out as a pronoun.
const UNIT_AFTER_ONE =
  /^[\s-]+((?:milli|micro|nano)?second|minute|hour|week|month|year|quarter|percent|percentage point|(?:giga|mega|kilo)watt|(?:kilo)?metre|mile|tonne|dozen|million|billion|trillion|thousand|hundred)s?\b/i;

function unitAfterOne(claim: TextAnalysis, end: number): string | null {
  return UNIT_AFTER_ONE.exec(claim.text.slice(end))?.[1]?.toLowerCase() ?? null;
}

// The unit once, written any way: "a millisecond", "one-millisecond", "1 ms", a figure of 1, or a Chinese 一.
function oneStated(unit: string, evidence: Evidence): boolean {
  if (new RegExp(`\\b(?:one|a|an|single|1)[\\s-]+${unit}`, 'i').test(evidence.englishText)) return true;
  return evidence.quantities.some((q) => q.value === 1 && q.kind !== 'date') || evidence.chineseText.includes('一');
}

function monthStated(word: string, month: number, evidence: Evidence): boolean {
  if (evidence.englishText.includes(word)) return true;
  if (evidence.quantities.some((q) => q.kind === 'date' && q.date !== undefined && Number(q.date.slice(5, 7)) === month)) return true;
  // "1至9月" states January as well as September: the first month of a range is written without its 月.
  const range = '(?:\\s*(?:至|到|-|—|~|～)\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3}))?月';
  return (
    new RegExp(`(^|[^\\d])${month}${range}`).test(evidence.chineseText) ||
    chineseNumerals(month).some((numeral) => new RegExp(`${numeral}${range}`).test(evidence.chineseText))
  );
}

// "Level-2" for "第二级", "phase 3" for "三期": a small ordinal a Chinese sentence writes in numerals.
function ordinalStated(value: number, evidence: Evidence): boolean {
  return chineseNumerals(value).some((numeral) => new RegExp(`第${numeral}|${numeral}[级級期代号號]`).test(evidence.chineseText));
}
