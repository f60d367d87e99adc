/** Builds Quantity values with canonical keys, so that every spelling of one amount compares equal. */
import type { Quantity } from '../types.js';
import type { UnitDefinition } from './units.js';

/** Formats a value for a key: twelve significant digits, so float noise (0.1 × 3) never splits keys. */
export function canonicalNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** What an amount's tail said: its currency, percent sign or unit (at most one applies). */
export interface AmountMeaning {
  currency: string | null;
  percent: 'percent' | 'point' | 'basis-point' | null;
  unit: UnitDefinition | null;
  per?: string;
}

/** Turns a parsed amount into a Quantity; `value` already includes any scale word. */
export function buildAmount(text: string, start: number, end: number, value: number, meaning: AmountMeaning): Quantity {
  const surface = text.slice(start, end);
  if (meaning.currency) {
    const quantity: Quantity = {
      kind: 'money',
      value,
      unit: meaning.currency,
      surface,
      start,
      end,
      key: `money:${meaning.currency}:${canonicalNumber(value)}`,
    };
    if (meaning.per) quantity.per = meaning.per;
    return quantity;
  }
  if (meaning.percent === 'percent')
    return { kind: 'percent', value, unit: '%', surface, start, end, key: `percent:${canonicalNumber(value)}` };
  if (meaning.percent) {
    const points = meaning.percent === 'basis-point' ? value / 100 : value;
    return { kind: 'percent', value: points, unit: 'pp', surface, start, end, key: `percent-point:${canonicalNumber(points)}` };
  }
  if (meaning.unit) {
    const base = Number((value * meaning.unit.factor).toPrecision(12));
    return {
      kind: 'measure',
      value: base,
      unit: meaning.unit.base,
      surface,
      start,
      end,
      key: `measure:${meaning.unit.base}:${canonicalNumber(base)}`,
    };
  }
  return { kind: 'number', value, unit: null, surface, start, end, key: `number:${canonicalNumber(value)}` };
}
