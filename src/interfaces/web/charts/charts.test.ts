import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { squash } from '../../../../test/support/markup.js';
import { bucketCoverage, coverageChart } from './coverage-chart.js';
import { niceMax } from './svg.js';
import { eventSpan, timelineChart } from './timeline-chart.js';
import { fillDays, volumeChart } from './volume-chart.js';

describe('charts', () => {
  it('buckets a young story by hour, counting outlets so far', () => {
    const { hours, buckets } = bucketCoverage([
      { time: '2026-11-20T08:10:00Z', outlet: 'a' },
      { time: '2026-11-20T08:50:00Z', outlet: 'b' },
      { time: '2026-11-20T10:05:00Z', outlet: 'a' },
    ]);
    assert.equal(hours, 1);
    assert.deepEqual(
      buckets.map((b) => [b.articles, b.outletsSoFar]),
      [
        [2, 2],
        [0, 2],
        [1, 2],
      ],
    );
  });

  it('uses coarser buckets for a story spanning weeks, keeping at most 48 bars', () => {
    const { hours, buckets } = bucketCoverage([
      { time: '2026-10-01T00:00:00Z', outlet: 'a' },
      { time: '2026-11-20T00:00:00Z', outlet: 'b' },
    ]);
    assert.equal(hours, 48);
    assert.ok(buckets.length <= 48);
    assert.equal(
      buckets.reduce((sum, b) => sum + b.articles, 0),
      2,
    );
  });

  it('draws an accessible coverage figure with a text alternative and a data table', () => {
    const figure = squash(
      coverageChart([
        { time: '2026-11-20T08:10:00Z', outlet: 'a' },
        { time: '2026-11-20T09:10:00Z', outlet: 'b' },
      ]).value,
    );
    assert.match(figure, /role="img" aria-labelledby="coverage-chart-title coverage-chart-desc"/);
    assert.match(figure, /<desc id="coverage-chart-desc">2 articles from 2 outlets, counted per hour/);
    assert.match(figure, /<summary>Chart data<\/summary>/);
    assert.equal((figure.match(/<rect /g) ?? []).length, 2);
    assert.equal(squash(coverageChart([]).value), '');
  });

  it('fills empty days and describes the busiest one', () => {
    const days = fillDays(
      [{ day: '2026-11-19', articles: 4, stories: 2 }],
      new Date('2026-11-18T05:00:00Z'),
      new Date('2026-11-20T12:00:00Z'),
    );
    assert.deepEqual(
      days.map((d) => d.day),
      ['2026-11-18', '2026-11-19', '2026-11-20'],
    );
    assert.match(squash(volumeChart(days, 'Energy').value), /busiest day 19 Nov 2026 with 4 articles in 2 stories/);
    assert.match(
      squash(volumeChart(fillDays([], new Date('2026-11-18T00:00:00Z'), new Date('2026-11-20T00:00:00Z')), 'Empty').value),
      /No articles in the last 3 days/,
    );
  });

  it('draws the timeline with numbered marks: a dot for a day, a band for a month, and today', () => {
    const svg = squash(
      timelineChart(
        [
          { date: '2026-07', precision: 'month', text: 'Proposed.', citations: [] },
          { date: '2026-11-06', precision: 'day', text: 'Adopted.', citations: [] },
          { date: '2027-06-01', precision: 'day', text: 'Deadline.', citations: [] },
        ],
        new Date('2026-11-20T00:00:00Z'),
      ).value,
    );
    assert.match(svg, /<title id="timeline-chart-title">Timeline<\/title>/);
    assert.match(svg, /3 dated events from Jul 2026 to 1 Jun 2027/);
    assert.equal((svg.match(/class="event-number"/g) ?? []).length, 3);
    assert.equal((svg.match(/<circle /g) ?? []).length, 2);
    assert.match(svg, />Today</);
    assert.deepEqual(eventSpan({ date: '2026', precision: 'year' }), {
      start: Date.UTC(2026, 0, 1),
      end: Date.UTC(2027, 0, 1),
    });
    assert.equal(eventSpan({ date: 'soon', precision: 'day' }), null);
  });

  it('spaces the axis ticks so that no label runs into the one before', () => {
    // Oct 2026 to the end of 2027: at three months, the labels at either edge, anchored inward, meet their neighbours.
    const svg = squash(
      timelineChart(
        [
          { date: '2026-10', precision: 'month', text: 'Unveiled.', citations: [] },
          { date: '2027', precision: 'year', text: 'Margins ease.', citations: [] },
        ],
        new Date('2026-11-20T00:00:00Z'),
      ).value,
    );
    const axis = /<g class="axis"\s*>(.*?)<\/g/.exec(svg)?.[1] ?? '';
    const labels = [...axis.matchAll(/<text x="([\d.]+)"[^>]*text-anchor="(\w+)">([^<]+)</g)].map(([, x, anchor, label]) => {
      const width = label!.length * 6.8;
      const left = anchor === 'start' ? Number(x) : anchor === 'end' ? Number(x) - width : Number(x) - width / 2;
      return { label, left, right: left + width };
    });
    assert.equal((axis.match(/<line /g) ?? []).length, labels.length, 'every tick labelled');
    assert.deepEqual(
      labels.map((box) => box.label),
      ['Oct 2026', 'Feb 2027', 'Jun 2027', 'Oct 2027'],
    );
    for (let i = 1; i < labels.length; i += 1)
      assert.ok(labels[i]!.left > labels[i - 1]!.right, `${labels[i]!.label} clear of the one before`);
  });

  it('gives crowded numbers lanes of their own, so that no two print on top of each other', () => {
    // A year-long event two years back squeezes five events of one week into a few pixels.
    const days = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
    const svg = squash(
      timelineChart(
        [
          { date: '2024', precision: 'year', text: 'Earlier.', citations: [] },
          ...days.map((date) => ({ date, precision: 'day' as const, text: `On ${date}.`, citations: [] })),
        ],
        new Date('2026-11-22T00:00:00Z'),
      ).value,
    );
    const numbers = [...svg.matchAll(/<text class="event-number" x="([\d.]+)" y="([\d.]+)"/g)].map(([, x, y]) => ({
      x: Number(x),
      y: Number(y),
    }));
    assert.equal(numbers.length, 6);
    for (const [i, a] of numbers.entries())
      for (const b of numbers.slice(i + 1))
        assert.ok(Math.abs(a.x - b.x) >= 22 || a.y !== b.y, `numbers at ${a.x},${a.y} and ${b.x},${b.y} overlap`);
    assert.equal(new Set(numbers.slice(1).map((n) => n.y)).size, 5, 'five lanes for the five days');
  });

  it('dates the drawing by the earliest and latest date of any row', () => {
    const svg = squash(
      timelineChart(
        [
          {
            date: '2026-11-13',
            precision: 'day',
            otherDates: [{ date: '2026-12-01', precision: 'day' }],
            text: 'Runs to December.',
            citations: [],
          },
        ],
        new Date('2026-11-22T00:00:00Z'),
      ).value,
    );
    assert.match(svg, /1 dated event from 13 Nov 2026 to 1 Dec 2026/);
    const yearLast = squash(
      timelineChart(
        [
          { date: '2026-06', precision: 'month', text: 'Proposed.', citations: [] },
          { date: '2027', precision: 'year', text: 'In force during 2027.', citations: [] },
          { date: '2027-03-01', precision: 'day', text: 'First audit.', citations: [] },
        ],
        new Date('2026-11-22T00:00:00Z'),
      ).value,
    );
    assert.match(yearLast, /3 dated events from Jun 2026 to 2027,/, 'the whole year runs past 1 Mar 2027');
    // Numbers come after every stem, so no later stem is drawn over an earlier number.
    assert.ok(yearLast.lastIndexOf('class="stem"') < yearLast.indexOf('class="event-number"'));
  });

  it('marks each date of a row that gives several, under the one number of the row', () => {
    const svg = squash(
      timelineChart(
        [
          {
            date: '2026-11-02',
            precision: 'day',
            otherDates: [{ date: '2026-11-20', precision: 'day' }],
            text: 'The tender opens on November 2 and runs until November 20.',
            citations: [],
          },
        ],
        new Date('2026-11-22T00:00:00Z'),
      ).value,
    );
    assert.equal((svg.match(/<circle /g) ?? []).length, 2);
    assert.deepEqual(
      svg.match(/class="event-number"[^>]*>(\d+)</g)?.map((label) => label.replace(/.*>/, '').replace('<', '')),
      ['1', '1'],
    );
  });

  it('picks round axis maxima', () => {
    assert.deepEqual(niceMax(7), { max: 8, step: 2 });
    assert.deepEqual(niceMax(0), { max: 1, step: 1 });
    assert.deepEqual(niceMax(23), { max: 30, step: 10 });
  });
});
