import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Quantity } from '../language-tools.js';
import { supports } from './quantities.js';

const quantity = (fields: Partial<Quantity> & Pick<Quantity, 'kind' | 'value' | 'key' | 'surface'>): Quantity => ({
  unit: null,
  start: 0,
  end: 0,
  ...fields,
});

describe('supports', () => {
  it('matches equal keys across spellings', () => {
    const claimed = quantity({ kind: 'money', value: 1e9, unit: 'USD', key: 'money:USD:1000000000', surface: '$1B' });
    const source = quantity({ kind: 'money', value: 1e9, unit: 'USD', key: 'money:USD:1000000000', surface: '10亿美元' });
    assert.ok(supports(source, claimed));
  });

  it('accepts a claim that rounds the source, never a different value', () => {
    const source = quantity({ kind: 'measure', value: 6.1, unit: 'h', key: 'measure:h:6.1', surface: '6.1 hours' });
    assert.ok(supports(source, quantity({ kind: 'measure', value: 6, unit: 'h', key: 'measure:h:6', surface: '6 hours' })));
    assert.ok(!supports(source, quantity({ kind: 'measure', value: 16, unit: 'h', key: 'measure:h:16', surface: '16 hours' })));
  });

  it('keeps units apart: 95 million is not 95 billion', () => {
    const source = quantity({ kind: 'money', value: 95e6, unit: 'USD', key: 'money:USD:95000000', surface: '$95 million' });
    assert.ok(
      !supports(source, quantity({ kind: 'money', value: 95e9, unit: 'USD', key: 'money:USD:95000000000', surface: '$95 billion' })),
    );
  });

  it('lets a month or a year claim rest on a day inside it, not the other way round', () => {
    const day = quantity({ kind: 'date', value: 0, key: 'date:2026-12-07', surface: 'December 7', date: '2026-12-07', precision: 'day' });
    const month = quantity({ kind: 'date', value: 0, key: 'date:2026-12', surface: 'December', date: '2026-12', precision: 'month' });
    const otherMonth = quantity({ kind: 'date', value: 0, key: 'date:2026-11', surface: 'November', date: '2026-11', precision: 'month' });
    assert.ok(supports(day, month));
    assert.ok(!supports(month, day));
    assert.ok(!supports(day, otherMonth));
  });

  it('matches a quarter by a month inside it', () => {
    const quarter = quantity({
      kind: 'date',
      value: 0,
      key: 'date:2027-Q2',
      surface: 'second quarter of 2027',
      date: '2027-04',
      precision: 'month',
      quarter: 2,
    });
    const may = quantity({ kind: 'date', value: 0, key: 'date:2027-05', surface: 'May 2027', date: '2027-05', precision: 'month' });
    assert.ok(supports(may, quarter));
  });

  it("lets a bare count restate a measure's written figure or percentage points, never a share", () => {
    const days = quantity({ kind: 'measure', value: 218.4, unit: 'h', key: 'measure:h:218.4', surface: '9.1 days' });
    assert.ok(supports(days, quantity({ kind: 'number', value: 9.1, key: 'number:9.1', surface: '9.1' })));
    const points = quantity({ kind: 'percent', value: 14, unit: 'pp', key: 'percent-point:14', surface: '14 percentage points' });
    assert.ok(supports(points, quantity({ kind: 'number', value: 14, key: 'number:14', surface: '14' })));
    const share = quantity({ kind: 'percent', value: 59, unit: '%', key: 'percent:59', surface: '59%' });
    assert.ok(!supports(share, quantity({ kind: 'number', value: 59, key: 'number:59', surface: '59' })));
  });
});
