import { describe, it } from 'node:test';
import { rejected, supported } from '../__fixtures__/one-source.js';

describe('a multiple in any verb form is a figure', () => {
  const source = 'At half load, the cost per rack-hour doubles to about $14.';
  it('rejects "triples" or "quadruples" against "doubles"', () => {
    rejected('At half load, the cost per rack-hour triples to about $14.', source, /number "triples"/);
    rejected('At half load, the cost per rack-hour quadruples to about $14.', source, /number "quadruples"/);
  });

  it('keeps "doubling" against "doubles"', () => {
    supported('At half load the cost per rack-hour ends up doubling, to about $14.', source);
  });
});
