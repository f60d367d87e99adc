import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../segment/index.js';
import { type PoolSentence, preparePool } from './pool.js';
import { contained, overlap, restates, sameFacts } from './same-facts.js';

const SENTENCES = [
  'For the supply chain, the telling number was purchase commitments of $48 billion, up from $39 billion three months earlier.',
  "Corvane's purchase commitments to suppliers rose to $48 billion from $39 billion a quarter earlier.",
  'At $1.55 per GPU-hour on three-year contracts, the figure drops to about $0.29 per million output tokens.',
  'Tessera published new rates: $1.79 per GPU-hour on one-year contracts and $1.55 on three-year terms.',
  'The median pilot cost $280,000, Lodestar said, including vendor fees, engineering time and model usage.',
  'The median pilot cost $280,000 across the sample, including engineering time and vendor fees.',
  'Revenue rose to $280,000 at the smallest of the vendors.',
  "Brightpath will publish country-level reports on November 10, which should show whether Europe's laggards are concentrated in particular sectors.",
  'Brightpath will publish country-level data on November 10.',
  'Brightpath will publish country-level data for 11 countries on November 10.',
  'Brightpath published the survey on Tuesday.',
  'Marchetti said most of the increase reflected K10 supply secured for 2027.',
  'Chief financial officer Elise Marchetti said most of the $9 billion increase was K10 supply for 2027.',
  'Marchetti said most of the decline reflected K9 demand lost in China during 2027.',
  // The story's own words (Marchetti, K10, supply, 2027, the increase) weigh little beside the rare ones.
  'Marchetti expects the increase in K10 supply to continue through 2027.',
  'K10 supply for 2027 is what Marchetti watches most closely.',
  'The increase in K10 supply orders runs through 2027, Marchetti said.',
  "Helioscale's status page shows errors starting at 8:47 a.m. Central European Time and full recovery at 11:52 a.m. CET.",
  'The problems in the region began at 8:47 a.m. local time and were resolved by 11:52 a.m., according to the status page.',
  'A second incident began at 9:05 a.m. and ended at 11:52 a.m.',
  'Customer samples are due in January 2027 and volume shipments are planned for the second quarter of 2027.',
  'Corvane said its K10 accelerator will sample in January 2027 and ship in volume in the second quarter of 2027.',
  'Revenue rose to 3.26 billion yuan in 2025 and reached 2.48 billion yuan in the first half of 2026.',
  'The net loss was 612 million yuan in 2025 and narrowed to 188 million yuan in the first half of 2026.',
  'Helioscale expects its first K10 instances in the second quarter of 2027.',
];

function pool(): PoolSentence[] {
  const input = {
    storyId: 's',
    articles: SENTENCES.map((text, index) => ({
      id: `a${index}`,
      outlet: `Outlet ${index}`,
      url: `https://example.com/${index}`,
      title: 'Title',
      published: '2026-11-19T08:00:00Z',
      language: 'en',
      text,
    })),
  };
  return preparePool(input, 'en', (text, language) => splitSentences(text, language)).sentences;
}

describe('sameFacts and restates', () => {
  const items = pool();
  const at = (index: number) => items[index]!;

  it('finds one fact in two wordings by its figures', () => {
    assert.ok(sameFacts(at(0), at(1)));
    assert.ok(restates(at(1), at(0)));
  });

  it('keeps apart sentences that share figures but say more besides', () => {
    // $1.55 and three years in common, but one adds a token price, the other a one-year rate.
    assert.ok(!sameFacts(at(2), at(3)));
    assert.ok(!restates(at(2), at(3)));
  });

  it('reads a single shared figure as a restatement only in the same words', () => {
    assert.ok(!sameFacts(at(4), at(5)));
    assert.ok(restates(at(4), at(5)));
    assert.ok(!restates(at(4), at(6)));
  });

  it('reads a sentence whose words and figures another holds as told by it', () => {
    assert.ok(contained(at(8), at(7)));
    assert.ok(contained(at(7), at(8)), 'either way round');
    assert.ok(restates(at(8), at(7)));
    assert.equal(overlap(at(7), at(8)), 1);
    // A figure of its own is news the other does not give; a few shared words are not the same fact.
    assert.ok(!contained(at(9), at(7)));
    assert.ok(!contained(at(10), at(7)));
  });

  it('finds one incident window in two wordings by its clock times', () => {
    assert.ok(sameFacts(at(17), at(18)));
    assert.ok(!sameFacts(at(17), at(19)), 'one time in common is not the same window');
  });

  it('reads a sentence another retells in the same order, a rare word or two changed, as told by it', () => {
    assert.ok(contained(at(11), at(12)));
    assert.ok(restates(at(12), at(11)), 'either way round');
    // The same speaker and frame about another matter is another fact.
    assert.ok(!contained(at(13), at(11)));
    assert.ok(!restates(at(13), at(11)));
  });

  it('finds one schedule in two wordings by two dates in common, unless their figures tell two facts apart', () => {
    assert.ok(sameFacts(at(20), at(21)));
    assert.equal(overlap(at(20), at(21)), 1);
    // Revenue and a net loss for the same two periods: no figure in common, two facts.
    assert.ok(!sameFacts(at(22), at(23)));
    assert.ok(!sameFacts(at(21), at(24)), 'one date in common is not the same schedule');
  });

  it('leaves dates out when asked, as the implications do', () => {
    assert.ok(!sameFacts(at(20), at(21), false));
    assert.ok(overlap(at(20), at(21), false) < 1);
  });
});
