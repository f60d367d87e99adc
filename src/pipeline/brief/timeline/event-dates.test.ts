import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates } from './dates.js';
import { eventDates } from './event-dates.js';

const PUBLISHED = '2026-11-12T09:00:00Z';

function eventDatesOf(text: string, language = 'en'): string[] {
  return eventDates(text, findDates(text, language, PUBLISHED)).map((mention) => `${mention.precision}:${mention.date}`);
}

describe('eventDates', () => {
  it('drops a year that bounds what a superlative counts, and keeps a date that was recorded', () => {
    assert.deepEqual(eventDatesOf('It was the largest equity round for a reactor developer that Deal Desk has tracked in 2026.'), []);
    assert.deepEqual(eventDatesOf('The cut is larger than any hyperscaler price cut Token Economics has tracked in 2026.'), []);
    assert.deepEqual(eventDatesOf('The raise is due in 2026, the company said.'), ['year:2026']);
    assert.deepEqual(eventDatesOf('That compares with a peak of 143 GW recorded in January 2026.'), ['month:2026-01']);
  });

  it('drops the date of a plan the sentence denies', () => {
    assert.deepEqual(eventDatesOf('The company said it had no plans for a listing in 2027.'), []);
    assert.deepEqual(eventDatesOf('公司表示，暂无2027年上市的计划。', 'zh'), []);
  });

  it('keeps the day a sentence was told on and drops the year it is about', () => {
    assert.deepEqual(eventDatesOf('Halden told analysts on Tuesday that its 2027 output is sold out.'), ['day:2026-11-10']);
  });
});
