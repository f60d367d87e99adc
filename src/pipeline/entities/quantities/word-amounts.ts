/**
 * Finds amounts written in words: English ("nine hours", "two million", "Sixty-one percent") and Chinese
 * numerals ("两千家", "1.2万" is digits), percentages (百分之四十, 四成) — only where a unit, a scale or a
 * counter shows the word is a quantity, since 一 and "one" are mostly not.
 */
import type { Quantity } from '../types.js';
import { readTail } from './amount-tail.js';
import { CHINESE_NUMERAL, ENGLISH_TENS, ENGLISH_UNITS, parseChineseNumeral } from './numerals.js';
import { buildAmount, canonicalNumber } from './quantity-builder.js';

const TENS = Object.keys(ENGLISH_TENS).join('|');
const UNITS = Object.keys(ENGLISH_UNITS).join('|');
const ENGLISH_NUMBER = new RegExp(`\\b(?:(${TENS})(?:[- ](${UNITS}))?|(${UNITS}))\\b`, 'gi');
// Counters and measure words that make a Chinese numeral a count ("六座反应堆", "两千家企业").
const COUNTER =
  /^(?:个|個|家|座|台|臺|张|張|颗|顆|名|位|款|项|項|次|条|條|套|栋|棟|所|种|種|批|轮|輪|层|層|组|組|支|架|辆|輛|处|處|份|片|座|万|萬|亿|億)/;
const ORDINAL_BEFORE = /[第初]$/;
const CHINESE_PERCENT = /百分之([零〇一二两兩三四五六七八九十]+|\d+(?:\.\d+)?)/g;
// "四成" is 40%; the characters after 成 that make another word (成本 "cost", 成为 "become") are excluded.
const CHINESE_TENTHS =
  /(?<![零〇一二两兩三四五六七八九十\d])([一二两兩三四五六七八九十]|\d{1,2})成(?![本为為功立长長员員果绩績熟交型分都不就品效)])/g;

function englishValue(match: RegExpExecArray): number {
  const tens = match[1] ? ENGLISH_TENS[match[1].toLowerCase()]! : 0;
  const units = match[2] ?? match[3];
  return tens + (units ? ENGLISH_UNITS[units.toLowerCase()]! : 0);
}

function findEnglish(text: string, out: Quantity[]): void {
  ENGLISH_NUMBER.lastIndex = 0;
  for (let match = ENGLISH_NUMBER.exec(text); match; match = ENGLISH_NUMBER.exec(text)) {
    const value = englishValue(match);
    const tail = readTail(text, match.index + match[0].length, null);
    if (tail.letterScale) continue;
    const meaningful = tail.scale > 1 || tail.percent || tail.unit || tail.currency;
    // A bare "one" is a pronoun, and bare small words in running text are counts worth keeping.
    if (!meaningful && (value < 2 || /^\s?(?:of|another|other)\b/.test(text.slice(tail.end)))) continue;
    if (tail.bareYuan) continue;
    out.push(buildAmount(text, match.index, tail.end, value * tail.scale, tail));
  }
}

function findChineseNumerals(text: string, out: Quantity[]): void {
  CHINESE_NUMERAL.lastIndex = 0;
  for (let match = CHINESE_NUMERAL.exec(text); match; match = CHINESE_NUMERAL.exec(text)) {
    const end = match.index + match[0].length;
    if (ORDINAL_BEFORE.test(text.slice(0, match.index)) || /[\d.]/.test(text[match.index - 1] ?? '')) continue;
    const value = parseChineseNumeral(match[0]);
    if (value === null) continue;
    const tail = readTail(text, end, null);
    // A counter makes a count ("两家"); a numeral of three or more characters with a multiplier is one by itself
    // ("一万二千"), while two-character ones are often words (千万 "by all means", 万一 "in case").
    const counted = value > 1 && (COUNTER.test(text.slice(end)) || (match[0].length >= 3 && /[十百千万萬亿億]/.test(match[0])));
    if (!(tail.scale > 1 || tail.percent || tail.unit || tail.currency || counted)) continue;
    out.push(buildAmount(text, match.index, tail.end, value * tail.scale, tail));
  }
}

function percentQuantity(text: string, start: number, end: number, value: number): Quantity {
  return { kind: 'percent', value, unit: '%', surface: text.slice(start, end), start, end, key: `percent:${canonicalNumber(value)}` };
}

/** Appends Chinese percentages (百分之四十, 四成, 4成) to `out`; run before digit amounts, which would read "4". */
export function findChinesePercents(text: string, out: Quantity[]): void {
  for (const match of text.matchAll(CHINESE_PERCENT)) {
    const value = /\d/.test(match[1]!) ? Number(match[1]) : parseChineseNumeral(match[1]!);
    if (value !== null) out.push(percentQuantity(text, match.index!, match.index! + match[0].length, value));
  }
  for (const match of text.matchAll(CHINESE_TENTHS)) {
    const tenths = /\d/.test(match[1]!) ? Number(match[1]) : parseChineseNumeral(match[1]!);
    if (tenths !== null && tenths <= 10) out.push(percentQuantity(text, match.index!, match.index! + match[0].length, tenths * 10));
  }
}

/** Appends the amounts written in English words or Chinese numerals to `out`. */
export function findWordAmounts(text: string, out: Quantity[]): void {
  findEnglish(text, out);
  if (/[一二两兩三四五六七八九十百千万萬亿億]/.test(text)) findChineseNumerals(text, out);
}
