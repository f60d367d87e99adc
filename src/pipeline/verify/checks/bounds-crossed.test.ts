import { describe, it } from 'node:test';
import { rejected, supported } from '../__fixtures__/one-source.js';

describe('a mark passed keeps the source floor', () => {
  it('reads "has passed" and "past" before a figure as "more than"', () => {
    const source = 'The open-weights model has been fetched more than 450,000 times since March, the lab said.';
    supported('The lab said the open-weights model has passed 450,000 fetches since March.', source);
    rejected('The lab said the open-weights model has nearly 450,000 fetches since March.', source, /bound changed/);
  });

  it('reads "past the first" as a floor against "beyond"', () => {
    const source = 'Storage beyond 80 terabytes per tenant is charged at $9 a terabyte.';
    supported('Storage past the first 80 terabytes per tenant is charged at $9 a terabyte.', source);
    rejected('Storage up to 80 terabytes per tenant is charged at $9 a terabyte.', source, /bound changed/);
  });

  it('lets a possessive name a contract by its ceiling, but not a statement of it', () => {
    const source = 'The campus buys power from Norrsken under a contract for up to 36 megawatts.';
    supported('Most of its 36 MW Norrsken contract is still unused by the campus.', source);
    rejected('The campus buys exactly 36 megawatts from Norrsken.', source, /bound changed/);
  });
});
