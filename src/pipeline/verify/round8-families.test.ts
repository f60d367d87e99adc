import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rejected, supported } from './__fixtures__/one-source.js';
import { hasParaphrase } from './text/paraphrase.js';
import { stem } from './text/stem.js';

describe('round 8: a statement resting on an anonymous source or an opinion', () => {
  it('keeps a trailing "according to a person familiar" with a figure the claim restates', () => {
    const source = 'The notes carry a coupon of 6.25%, according to a person familiar with the offering.';
    rejected('The notes carry a coupon of 6.25%.', source, /attribution dropped/);
    supported('The notes carry a coupon of 6.25%, according to a person familiar with the offering.', source);
    const briefed = 'Norrland will close two of its four depots next year, according to two people briefed on the review.';
    rejected('Norrland will close two of its four depots next year.', briefed, /attribution dropped/);
    supported('Two people briefed on the review said Norrland will close two of its four depots next year.', briefed);
  });

  it('keeps an opinion that opens the statement', () => {
    const opinion = '"We believe most regional carriers will abandon paper manifests within three years."';
    rejected('Most regional carriers will abandon paper manifests within three years.', opinion, /attribution dropped/);
    supported('The company believes most regional carriers will abandon paper manifests within three years.', opinion);
    const suspect = '"I suspect the two regional lenders merge before the end of the decade," the chairman told staff.';
    rejected('The two regional lenders merge before the end of the decade.', suspect, /attribution dropped/);
    supported('The chairman told staff he suspects the two regional lenders merge before the end of the decade.', suspect);
  });

  it('leaves an on-record statement alone', () => {
    supported('The notes carry a coupon of 6.25%.', 'The notes carry a coupon of 6.25%, the company said in a filing.');
  });
});

describe('round 8: an acronym against its spelled-out form', () => {
  it('reads an acronym in the claim against the initials of consecutive source words', () => {
    const source = 'The chief operating officer said most of the money would go to packaging and test, the steps that limit plant output.';
    supported('The COO said most of the money would fund packaging and test, the steps that constrain plant output.', source);
    const pue = 'The plant ran at a power usage effectiveness of 1.21 in October.';
    supported('The plant ran at a PUE of 1.21 in October.', pue);
    rejected('The plant ran at a PUE of 1.12 in October.', pue, /1\.12/);
  });

  it('reads a spelled-out form in the claim against an acronym of the source, joining words aside', () => {
    const source = 'MIIT told operators of ASIC clusters to file quarterly utilisation reports.';
    supported(
      'The Ministry of Industry and Information Technology told operators of application-specific integrated circuit clusters to file quarterly utilisation reports.',
      source,
    );
  });

  it('does not read an acronym whose letters the source words do not spell', () => {
    const source = 'The chief financial officer said the ramp would weigh on gross margin through the spring.';
    rejected('The CTO said the ramp would weigh on gross margin and slow hiring through the spring.', source, /not in cited/);
  });
});

describe('round 8: a comparison and a yearly figure said either way round', () => {
  it('reads "versus" for "compared with" and "annual" for "a year"', () => {
    const source = 'Dorne expects a power usage effectiveness of 1.2 averaged over a year, compared with 1.5 at its older campuses.';
    supported('Dorne expects an annual average PUE of 1.2, versus 1.5 at its older campuses.', source);
    rejected('Dorne expects an annual average PUE of 1.2, versus 1.7 at its older campuses.', source, /1\.7/);
  });
});

describe('round 8: "lack" and "without", and a negation whose object is a pro-form', () => {
  it('reads "who lack" as the source\u2019s "without", and still catches the flip', () => {
    const source = 'The scheme will place 2,000 adults without secondary-school diplomas in paid warehouse traineeships.';
    supported('The scheme will place 2,000 adults who lack secondary-school diplomas in paid warehouse traineeships.', source);
    rejected('The scheme will place 2,000 adults who hold secondary-school diplomas in paid warehouse traineeships.', source, /negation/);
    const lacking = 'Clinics without backup generators will be moved to the front of the grant queue.';
    supported('Clinics lacking backup generators will be moved to the front of the grant queue.', lacking);
  });

  it('reads "go without one" as the source\u2019s negation of the noun named before it', () => {
    const source = 'Most staff were offered a retraining place, but the other 400 positions will be eliminated without a retraining offer.';
    supported('Most staff were offered a retraining place, but the other 400 positions will be eliminated without one.', source);
    rejected(
      'Most staff were offered a retraining place, and the other 400 positions will be eliminated with a retraining offer.',
      source,
      /negation/,
    );
    const branches = 'Forty large branches get a new cash machine, and the other 30 branches will close without a replacement machine.';
    supported('Forty large branches get a new cash machine, while the other 30 branches will close without one.', branches);
    rejected(
      'Forty large branches get a new cash machine, and the other 30 branches will close with a replacement machine.',
      branches,
      /negation/,
    );
  });
});

