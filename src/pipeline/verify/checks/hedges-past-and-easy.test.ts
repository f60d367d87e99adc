import { describe, it } from 'node:test';
import { rejected, supported } from '../__fixtures__/one-source.js';

describe('a past "appeared to" hedges like "appears to"', () => {
  const source = 'Engineers said most of the failed drives appeared to come from one batch.';
  it('rejects the guess stated as fact', () => {
    rejected('Most of the failed drives came from one batch.', source, /certainty where the source hedges/);
  });

  it('keeps a claim that keeps the hedge', () => {
    supported('Engineers said most of the failed drives appeared to come from one batch.', source);
  });
});

describe('a Chinese 不容易 negates "easy"', () => {
  const source = '新的能效门槛对老旧机房来说并不容易达到。';
  it('rejects "easy" against 并不容易', () => {
    rejected('The new efficiency threshold is easy to reach for older machine rooms.', source, /negation flipped/, 'zh');
  });

  it('keeps "not easy"', () => {
    supported('The new efficiency threshold is not easy to reach for older machine rooms.', source, 'zh');
  });
});
