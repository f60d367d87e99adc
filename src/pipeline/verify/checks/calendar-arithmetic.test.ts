import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseText } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { checkQuantities } from './quantities.js';

const evidenceOf = (text: string): Evidence => {
  const analysis = analyseText(text, analyseText(text, 'en', null).chinese ? 'zh' : 'en', '2026-11-01T00:00:00Z');
  return {
    analyses: [analysis],
    quantities: analysis.quantities,
    englishText: analysis.chinese ? '' : text.toLowerCase(),
    chineseText: analysis.chinese ? analysis.text : '',
    stems: analysis.stems,
    context: { text: '', entities: [] },
  } as unknown as Evidence;
};
const reasons = (claim: string, source: string): string[] => {
  const analysis = analyseText(claim, analyseText(claim, 'en', null).chinese ? 'zh' : 'en', '2026-11-01T00:00:00Z');
  return checkQuantities(analysis, evidenceOf(source));
};

describe('calendar arithmetic the cited sentences yield', () => {
  it('reads the first N months as the range from January to the Nth month, and no other range', () => {
    assert.deepEqual(reasons('调查局今年前九个月侦办38件案件。', '调查局统计，今年1至9月共侦办38件案件。'), []);
    assert.match(reasons('调查局今年前十个月侦办38件案件。', '调查局统计，今年1至9月共侦办38件案件。').join(), /not in cited sentences/);
  });

  it('adds a span the source says came later to the date it gives', () => {
    const source = 'Orbis spotted the problem on October 14 and reported the incident two days later.';
    assert.deepEqual(reasons('Orbis reported the incident on October 16.', source), []);
    assert.match(reasons('Orbis reported the incident on October 17.', source).join(), /October 17/);
  });

  it('matches "a year ago" to "a year earlier", not to two', () => {
    assert.deepEqual(reasons('Revenue rose from $45 million a year ago.', 'Revenue rose from $45 million a year earlier.'), []);
    assert.match(
      reasons('Revenue rose from $45 million two years ago.', 'Revenue rose from $45 million a year earlier.').join(),
      /two years ago/,
    );
  });

  it('puts a period of "that year" in the year of the date before it', () => {
    const source = 'Service begins in January 2027, with the first workloads due to move in the second quarter of that year.';
    assert.deepEqual(reasons('The first workloads are due to move in the second quarter of 2027.', source), []);
    assert.match(reasons('The first workloads are due to move in the second quarter of 2028.', source).join(), /2028/);
  });
});
