import { describe, it } from 'node:test';
import { rejected, supported } from '../__fixtures__/one-source.js';

describe('a negative in un- for a negated word that ends its sentence', () => {
  it('matches "unaffected by" and "unchanged since" to a source "not affected", "not changed"', () => {
    supported("Payroll systems were unaffected by Monday's outage.", "During Monday's outage, payroll systems were not affected.");
    supported(
      'Since the spring review the tariff for existing customers is unchanged.',
      'Since the spring review, the tariff for existing customers has not changed.',
    );
  });

  it('still rejects a claim that drops the negation', () => {
    rejected(
      "Payroll systems were affected by Monday's outage.",
      "During Monday's outage, payroll systems were not affected.",
      /negation flipped/,
    );
  });
});
