import { describe, it } from 'node:test';
import { rejected, supported } from './__fixtures__/one-source.js';

describe('a thing not yet done, stated done beside a plan', () => {
  const source = 'The museum has yet to hire a curator for the new wing; it plans to open the wing next spring.';
  it('rejects "has already hired … and plans to open"', () => {
    rejected('The museum has already hired a curator for the new wing and plans to open it next spring.', source, /negation flipped/);
    rejected('The museum has hired a curator for the new wing and plans to open the wing next spring.', source, /negation flipped/);
  });

  it('keeps "has not yet hired" and a plan that looks ahead', () => {
    supported('The museum has not yet hired a curator for the new wing, which it plans to open next spring.', source);
    supported('The museum plans to hire a curator before the new wing opens next spring.', source);
  });
});

describe('a refusal in -ing before its "to"', () => {
  const source = 'The port will charge a fee for each container left past the deadline, its director said, declining to give the rate.';
  it('rejects a claim that the rate was given or disclosed', () => {
    rejected('The port director disclosed the rate it will charge for each container left past the deadline.', source, /negation flipped/);
  });

  it('keeps a claim that the rate was withheld, and "declining" as a fall', () => {
    supported('The port will charge a fee for each container left past the deadline but did not give the rate.', source);
    supported('Sales of the handset are declining in Europe.', 'Sales of the handset are declining in Europe, the company said.');
  });
});

describe('"one" before a unit is a figure', () => {
  it('rejects "one second" or "one year" against two of them', () => {
    rejected('The switch fails over in under one second.', 'The switch fails over in under two seconds.', /number "?one second/);
    rejected('Each filter lasts about one year.', 'Each filter lasts about three years, the maker said.', /number "?one year/);
  });

  it('keeps "one" for "a", and "one day" as an idiom', () => {
    supported('The switch fails over in under one second.', 'The switch fails over in under a second.');
    supported('The robots could one day replace the night shift.', 'The robots could one day replace the night shift, the union fears.');
  });

  it('reads "a dozen" as twelve', () => {
    rejected('A dozen ports signed the pact.', 'Ten ports signed the pact on Monday.', /number "dozen"/);
    supported('A dozen ports signed the pact.', 'Twelve ports signed the pact on Monday.');
  });
});
