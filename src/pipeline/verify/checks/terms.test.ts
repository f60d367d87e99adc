import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseText } from '../analysis.js';
import { gatherEvidence, resolveCitations } from '../evidence.js';
import { indexSources } from '../sources.js';
import type { VerifySources } from '../types.js';
import { checkTerms, termVerdicts } from './terms.js';

const sources: VerifySources = {
  articles: [
    {
      id: 'a1',
      outlet: 'Wire',
      title: 'Insurer says its assistant was tricked into leaking records',
      language: 'en',
      published: '2026-11-04T00:00:00Z',
      text: 'Staff flagged an outbound email containing policy numbers on October 14.\n\nThe insurer signed a deal with a security firm.',
    },
    {
      id: 'a2',
      outlet: 'Other',
      title: 'Regulators review the contract',
      language: 'en',
      published: '2026-11-05T00:00:00Z',
      text: 'The contract was caught up in a review.',
    },
  ],
};

const statuses = (claimText: string): Record<string, string> => {
  const index = indexSources(sources);
  const { cited } = resolveCitations([{ articleId: 'a1', sentenceIds: ['p1s1'] }], index);
  const claim = analyseText(claimText, 'en', null);
  return Object.fromEntries(termVerdicts(claim, gatherEvidence(cited, index), index.vocabulary()).map((v) => [v.term, v.status]));
};

describe('termVerdicts', () => {
  it("takes a story word in the cited article's own title as framing", () => {
    assert.equal(statuses('Staff caught the leak on October 14.')['leak'], 'framed');
  });

  it('takes no synonym from the title, and no word only another article uses', () => {
    const verdicts = statuses('Staff caught the contract leak on October 14.');
    assert.equal(verdicts['caught'], 'elsewhere');
    assert.equal(verdicts['contract'], 'elsewhere');
  });

  it('leaves number words to the quantity checks', () => {
    assert.equal(statuses('Flagged emails doubled on October 14.')['doubled'], undefined);
  });

  describe("an editor's own words", () => {
    const long: VerifySources = {
      articles: [
        {
          id: 'b1',
          outlet: 'Wire',
          title: 'Insurer reviews email incident',
          language: 'en',
          published: '2026-11-04T00:00:00Z',
          text: 'Staff flagged an outbound email containing policy details and claim records from the regional office on October 14.',
        },
      ],
    };
    const reasons = (claimText: string): string[] => {
      const index = indexSources(long);
      const { cited } = resolveCitations([{ articleId: 'b1', sentenceIds: ['p1s1'] }], index);
      const claim = analyseText(claimText, 'en', null);
      return checkTerms(claim, gatherEvidence(cited, index), index.vocabulary(), { maxUnsupportedWeight: 2, minCoverage: 0.5 });
    };

    it('forgives a small share of new words in a long plain claim', () => {
      assert.deepEqual(
        reasons(
          'Staff flagged an outbound email carrying policy details and claim records from the regional office, hurriedly, on October 14.',
        ),
        [],
      );
    });

    it('forgives none of the words a speculation governs', () => {
      const claim =
        'Staff probably shredded an outbound email carrying policy details and claim records from the regional office on October 14.';
      assert.notDeepEqual(reasons(claim), []);
    });

    it('forgives none once a speculating claim is mostly its own words', () => {
      assert.notDeepEqual(reasons('Staff probably flagged the email hurriedly, worried about leaked records, on October 14.'), []);
    });

    it('forgives a share of new words in a short plain claim too', () => {
      assert.deepEqual(reasons('Staff hurriedly flagged the email on October 14.'), []);
    });

    it('rejects a short claim made mostly of its own words', () => {
      assert.notDeepEqual(reasons('Staff hurriedly shredded carrying records.'), []);
    });

    it('never forgives a field the story never raises', () => {
      const found = reasons(
        'Staff flagged an outbound email containing policy details and claim records, a phishing attack, on October 14.',
      );
      assert.ok(found.some((reason) => reason.startsWith("off the story's topic")));
    });
  });
});
