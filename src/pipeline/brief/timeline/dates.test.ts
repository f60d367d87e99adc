import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates } from './dates.js';

const dates = (text: string, language: string, published: string) =>
  findDates(text, language, published).map((m) => `${m.precision}:${m.date}`);

describe('findDates', () => {
  it('resolves a weekday to the current week before publication', () => {
    assert.deepEqual(dates('Helioscale said on Wednesday it had restored its region.', 'en', '2026-10-21T23:20:00Z'), ['day:2026-10-21']);
    assert.deepEqual(dates('Corvane on Thursday unveiled the K10.', 'en', '2026-10-17T09:00:00Z'), ['day:2026-10-15']);
  });

  it('reads month, year-period and bare-year precision', () => {
    const text = 'Customer samples are due in January 2027 and volume shipments are planned for the second quarter of 2027.';
    assert.deepEqual(dates(text, 'en', '2026-10-15T20:00:00Z'), ['month:2027-01', 'year:2027']);
    assert.deepEqual(dates('The company broke ground in 2025.', 'en', '2026-10-15T20:00:00Z'), ['year:2025']);
  });

  it('takes the year a year-less month needs from the nearest tense word', () => {
    const text = 'Brightwater began volume shipments of the LX8 in June, and plans to sample the switch in April 2027.';
    assert.deepEqual(dates(text, 'en', '2026-10-29T21:00:00Z'), ['month:2026-06', 'month:2027-04']);
    assert.deepEqual(dates('Samples will reach customers in January.', 'en', '2026-10-29T21:00:00Z'), ['month:2027-01']);
    // After a date "by" names who did it, not a deadline.
    assert.deepEqual(dates('Yardstick was founded in March by two engineers.', 'en', '2026-10-15T17:30:00Z'), ['month:2026-03']);
  });

  it('ignores durations, times of day and lower-case words that look like dates', () => {
    assert.deepEqual(dates('A report will follow within 14 days.', 'en', '2026-10-21T23:20:00Z'), []);
    assert.deepEqual(dates('The disruption began at 9:12 a.m. and what sat in the halls mattered.', 'en', '2026-10-21T23:20:00Z'), []);
  });

  it('reads Chinese dates, quarters and a bare day of the month', () => {
    assert.deepEqual(dates('K10将于2027年1月向客户送样，2027年第二季度开始量产出货。', 'zh', '2026-10-16T02:00:00Z'), [
      'month:2027-01',
      'year:2027',
    ]);
    assert.deepEqual(dates('美国时间10月15日，科文半导体发布K10。', 'zh', '2026-10-16T02:00:00Z'), ['day:2026-10-15']);
    assert.deepEqual(dates('科文半導體15日在聖荷西發表K10。', 'zh', '2026-10-16T02:00:00Z'), ['day:2026-10-15']);
  });

  it('needs a publication time for relative dates', () => {
    assert.deepEqual(findDates('It happened on Monday.', 'en', null), []);
  });
});
