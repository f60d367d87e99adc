import { describe, it } from 'node:test';
import { rejected, supported } from '../__fixtures__/one-source.js';

describe('a payment "tied to" the condition its source states', () => {
  it('keeps "tied to" when the source makes the money wait on those words', () => {
    supported(
      'The last $40 million is tied to construction milestones.',
      'The last $40 million is paid out in stages as the contractor meets construction milestones.',
    );
    supported(
      'The second tranche is tied to the safety inspection.',
      'The second tranche is released once the safety inspection of the plant is passed.',
    );
  });

  it('still rejects a tie the source does not state as a condition', () => {
    rejected(
      'The last $40 million is tied to the county budget review.',
      'The last $40 million is paid out in stages as the contractor meets construction milestones.',
      /framing not in cited sentences/,
    );
  });
});

describe('a goal or ambition the source names meets a claimed "wants"', () => {
  it('reads "its goal of" and "its ambition to" as what the company wants', () => {
    supported(
      'Norrsken wants every depot on renewable power.',
      'Norrsken has set itself the goal of putting every depot on renewable power.',
    );
    supported('The lab wants to double its compute by 2028.', 'The lab has stated an ambition to double its compute by 2028.');
  });

  it('still rejects "wants" against a flat statement of fact', () => {
    rejected('Norrsken wants every depot on renewable power.', 'Every Norrsken depot runs on renewable power.', /no plan or forecast/);
  });
});
