import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Evidence } from '../evidence.js';
import type { Quantity } from '../language-tools.js';
import { chinesePeriodStated } from './chinese-periods.js';

const quarter = (q: number, year = '2026'): Quantity =>
  ({
    kind: 'date',
    value: 0,
    unit: null,
    start: 0,
    end: 0,
    key: `date:${year}-Q${q}`,
    surface: 'third-quarter',
    date: `${year}-07`,
    quarter: q,
  }) as Quantity;
const evidence = (chineseText: string): Evidence => ({ chineseText }) as Evidence;

test('a quarter written without 第 states the claimed quarter', () => {
  assert.ok(chinesePeriodStated(quarter(3), evidence('哈尔登三季度营收同比增长41%')));
  assert.ok(chinesePeriodStated(quarter(3), evidence('2026年第三季度营收增长')));
});

test('another quarter or another written year does not', () => {
  assert.ok(!chinesePeriodStated(quarter(2), evidence('哈尔登三季度营收同比增长41%')));
  assert.ok(!chinesePeriodStated(quarter(3), evidence('2025年三季度营收增长')));
});
