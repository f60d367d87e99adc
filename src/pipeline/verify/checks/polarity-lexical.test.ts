import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseText } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { checkContradiction } from './contradiction.js';
import { checkPolarity } from './polarity.js';

const evidenceOf = (text: string): Evidence => {
  const analysis = analyseText(text, 'en', '2026-11-01');
  return { analyses: [analysis], englishText: text.toLowerCase(), chineseText: '', stems: analysis.stems } as unknown as Evidence;
};
const reasons = (claim: string, source: string): string[] => {
  const [analysis, evidence] = [analyseText(claim, 'en', '2026-11-01'), evidenceOf(source)];
  return [...checkPolarity(analysis, evidence), ...checkContradiction(analysis, evidence)];
};

describe('polarity across negation morphology and lexical negatives', () => {
  it('matches a prefixed negative to a syntactic negation of its root, and catches the bare root', () => {
    const source = 'Power and cooling services to customer equipment were not affected.';
    assert.deepEqual(reasons('Power and cooling services to customer equipment were unaffected.', source), []);
    assert.match(reasons('Power and cooling services to customer equipment were affected.', source).join(), /negation flipped/);
  });

  it('reads "yet to", "failing to", "cut off from" and "still needs" as negations', () => {
    assert.deepEqual(reasons('61% of pilots have yet to reach production.', '61% of pilots have not reached production.'), []);
    assert.deepEqual(
      reasons('It shuts down after it failed to secure new funding.', 'It shuts down after failing to secure new funding.'),
      [],
    );
    assert.deepEqual(
      reasons('The push cut virtual machines off from block storage.', 'The push left virtual machines unable to reach block storage.'),
      [],
    );
    assert.match(
      reasons('The venture has secured approvals from regulators.', 'The venture still needs approvals from regulators.').join(),
      /negation flipped/,
    );
  });

  it('catches a dropped "non-" and a swapped en-/dis- prefix', () => {
    assert.match(
      reasons('Customers pay refundable reservation fees.', 'Customers pay non-refundable reservation fees.').join(),
      /negation flipped/,
    );
    assert.match(reasons('The admin API is disabled by default.', 'The admin API is enabled by default.').join(), /contradicts/);
  });
});
