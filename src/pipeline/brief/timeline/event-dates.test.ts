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

  it('drops the baseline of a comparison, and the earlier step a sentence told on a weekday looks back to', () => {
    assert.deepEqual(eventDatesOf('Bookings were up 12% compared with July, the company said.'), []);
    assert.deepEqual(eventDatesOf('Utilisation reached 41%, up from 30% in June.'), []);
    assert.deepEqual(eventDatesOf('The board voted 9-2 on Friday to adopt the rule largely as proposed in July.'), ['day:2026-11-06']);
    // Without the day it was told on, the earlier step is the only date, and an event of its own.
    assert.deepEqual(eventDatesOf('The rule was adopted largely as proposed in July.'), ['month:2026-07']);
    assert.deepEqual(eventDatesOf('Atlas has been in talks with the regulator since February 2025.'), ['month:2025-02']);
  });

  it('drops the date of a plan the sentence denies', () => {
    assert.deepEqual(eventDatesOf('The company said it had no plans for a listing in 2027.'), []);
    assert.deepEqual(eventDatesOf('公司表示，暂无2027年上市的计划。', 'zh'), []);
  });

  it('keeps the day a sentence was told on and drops the year it is about', () => {
    assert.deepEqual(eventDatesOf('Halden told analysts on Tuesday that its 2027 output is sold out.'), ['day:2026-11-10']);
  });
});
