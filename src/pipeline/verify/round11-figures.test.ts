import { describe, it } from 'node:test';
import { rejected, supported } from './__fixtures__/one-source.js';

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

describe('a share written as a ratio of counts', () => {
  const source = 'Fewer than one in four farms in the district irrigate with recycled water, the survey found.';
  it('rejects "most" against "one in four"', () => {
    rejected('Most farms in the district irrigate with recycled water, the survey found.', source, /quantifier contradicts/);
  });

  it('keeps "few" and "three out of four" against "most"', () => {
    supported('Few farms in the district irrigate with recycled water, the survey found.', source);
    supported('Most clinics now book online.', 'Three out of four clinics now book online.');
    const contrast = 'One in five clinics in the county books online, compared with most clinics in the city.';
    supported(contrast, contrast);
  });
});

describe('shares and counts in words', () => {
  it('rejects a unit fraction the source gives otherwise, and keeps it stated as a percentage', () => {
    rejected('A quarter of the stalls sell organic produce.', 'A third of the stalls sell organic produce.', /"a quarter"/);
    rejected('Sales fell by about a tenth.', 'Sales fell by about a fifth, the chain said.', /"a tenth"/);
    supported('About a quarter of the stalls sell organic produce.', 'About 25% of the stalls sell organic produce.');
  });

  it('rejects "halved" against a third, and keeps it against a halving the figures show', () => {
    rejected('Waiting times have halved since March.', 'Waiting times have fallen by a third since March.', /"halved"/);
    supported('The toll was halved to 2 euros from 4 euros.', 'The toll was cut to 2 euros from 4 euros.');
  });

  it('rejects "dozens of" or "hundreds of" against a smaller count', () => {
    rejected('Dozens of ferries were cancelled.', 'Eleven ferries were cancelled on Monday.', /"dozens"/);
    rejected('The firm is hiring hundreds of drivers.', 'The firm is hiring about 60 drivers.', /"hundreds"/);
    supported('The firm is hiring hundreds of drivers.', 'The firm is hiring about 300 drivers.');
  });

  it('rejects "nearly all" against a share under three quarters', () => {
    rejected('Nearly all of the tenants renewed their leases.', 'About 60% of tenants renewed their leases.', /quantifier/);
    supported('Nearly all of the tenants renewed their leases.', 'About 90% of tenants renewed their leases.');
  });
});
