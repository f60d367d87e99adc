import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseText } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { checkFigureRoles } from './figure-roles.js';

const evidenceOf = (text: string): Evidence => {
  const analysis = analyseText(text, 'en', '2026-11-01');
  return { analyses: [analysis], quantities: analysis.quantities } as unknown as Evidence;
};
const reasons = (claim: string, source: string): string[] => checkFigureRoles(analyseText(claim, 'en', '2026-11-01'), evidenceOf(source));

const SITES =
  'Sahra is contributing a Riyadh campus with 90 megawatts of secured grid capacity and a leasehold site in Dubai with 40 megawatts.';
const PAUSE =
  'It paused all non-emergency network changes in its European regions until November 26 and would publish a review by November 19.';

const pooled = (...texts: string[]): Evidence => {
  const analyses = texts.map((text) => analyseText(text, 'en', '2026-11-01'));
  return { analyses, quantities: analyses.flatMap((a) => a.quantities) } as unknown as Evidence;
};

describe('checkFigureRoles', () => {
  it("takes the figure from whichever cited sentence states it with the claim's words", () => {
    const evidence = pooled(
      'At the other end of the scale, 52% said they had tried such tools fewer than five times.',
      'And 57% of European respondents had tried AI tools fewer than five times, compared with 52% overall.',
    );
    const claim = analyseText('52% said they had tried such tools fewer than five times.', 'en', '2026-11-01');
    assert.deepEqual(checkFigureRoles(claim, evidence), []);
  });

  it('rejects a figure the source gives to another part of the sentence', () => {
    assert.equal(reasons('Sahra is contributing a Riyadh campus with 40 megawatts of secured grid capacity.', SITES).length, 1);
    assert.equal(reasons('It paused non-emergency network changes in its European regions until November 19.', PAUSE).length, 1);
  });

  it('accepts each figure with its own words', () => {
    assert.deepEqual(reasons('Sahra is contributing a leasehold site in Dubai with 40 megawatts.', SITES), []);
    assert.deepEqual(reasons('It paused network changes in its European regions until November 26.', PAUSE), []);
    assert.deepEqual(reasons('It said it would publish a review by November 19.', PAUSE), []);
  });
});
