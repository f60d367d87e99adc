/**
 * Reads what follows a number: a scale word ("billion", "亿"), then a percent sign, a currency word or a
 * measure unit. Shared by digit, English-word and Chinese-numeral amounts.
 */
import { CURRENCY_SUFFIXES, WON_AFTER_SCALE } from './currencies.js';
import { CHINESE_SCALES, ENGLISH_SCALES } from './numerals.js';
import type { AmountMeaning } from './quantity-builder.js';
import { UNITS, type UnitDefinition } from './units.js';

/** The tail after a number: where it ends, its multiplier, and its meaning. */
export interface AmountTail extends AmountMeaning {
  end: number;
  scale: number;
  /** The scale was a single letter ("650M"), which means "million" only for money or tokens. */
  letterScale: boolean;
  /** The bare 元 was the currency word (CNY only in simplified Chinese). */
  bareYuan: boolean;
}

const LATIN_LETTER = /[A-Za-z]/;
const CENTS = /^\s?(?:cents?\b|¢)/i;
const PERCENT = /^\s?(?:%|percent\b|per cent\b|pct\b)/i;
const POINTS = /^\s?(?:percentage points?\b|個百分點|个百分点|pp\b)/i;
const BASIS_POINTS = /^\s?(?:basis points?\b|bps\b|个基点|個基點)/i;
// "per million tokens", "/kWh", "每千瓦时": a scale word is kept only with the unit it scales.
const PER =
  /^\s?(?:per|\/|每)\s?((?:million|thousand|billion|百万|百萬|千)\s?(?:tokens?|words?|characters?|requests?|queries|calls|images|users?|seats?)\b|(?!(?:million|thousand|billion)\b)[A-Za-z][\w-]*|[\u4e00-\u9fff]{1,3})/;

function boundaryAfter(text: string, end: number): boolean {
  return !LATIN_LETTER.test(text[end] ?? '');
}

function readScale(text: string, position: number): [number, number, boolean] | null {
  for (const [word, scale] of CHINESE_SCALES) if (text.startsWith(word, position)) return [position + word.length, scale, false];
  for (const [word, scale, letter] of ENGLISH_SCALES) {
    const space = text[position] === ' ' && !letter ? 1 : 0;
    if (text.startsWith(word, position + space) && boundaryAfter(text, position + space + word.length)) {
      return [position + space + word.length, scale, letter];
    }
  }
  return null;
}

// Units grouped by their lowercased first character, so each number tries only a handful.
const UNITS_BY_FIRST = new Map<string, UnitDefinition[]>();
for (const unit of UNITS) {
  const first = unit.text[0]!.toLowerCase();
  UNITS_BY_FIRST.set(first, [...(UNITS_BY_FIRST.get(first) ?? []), unit]);
}

/** Reads a measure unit at `position` (after an optional space or hyphen); null when none. */
export function readUnit(text: string, position: number): [UnitDefinition, number] | null {
  const gap = text[position] === ' ' || text[position] === '-' ? 1 : 0;
  for (const start of gap ? [position + gap, position] : [position]) {
    for (const unit of UNITS_BY_FIRST.get((text[start] ?? '').toLowerCase()) ?? []) {
      const candidate = text.slice(start, start + unit.text.length);
      const same = unit.words ? candidate.toLowerCase() === unit.text.toLowerCase() : candidate === unit.text;
      if (same && (!LATIN_LETTER.test(unit.text.slice(-1)) || boundaryAfter(text, start + unit.text.length)))
        return [unit, start + unit.text.length];
    }
  }
  return null;
}

function readCurrency(text: string, position: number, scaled: boolean): [string, number, boolean] | null {
  const rest = text.slice(position, position + 24);
  for (const [word, code] of CURRENCY_SUFFIXES) {
    const space = rest.startsWith(' ') && /^[A-Za-z]/.test(word) ? 1 : 0;
    if (rest.startsWith(word, space) && boundaryAfter(text, position + space + word.length))
      return [code, position + space + word.length, false];
  }
  if (scaled && WON_AFTER_SCALE.test(rest)) return ['KRW', position + rest.match(WON_AFTER_SCALE)![0].length, false];
  if (text[position] === '元') return ['CNY', position + 1, true];
  return null;
}

function readPer(text: string, tail: AmountTail): void {
  const match = PER.exec(text.slice(tail.end, tail.end + 32));
  if (match?.[1]) {
    tail.per = match[1];
    tail.end += match[0].length;
  }
}

/** Reads the tail after a number ending at `position`; `currency` is a prefix already seen ("$"). */
export function readTail(text: string, position: number, currency: string | null): AmountTail {
  const tail: AmountTail = { end: position, scale: 1, letterScale: false, bareYuan: false, currency, percent: null, unit: null };
  const unitFirst = readUnit(text, position);
  if (unitFirst && !currency) return { ...tail, unit: unitFirst[0], end: unitFirst[1] };
  const scale = readScale(text, position);
  if (scale) [tail.end, tail.scale, tail.letterScale] = scale;
  // 兆 is 10¹² only as an amount of money (Taiwan's "1兆元"); elsewhere it is the prefix "mega" (兆瓦).
  if (!scale && text[position] === '兆' && readCurrency(text, position + 1, true)) [tail.end, tail.scale] = [position + 1, 1e12];
  const percent = BASIS_POINTS.exec(text.slice(tail.end)) ?? POINTS.exec(text.slice(tail.end)) ?? PERCENT.exec(text.slice(tail.end));
  if (percent && !currency) {
    tail.percent = BASIS_POINTS.test(percent[0]) ? 'basis-point' : POINTS.test(percent[0]) ? 'point' : 'percent';
    tail.end += percent[0].length;
    return tail;
  }
  // "36 cents" is $0.36: English reporting writes cents for the dollar's hundredth.
  const cents = !currency && tail.scale === 1 ? CENTS.exec(text.slice(tail.end)) : null;
  if (cents) {
    [tail.currency, tail.scale, tail.end] = ['USD', 0.01, tail.end + cents[0].length];
    readPer(text, tail);
    return tail;
  }
  const money = readCurrency(text, tail.end, tail.scale > 1);
  if (money) [tail.currency, tail.end, tail.bareYuan] = [currency ?? money[0], money[1], money[2]];
  if (tail.currency) {
    readPer(text, tail);
    return tail;
  }
  const unit = readUnit(text, tail.end);
  if (unit) [tail.unit, tail.end] = unit;
  return tail;
}
