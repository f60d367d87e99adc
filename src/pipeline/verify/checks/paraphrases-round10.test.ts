import { describe, it } from 'node:test';
import { rejected, supported } from '../__fixtures__/one-source.js';

describe('verbs a faithful paraphrase swaps (round 10 groups)', () => {
  it('reads "dropped altogether" for "abandoned outright"', () => {
    const source = 'Of the trials they ran, 22% were abandoned outright.';
    supported('Of the trials they ran, 22% were dropped altogether.', source);
    rejected('Of the trials they ran, 22% were expanded altogether.', source, /not in cited sentences/);
  });

  it('reads "ease" for "relieve" and "pick" for "select"', () => {
    supported('The new fab will not ease the memory shortage.', 'The new fab will not relieve the memory shortage.');
    supported('Customers can pick the older model until March.', 'Customers can select the older model until March.');
  });
});
