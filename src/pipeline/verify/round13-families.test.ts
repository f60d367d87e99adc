import { describe, it } from 'node:test';
import { rejected, supported } from './__fixtures__/one-source.js';

describe("an editor's modifier in another form of the cited one", () => {
  const claim = 'Although the depot had power by noon, the signalling recovered more slowly, and trains only rolled again at 3 p.m.';

  it('reads "more slowly" as the cited "slower"', () => {
    supported(claim, 'Power to the depot was back by noon, but the signalling system was slower to recover: trains resumed at 3 p.m.');
  });

  it('does not read "more slowly" as the cited "faster"', () => {
    rejected(
      claim,
      'Power to the depot was back by noon, and the signalling system was faster to recover: trains resumed at 3 p.m.',
      /"slowly"/,
    );
  });
});