describe('round 8: a predicate of commitment the cited sentences do not state', () => {
  it('rejects "signed", "approved", "completed" against a source still reviewing, negotiating or consulting', () => {
    const reviewing = 'Corda Systems said it was reviewing the alliance charter and backed open model audits in principle.';
    rejected('Corda Systems has signed the alliance charter.', reviewing, /predicate not in cited sentences: "signed"/);
    supported('Corda Systems said it was reviewing the alliance charter.', reviewing);
    const talks = 'The port authority is negotiating the dredging contract with two bidders.';
    rejected('The port authority has approved the dredging contract.', talks, /predicate not in cited sentences: "approved"/);
    const consult = 'Regulators opened a consultation on the licence transfer that runs until March.';
    rejected('Regulators completed their review of the licence transfer.', consult, /predicate not in cited sentences: "completed"/);
  });

  it('accepts the listed paraphrases of a commitment ("passed" for "approved", "finalised" for "closed")', () => {
    supported('The council passed the zoning rule 7-2.', 'The zoning rule, approved by the council on a 7-2 vote, takes effect in May.');
    supported('Arden finalised the purchase of the Leeds depot in June.', 'Arden closed the purchase of the Leeds depot in June.');
  });
});

describe('round 8: a negator before a lexical negative undoes it, and a difficulty is a state', () => {
  it('rejects "not exempt" and "not banned" against a source that says "exempt" and "banned"', () => {
    const exempt = 'Farms under 40 hectares are exempt from the new water levy.';
    rejected('Farms under 40 hectares are not exempt from the new water levy.', exempt, /claim says "not exempt/);
    supported('Farms under 40 hectares are exempt from the new water levy.', exempt);
    const banned = 'Diesel buses are banned from the old town after 2027.';
    rejected('Diesel buses are not banned from the old town after 2027.', banned, /negation flipped/);
    supported(
      'Diesel buses are not exempt: they are banned from the old town after 2027.',
      'Diesel buses are not exempt: they are banned from the old town after 2027.',
    );
  });

  it('rejects "struggling" against a source that states no difficulty, and accepts one said another way', () => {
    const easy = 'Mirel said the refinery comfortably meets its emission limits.';
    rejected('Mirel said the refinery was struggling to meet its emission limits.', easy, /predicate not in cited sentences: "struggling"/);
    supported(
      'Mirel said the refinery was struggling to meet its emission limits.',
      'Mirel said the refinery had difficulty meeting its emission limits.',
    );
  });
});

describe('round 8: a rule passed and what it covers, said in the source\u2019s other words', () => {
  const supports = (source: string, claim: string): boolean => hasParaphrase(new Set([stem(source)]), stem(claim));
  it('reads "passed" for "approved" and "covers" for "applies", never for the opposite', () => {
    assert.ok(supports('approved', 'passed'));
    assert.ok(supports('applies', 'covers'));
    assert.ok(supports('compared', 'versus'));
    assert.ok(!supports('rejected', 'passed'));
    assert.ok(!supports('exempts', 'covers'));
  });

  it('accepts a whole restatement in those words and still catches a changed figure', () => {
    const source =
      'The levy, approved by the assembly on a 31-9 vote, applies to parcel vans heavier than 3.5 tonnes entering the zone from July 1, 2027.';
    supported('The assembly passed the levy 31-9; it covers parcel vans heavier than 3.5 tonnes entering the zone from that date.', source);
    rejected(
      'The assembly passed the levy 31-9; it covers parcel vans heavier than 7.5 tonnes entering the zone from that date.',
      source,
      /7\.5/,
    );
  });
});

describe('round 8: a count that totals the listed parts the claim also states', () => {
  it('accepts "three sites, two … and one …" and "five depots, three … and two …", not a wrong total', () => {
    const sites = 'The fund owns two warehouses near Gdansk and one in Poznan, all let to a single tenant.';
    supported('The fund owns three warehouses, two near Gdansk and one in Poznan, all let to a single tenant.', sites);
    rejected('The fund owns four warehouses, two near Gdansk and one in Poznan, all let to a single tenant.', sites, /number four/);
    const depots = 'Norrland will shut three depots in the north and two in the west by June.';
    supported('Norrland will shut five depots, three in the north and two in the west, by June.', depots);
  });

  it('does not total counts the claim does not list', () => {
    const depots = 'Norrland will shut three depots in the north and two in the west by June.';
    rejected('Norrland will shut five depots by June.', depots, /number five/);
  });
});

describe('round 8: an English month range against a Chinese one', () => {
  it('reads "from January to September" against 今年1至9月, and not "from February"', () => {
    const source = '海关统计，今年1至9月共查获走私芯片案件45起。';
    supported('From January to September, customs uncovered 45 chip-smuggling cases.', source, 'zh');
    rejected('From February to September, customs uncovered 45 chip-smuggling cases.', source, /date "from February"/i, 'zh');
    const year = '2025年3至6月，该厂停产检修。';
    rejected('The plant was shut for maintenance from March 2026.', year, /date/, 'zh');
  });
});
