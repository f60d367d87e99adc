/**
 * Finds amounts written with digits: "$1.1 billion", "US$1bn", "15亿元", "40%", "1,200 MW", "12,000",
 * including ranges whose first number borrows the second's scale and unit ("$3–5 billion", "10-15%").
 */
import type { Quantity } from '../types.js';
import { readTail, type AmountTail } from './amount-tail.js';
import { CURRENCY_PREFIXES } from './currencies.js';
import { buildAmount } from './quantity-builder.js';

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
const GLUE_LEFT = /[A-Za-z0-9_\u00C0-\u024F]/;
const RANGE = /^\s?(?:-|–|—|~|～|to|至|到)\s?/;
const BETWEEN = /between\s$/i;

interface ReadContext {
  /** A currency the amount inherits (the second number of "$3–5 billion"). */
  currency: string | null;
  traditional: boolean;
  /** The number ends a range, so a dash before it is the range's, not a name's ("Lumen-4"). */
  rangeEnd: boolean;
}

interface Amount {
  start: number;
  end: number;
  value: number;
  tail: AmountTail;
}

function prefixAt(text: string, start: number): [string, number] | null {
  for (const [symbol, code] of CURRENCY_PREFIXES) {
    const spaced = /^[A-Z]+$/.test(symbol) && text[start - 1] === ' ' ? 1 : 0;
    const from = start - spaced - symbol.length;
    if (from >= 0 && text.startsWith(symbol, from) && !GLUE_LEFT.test(text[from - 1] ?? ' ')) return [code, from];
  }
  return null;
}

// A number glued to a word ("K10", "FP4", "Lumen-4", "v0.19", "9:14", "10/14") is part of a name or a code.
function gluedLeft(text: string, start: number): boolean {
  const before = text[start - 1] ?? ' ';
  if (GLUE_LEFT.test(before)) return true;
  return /[-‐./:+#]/.test(before) && GLUE_LEFT.test(text[start - 2] ?? ' ');
}

function gluedRight(text: string, end: number): boolean {
  return /^[.:/]\d/.test(text.slice(end, end + 2)) || /^,\d{1,2}(?!\d)/.test(text.slice(end, end + 4));
}

function isBare(tail: AmountTail): boolean {
  return tail.scale === 1 && !tail.percent && !tail.unit && !tail.currency;
}

/** Reads one amount whose digits span `start`–`digitsEnd`; null when it must be skipped. */
function readAmount(text: string, start: number, digitsEnd: number, context: ReadContext): Amount | null {
  const prefix = prefixAt(text, start);
  // A currency code explains a letter before the digits ("RMB1.5bn"); otherwise a glued number is a name.
  if ((!context.rangeEnd && !prefix && gluedLeft(text, start)) || gluedRight(text, digitsEnd)) return null;
  const currency = prefix?.[0] ?? context.currency;
  const tail = readTail(text, digitsEnd, currency);
  if (!tail.currency && !tail.unit && /[A-Za-z]/.test(text[tail.end] ?? '')) return null; // "3B", "10x", "4E"
  // Bare 元 in traditional Chinese may be New Taiwan dollars: keep it only with an explicit currency.
  if (tail.bareYuan && context.traditional && !currency) return null;
  const value = Number(text.slice(start, digitsEnd).replace(/,/g, '')) * tail.scale;
  const amount = { start: prefix ? prefix[1] : start, end: tail.end, value, tail };
  return tail.scale === 1e4 || tail.scale === 1e8 ? extendCompound(text, amount, currency) : amount;
}

// Chinese writes 12,000 as "1萬2000" and 120 million as "1亿2000万": the digits after 万/亿 add on.
function extendCompound(text: string, amount: Amount, currency: string | null): Amount {
  if (amount.tail.unit || amount.tail.percent || (amount.tail.currency && !currency)) return amount;
  const rest = /^(\d+(?:\.\d+)?)/.exec(text.slice(amount.end));
  if (!rest) return amount;
  const tail = readTail(text, amount.end + rest[0].length, currency);
  if (tail.scale >= amount.tail.scale || (tail.letterScale && tail.scale > 1)) return amount;
  return {
    start: amount.start,
    end: tail.end,
    value: amount.value + Number(rest[1]) * tail.scale,
    tail: { ...tail, scale: amount.tail.scale },
  };
}

function withRange(text: string, first: Amount, traditional: boolean, out: Amount[]): number {
  const after = text.slice(first.end);
  const connector =
    RANGE.exec(after) ?? (BETWEEN.test(text.slice(Math.max(0, first.start - 8), first.start)) ? /^\s?and\s?/.exec(after) : null);
  const digits = connector
    ? /^(?:US\$|HK\$|\$|€|£|¥)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/.exec(after.slice(connector[0].length))
    : null;
  if (!connector || !digits) return first.end;
  const secondStart = first.end + connector[0].length + digits[0].length - digits[1]!.length;
  // "From 60 cents to 36 cents", "from $0.60 to 36 cents": a number written in cents is read in cents, whatever
  // currency the first number carries.
  const inCents = first.tail.scale === 0.01 || /^\s?(?:cents?\b|¢)/i.test(text.slice(secondStart + digits[1]!.length));
  const second = readAmount(text, secondStart, secondStart + digits[1]!.length, {
    currency: inCents ? null : first.tail.currency,
    traditional,
    rangeEnd: true,
  });
  if (!second || isBare(second.tail)) return first.end;
  if (isBare(first.tail) || (first.tail.currency && second.tail.scale > 1 && first.tail.scale === 1)) {
    first.tail = { ...second.tail, currency: first.tail.currency ?? second.tail.currency };
    first.value *= second.tail.scale;
  }
  out.push(second);
  return second.end;
}

function accept(amount: Amount): boolean {
  const { tail } = amount;
  if (tail.letterScale && !tail.currency && tail.unit?.base !== 'tokens') return false;
  // Plain years ("in 2027") are dates, left to the date finders.
  return !(
    isBare(tail) &&
    Number.isInteger(amount.value) &&
    amount.value >= 1900 &&
    amount.value <= 2100 &&
    amount.end - amount.start === 4
  );
}

/** Appends the digit-written amounts of `text` to `out`; `traditional` marks traditional-Chinese text. */
export function findDigitAmounts(text: string, traditional: boolean, out: Quantity[]): void {
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(text); match; match = NUMBER.exec(text)) {
    const first = readAmount(text, match.index, match.index + match[0].length, { currency: null, traditional, rangeEnd: false });
    if (!first) continue;
    const amounts = [first];
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, withRange(text, first, traditional, amounts));
    for (const amount of amounts) {
      if (!accept(amount)) continue;
      perSecond(text, amount);
      out.push(buildAmount(text, amount.start, amount.end, amount.value, amount.tail));
    }
  }
}

// "每秒3.2TB" is a bandwidth: data per second.
function perSecond(text: string, amount: Amount): void {
  const unit = amount.tail.unit;
  if (unit?.base === 'GB' && text.slice(Math.max(0, amount.start - 2), amount.start) === '每秒') {
    amount.tail = { ...amount.tail, unit: { text: `${unit.text}/s`, base: 'GB/s', factor: unit.factor } };
  }
}
