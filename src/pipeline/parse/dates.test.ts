import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDate, type DateContext } from './dates.js';

/** [input, expected ISO or null, context, a warning pattern the result must carry (or null for none)]. */
type Row = [string, string | null, DateContext, RegExp | null];

const RFC822: Row[] = [
  ['Wed, 14 Oct 2026 09:30:00 GMT', '2026-10-14T09:30:00Z', {}, null],
  ['Wed, 14 Oct 2026 09:30:00 +0000', '2026-10-14T09:30:00Z', {}, null],
  ['14 Oct 2026 09:30:00 +0800', '2026-10-14T01:30:00Z', {}, null],
  ['Wed, 14 Oct 2026 09:30 EST', '2026-10-14T14:30:00Z', {}, null],
  ['Wed, 14 Oct 2026 09:30:00 PDT', '2026-10-14T16:30:00Z', {}, null],
  ['Wed, 14 Oct 2026 09:30:00 UT', '2026-10-14T09:30:00Z', {}, null],
  ['Wed, 14 Oct 2026 09:30:00 Z', '2026-10-14T09:30:00Z', {}, null],
  ['1 Dec 2002 14:20:20 -0234', '2002-12-01T16:54:20Z', {}, null],
  ['Wed, 14 Oct 2026 09:30:00 +08:00', '2026-10-14T01:30:00Z', { expected: 'rfc822' }, /colon/],
  ['Wed,, 14 Oct 2026, 09:30:00 GMT', '2026-10-14T09:30:00Z', {}, null],
  ['Wed,14 Oct 2026 09:30:00 GMT', '2026-10-14T09:30:00Z', {}, null],
  ['Thu, 14 Oct 2026 09:30:00 GMT', '2026-10-14T09:30:00Z', {}, /wrong weekday/],
  ['Wed, 14 Oct 26 09:30:00 GMT', '2026-10-14T09:30:00Z', {}, /two-digit year/],
  ['31 Dec 99 23:59:59 +0000', '1999-12-31T23:59:59Z', {}, /two-digit year; read as 1999/],
  ['Thu (a comment), 16(th) Feb(ruary) 2006 01:39 +0000 (GMT)', '2006-02-16T01:39:00Z', {}, null],
  ['Sunday, 06-Nov-94 08:49:37 GMT', '1994-11-06T08:49:37Z', {}, /two-digit year/],
  ['Wed Oct 14 09:30:00 2026 GMT', '2026-10-14T09:30:00Z', {}, null],
  ['October 14, 2026 9:30 PM EDT', '2026-10-15T01:30:00Z', {}, null],
  ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40Z', {}, null],
  ['Mi, 14 Okt 2026 09:30:00 +0200', '2026-10-14T07:30:00Z', {}, null],
  ['mer. 14 oct. 2026 09:30:00 +0200', '2026-10-14T07:30:00Z', {}, null],
  ['14 de outubro de 2026 09:30 -0300', '2026-10-14T12:30:00Z', {}, null],
  ['Mar, 13 Oct 2026 10:00:00 GMT', '2026-10-13T10:00:00Z', {}, null],
  ['Wed, 14 Oct 2026 09:30:00', '2026-10-14T09:30:00Z', {}, /no time zone; read as UTC/],
  ['Wed, 14 Oct 2026', '2026-10-14T00:00:00Z', {}, null],
];

const ISO: Row[] = [
  ['2026-10-14T09:30:00Z', '2026-10-14T09:30:00Z', { expected: 'rfc3339' }, null],
  ['2026-10-14T09:30:00.123+08:00', '2026-10-14T01:30:00Z', { expected: 'rfc3339' }, null],
  ['2026-10-14T09:30:00+0800', '2026-10-14T01:30:00Z', {}, null],
  ['2026-10-14t09:30:00z', '2026-10-14T09:30:00Z', { expected: 'rfc3339' }, /not RFC 3339/],
  ['2026-10-14 09:30:00 +08:00', '2026-10-14T01:30:00Z', {}, null],
  ['2026-10-14', '2026-10-14T00:00:00Z', { expected: 'w3cdtf' }, null],
  ['2026-10', '2026-10-01T00:00:00Z', {}, /only a month/],
  ['20261014T093000Z', '2026-10-14T09:30:00Z', {}, null],
  ['2026-10-14T09:30:00', '2026-10-14T09:30:00Z', {}, /no time zone; read as UTC/],
  ['2002-12-31T01:15:07-05:00', '2002-12-31T06:15:07Z', { expected: 'rfc822' }, /ISO 8601 where RSS expects RFC 822/],
];

