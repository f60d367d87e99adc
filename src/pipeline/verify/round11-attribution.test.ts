import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rejected, supported } from './__fixtures__/one-source.js';
import { briefWith, cited } from './__fixtures__/support-cuts.js';
import { verifyBrief } from './verify-brief.js';

// A claim citing both sentences of a one-paragraph article.
function twoSentenceVerdict(claim: string, text: string): string[] {
  const sources = { articles: [{ id: 'a1', outlet: 'Wire', title: 'Story', language: 'en', published: '2026-11-04T00:00:00Z', text }] };
  return verifyBrief(briefWith(cited(claim, 'a1', 'p1s1', 'p1s2')), sources).sentences[0]!.reasons;
}

describe('a view stated flat loses its holder', () => {
  it('rejects an argument opened by any subject, and keeps one the claim attributes', () => {
    const source = 'Port officials in Rotterdam argue that the new locks have cut waiting times more than dredging would.';
    rejected('The new locks have cut waiting times in Rotterdam more than dredging would.', source, /attribution dropped/);
    supported('Port officials in Rotterdam argue the new locks have cut waiting times more than dredging would.', source);
  });

  it("rejects a named analyst's reading stated flat", () => {
    const source =
      '"The merger will lift fares on the northern routes within a year," said Ana Lopes, a transport analyst at Brightline Research.';
    rejected('The merger will lift fares on the northern routes within a year.', source, /attribution dropped/);
    supported('Brightline Research analyst Ana Lopes said the merger will lift fares on the northern routes within a year.', source);
  });

  it('rejects what is "widely seen as" so stated as fact', () => {
    const source = 'Water supply, rather than land, is widely seen as the main limit on new plants in the valley.';
    rejected('Water supply, not land, is the main limit on new plants in the valley.', source, /hedges/);
    supported('Water supply rather than land is widely seen as the main limit on new plants in the valley.', source);
  });

  it('reads "open-source" as no attribution kept', () => {
    const source = 'Analysts say open-source models earn little money on their own.';
    rejected('Open-source models earn little money on their own.', source, /attribution dropped/);
  });

  it('rejects a Chinese unnamed investor stated flat', () => {
    const source = '一位长期关注芯片赛道的投资人对记者表示，芯片公司的价格战已经打到底部。';
    rejected('The price war among chip companies has already hit bottom.', source, /attribution dropped/, 'zh');
  });
});

describe('a view joined to the record', () => {
  const text =
    'The port authority says its waiting list now holds 64 berth requests from shipping lines. Many of those requests will never be used, the authority argues, but it must dredge as though they will.';
  it('rejects a claim that takes the prediction only the view states', () => {
    assert.match(
      twoSentenceVerdict(
        'The port waiting list holds 64 berth requests from shipping lines, and many of them will never be used.',
        text,
      ).join('; '),
      /attribution dropped/,
    );
  });

  it('keeps the record alone, and the prediction with its holder', () => {
    assert.deepEqual(twoSentenceVerdict('The port waiting list holds 64 berth requests from shipping lines.', text), []);
    assert.deepEqual(
      twoSentenceVerdict('The waiting list holds 64 berth requests, many of which the authority argues will never be used.', text),
      [],
    );
  });
});

describe('an unnamed source trailing as "people familiar … said"', () => {
  const source = 'The airline will retire its oldest jets next year, two people familiar with the fleet plan said.';
  it('rejects the statement stated flat', () => {
    rejected('The airline will retire its oldest jets next year.', source, /attribution dropped/);
  });

  it('keeps it with its source', () => {
    supported('The airline will retire its oldest jets next year, according to people familiar with the plan.', source);
  });
});

describe("a named speaker's quotation stated flat", () => {
  const source = '"Rail freight is the cheapest way to move grain across the plains," said Dana Holt, the cooperative\'s director.';
  it('rejects the quotation without its speaker', () => {
    rejected('Rail freight is the cheapest way to move grain across the plains.', source, /attribution dropped/);
  });

  it('keeps it with its speaker, and a first-person quotation as the record', () => {
    supported("The cooperative's director, Dana Holt, said rail freight is the cheapest way to move grain across the plains.", source);
    supported(
      'The cooperative will move its grain by rail from March.',
      '"We will move our grain by rail from March," said Dana Holt, the cooperative\'s director.',
    );
  });
});

describe('more unnamed sources and warnings', () => {
  it('rejects a statement resting on "sources said" or a document "seen by" the outlet', () => {
    rejected(
      'The deal values the ferry operator at $2 billion.',
      'The deal values the ferry operator at $2 billion, sources said.',
      /attribution/,
    );
    rejected(
      'The company will close the bottling plant in March.',
      'The company will close the bottling plant in March, according to a memo seen by the paper.',
      /attribution/,
    );
  });

  it('rejects a warning stated as fact', () => {
    rejected(
      'The merger will raise fares on the island routes.',
      'Consumer groups warn that the merger will raise fares on the island routes.',
      /hedges/,
    );
  });
});
