import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseText } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { placeOfCurrency } from './currency-places.js';

const evidence = (text: string): Evidence => ({ quantities: analyseText(text, 'zh', null).quantities }) as unknown as Evidence;
const place = (text: string) => analyseText(text, 'en', null).entities.find((entity) => entity.kind === 'place')!;

test('an amount in a currency names the place that issues it, and no other', () => {
  assert.ok(placeOfCurrency(place('It plans a Hong Kong listing.'), evidence('本次募资规模约80亿港元')));
  assert.ok(!placeOfCurrency(place('It plans a Singapore listing.'), evidence('本次募资规模约80亿港元')));
});