const CHINESE: Row[] = [
  ['2026年10月14日 09:30', '2026-10-14T01:30:00Z', {}, /UTC\+8 \(Chinese date form\)/],
  ['2026年10月14日 09:30', '2026-10-14T01:30:00Z', { language: 'zh-CN' }, /UTC\+8 for a feed in "zh-CN"/],
  ['2026-10-14 09:30:00', '2026-10-14T01:30:00Z', { language: 'zh-cn' }, /UTC\+8/],
  ['2026-10-14 09:30:00', '2026-10-14T00:30:00Z', { language: 'ja' }, /UTC\+9/],
  ['2026-10-14 09:30:00', '2026-10-14T09:30:00Z', { language: 'en' }, /read as UTC/],
  ['2026年10月14日 下午3:05', '2026-10-14T07:05:00Z', { language: 'zh' }, /UTC\+8/],
  ['2026年10月14日 09时30分', '2026-10-14T01:30:00Z', { language: 'zh' }, /UTC\+8/],
  ['2026/10/14 09:30', '2026-10-14T01:30:00Z', { language: 'zh-TW' }, /UTC\+8/],
  ['2026-10-14 09:30:00 CST', '2026-10-14T01:30:00Z', { language: 'zh-cn' }, null],
  ['2026-10-14 09:30:00 CST', '2026-10-14T15:30:00Z', { language: 'en-us' }, null],
  ['2026년 10월 14일 09:30', '2026-10-14T00:30:00Z', { language: 'ko' }, /UTC\+9/],
];

const UNIX: Row[] = [
  ['1792229400', '2026-10-17T09:30:00Z', {}, null],
  ['1792229400000', '2026-10-17T09:30:00Z', {}, null],
  ['9999999999999', null, {}, /outside/],
  ['99999999999', null, {}, /unreadable/],
];

const REJECTED: Row[] = [
  ['30 Feb 2026 10:00:00 GMT', null, {}, /impossible date/],
  ['Sat, 31 Jun 2006 23:08:26 +1000', null, {}, /impossible date/],
  ['2026-02-30T10:00:00Z', null, {}, /impossible date/],
  ['2026-13-01T10:00:00Z', null, {}, /impossible date/],
  ['2026-10-14T25:00:00Z', null, {}, /impossible date/],
  ['31 Dec 2002 14:20:20 A', null, {}, /military time zone/],
  ['14 Oct 2026 09:30:00 IST', null, {}, /unknown word "IST"/],
  ['next Tuesday', null, {}, /unreadable date/],
  ['14 Oct 106 09:30:00 GMT', null, {}, /three-digit year/],
  ['soon', null, {}, /unreadable date/],
];

function check(rows: Row[]): void {
  for (const [input, expected, context, warning] of rows) {
    const parsed = parseDate(input, context);
    assert.equal(parsed.iso, expected, `${input} (${JSON.stringify(context)})`);
    if (warning)
      assert.ok(
        parsed.warnings.some((text) => warning.test(text)),
        `${input}: wanted a warning ${warning}, got ${JSON.stringify(parsed.warnings)}`,
      );
    else assert.deepEqual(parsed.warnings, [], `${input}: no warning expected`);
  }
}

describe('parseDate', () => {
  it('reads RFC 822 and its common deviations', () => check(RFC822));
  it('reads ISO 8601 and W3CDTF', () => check(ISO));
  it('reads Chinese, Japanese and Korean forms, placing zone-less times by feed language', () => check(CHINESE));
  it('reads Unix timestamps in seconds and milliseconds', () => check(UNIX));
  it('returns null with a warning rather than a wrong date', () => check(REJECTED));
  it('returns null without a warning for an empty value', () => {
    assert.deepEqual(parseDate('   '), { iso: null, warnings: [] });
    assert.deepEqual(parseDate(null), { iso: null, warnings: [] });
  });
});
