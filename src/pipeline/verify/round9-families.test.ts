import { describe, it } from 'node:test';
import { rejected, supported } from './__fixtures__/one-source.js';

describe('round 9: a view the source attributes to people it does not stand behind', () => {
  it('keeps unnamed analysts or critics who open the statement', () => {
    const source = 'Analysts say the Harlow plant will not reach full output before the spring of 2028.';
    rejected('The Harlow plant will not reach full output before the spring of 2028.', source, /attribution dropped/);
    supported('Analysts say the Harlow plant will not reach full output before the spring of 2028.', source);
    const critics = 'Critics argue the levy pushes small ferry operators off the northern routes.';
    rejected('The levy pushes small ferry operators off the northern routes.', critics, /attribution dropped/);
  });

  it('keeps an unnamed one of several speakers and an argument set inside the sentence', () => {
    const one = 'One said the tender drew bids from at least five shipyards.';
    rejected('The tender drew bids from at least five shipyards.', one, /attribution dropped/);
    supported('One bidder said the tender drew bids from at least five shipyards.', one);
    const argues = 'Most of the proposed wind farms will never connect, the grid operator argues, but it must plan for them anyway.';
    rejected('Most of the proposed wind farms will never connect.', argues, /attribution dropped/);
    supported('The grid operator argues that most of the proposed wind farms will never connect.', argues);
  });

  it('keeps a third-person quotation, not a first-person one', () => {
    const quotation = '"Every regional lender without a cloud contract will be asked about it at the next results."';
    rejected(
      'Every regional lender without a cloud contract will be asked about it at the next results.',
      quotation,
      /attribution dropped/,
    );
    supported('An analyst predicted every regional lender without a cloud contract will be asked about it at the next results.', quotation);
    const pledge = '"We will publish the full audit of the Harlow plant within 30 days."';
    supported('The company will publish the full audit of the Harlow plant within 30 days.', pledge);
  });
});
