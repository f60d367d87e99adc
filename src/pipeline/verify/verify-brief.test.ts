import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { briefWith, cited, supportCuts } from './__fixtures__/support-cuts.js';
import { verifyBrief } from './verify-brief.js';

const verdictOf = (text: string, articleId: string, ...ids: string[]) =>
  verifyBrief(briefWith(cited(text, articleId, ...ids)), supportCuts).sentences[0]!;

describe('verifyBrief', () => {
  it('supports a faithful paraphrase, in English or citing a Chinese sentence', () => {
    assert.equal(verdictOf('Helioscale is cutting 1,200 customer-support jobs.', 'a1', 'p1s1').verdict, 'supported');
    assert.equal(verdictOf('Helioscale will offer 800 affected workers 16 weeks of retraining.', 'a2', 'p1s1').verdict, 'supported');
  });

  it('names a fabricated number, a flipped negation and a hedge turned into fact', () => {
    assert.deepEqual(verdictOf('Helioscale will cut 1,300 customer-support jobs.', 'a1', 'p1s1').reasons, [
      'number 1,300 not in cited sentences',
    ]);
    assert.match(
      verdictOf('Dana Whitcomb said the cuts would affect tier-2 support.', 'a1', 'p2s1').reasons.join(),
      /negation flipped: source says "not affect/,
    );
    assert.match(
      verdictOf('The move will trigger wider cuts across the industry.', 'a1', 'p2s2').reasons.join(),
      /certainty where the source hedges/,
    );
  });

  it('rejects citations that do not resolve', () => {
    assert.deepEqual(verdictOf('Helioscale is cutting jobs.', 'a1', 'p9s9').reasons, ['cites unknown sentence p9s9 of article a1']);
    assert.deepEqual(verdictOf('Helioscale is cutting jobs.', 'a9', 'p1s1').reasons, ['cites unknown article a9']);
  });

  it('checks a quote verbatim and its outlet, and a timeline event by its date', () => {
    const quote = {
      ...cited('Meridian Wire reported: "Helioscale said on Wednesday it will cut 1,200 customer-support jobs."', 'a1', 'p1s1'),
      articleId: 'a1',
      sentenceId: 'p1s1',
      outlet: 'Meridian Wire',
      quote: 'Helioscale said on Wednesday it will cut 1,200 customer-support jobs.',
    };
    const event = { ...cited('Retraining classes begin.', 'a2', 'p2s1'), date: '2026-12-07', precision: 'day' as const };
    const report = verifyBrief(
      briefWith(cited('Helioscale cuts 1,200 support jobs.', 'a1', 'p1s1'), { quote, timeline: [event, { ...event, date: '2026-12-08' }] }),
      supportCuts,
    );
    assert.deepEqual(
      report.sentences.map((s) => [s.section, s.verdict]),
      [
        ['headline', 'supported'],
        ['quote', 'supported'],
        ['timeline', 'supported'],
        ['timeline', 'unsupported'],
      ],
    );
    assert.deepEqual(report.sentences[3]!.reasons, ['timeline date 2026-12-08 not in cited sentences']);
    // A row's other dates are checked like its first one.
    const rows = verifyBrief(
      briefWith(cited('Helioscale cuts 1,200 support jobs.', 'a1', 'p1s1'), {
        timeline: [
          { ...event, otherDates: [{ date: '2026-12-07', precision: 'day' }] },
          { ...event, otherDates: [{ date: '2027-01-07', precision: 'day' }] },
        ],
      }),
      supportCuts,
    );
    assert.deepEqual(
      rows.sentences.slice(1).map((s) => s.reasons),
      [[], ['timeline date 2027-01-07 not in cited sentences']],
    );
    const misattributed = verifyBrief(
      briefWith(quote, { quote: { ...quote, outlet: 'Bay Signal', quote: 'Helioscale said it will cut jobs.' } }),
      supportCuts,
    );
    assert.match(
      misattributed.sentences[1]!.reasons.join('\n'),
      /not verbatim in sentence p1s1 of article a1\n.*attributed to "Bay Signal" but article a1 is from "Meridian Wire"/,
    );
  });

  it('checks a quotation over two sentences against both, read together in order', () => {
    const both =
      'Helioscale said on Wednesday it will cut 1,200 customer-support jobs. The company will offer 800 of them a 16-week retraining programme.';
    const quoteOf = (text: string, ...ids: string[]) => ({
      ...cited(`Meridian Wire reported: ${text}`, 'a1', ...ids),
      articleId: 'a1',
      sentenceId: ids[0]!,
      outlet: 'Meridian Wire',
      quote: text,
    });
    const headline = cited('Helioscale cuts 1,200 support jobs.', 'a1', 'p1s1');
    assert.deepEqual(verifyBrief(briefWith(headline, { quote: quoteOf(both, 'p1s1', 'p1s2') }), supportCuts).sentences[1]!.reasons, []);
    assert.match(
      verifyBrief(briefWith(headline, { quote: quoteOf(both, 'p1s1') }), supportCuts).sentences[1]!.reasons.join(),
      /not verbatim in sentence p1s1 of article a1/,
      'one sentence cannot carry both',
    );
    const reversed =
      'The company will offer 800 of them a 16-week retraining programme. Helioscale said on Wednesday it will cut 1,200 customer-support jobs.';
    assert.match(
      verifyBrief(briefWith(headline, { quote: quoteOf(reversed, 'p1s2', 'p1s1') }), supportCuts).sentences[1]!.reasons.join(),
      /quote joins sentences p1s2, p1s1 of article a1, which do not follow one another/,
    );
  });

  it('reads article sentences without their [n] markers and reports the grounded share', () => {
    const article = {
      paragraphs: [
        {
          sentences: [
            cited('Helioscale is cutting 1,200 support jobs [1].', 'a1', 'p1s1'),
            cited('Retraining starts on December 8 [2].', 'a2', 'p2s1'),
          ],
        },
      ],
    };
    const report = verifyBrief(briefWith(cited('Helioscale cuts 1,200 support jobs.', 'a1', 'p1s1'), { article }), supportCuts);
    assert.deepEqual(
      report.sentences.map((s) => [s.section, s.index, s.paragraph, s.sentence, s.verdict]),
      [
        ['headline', 0, undefined, undefined, 'supported'],
        ['article', 0, 0, 0, 'supported'],
        ['article', 1, 0, 1, 'unsupported'],
      ],
    );
    assert.equal(report.sentences[1]!.text, 'Helioscale is cutting 1,200 support jobs.');
    assert.equal(report.groundedShare, 2 / 3);
  });
});
