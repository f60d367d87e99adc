import { describe, it } from 'node:test';
import { rejected, supported } from './__fixtures__/one-source.js';

describe('figures said in other words', () => {
  it('reads "two decades" as 20 years', () => {
    supported('The ferry operator leased the pier for two decades.', 'The ferry operator leased the pier for 20 years, the port said.');
    rejected(
      'The ferry operator leased the pier for three decades.',
      'The ferry operator leased the pier for 20 years, the port said.',
      /decades/,
    );
  });

  it('meets a fraction in words with the same fraction in other words', () => {
    supported('About one in five of the new stalls will sell fish.', 'Roughly a fifth of the new stalls will sell fish, the market said.');
    rejected(
      'About one in four of the new stalls will sell fish.',
      'Roughly a fifth of the new stalls will sell fish, the market said.',
      /four/,
    );
  });
});

describe("bounds and estimates in an editor's words", () => {
  it('reads "well north of" as a floor', () => {
    supported('The mayor put turnout well above 60 percent.', 'Turnout was well north of 60 percent, the mayor said.');
    rejected('Turnout was exactly 60 percent, the mayor said.', 'Turnout was well north of 60 percent, the mayor said.', /bound/);
  });

  it('keeps an estimate with "projects" as a verb, not as a noun', () => {
    const source = 'The water board expects demand this summer to reach a record 410 million litres a day.';
    supported('The water board projects a record summer demand of 410 million litres a day.', source);
    rejected('Water projects will push summer demand to a record 410 million litres a day.', source, /hedge/);
  });

  it('keeps an estimate with "pegs"', () => {
    const source = 'The council estimates that the new bridge will cost about €40 million.';
    supported('The council pegs the cost of the new bridge at about €40 million.', source);
    rejected('The new bridge costs €40 million.', source, /hedge/);
  });
});

describe('a hedged claim carries new words only when most of it is anchored', () => {
  const source =
    'When the ferry is out of service for repairs, the island clinic will have to draw its doctors from the mainland hospital.';
  it('forgives an editor word in a claim whose content the source carries', () => {
    supported(
      'Whenever the ferry is out of service for repairs, the neighbouring island clinic will have to take its doctors from the mainland hospital.',
      source,
    );
  });

  it('forgives nothing in a claim most of whose content is its own', () => {
    rejected(
      'Whenever storms batter the coastline, worried island families will have to charter private boats to the mainland.',
      source,
      /key terms/,
    );
  });
});

describe('"sign" with a particle or a determiner', () => {
  const drill = 'The port said it had received commitments from 40 hauliers for the voluntary fire drill.';
  it('reads "signed up" as enrolling and "signed off" as approving', () => {
    supported('Forty hauliers have signed up for the voluntary fire drill, the port said.', drill);
    const claim = 'Until now, compliance teams at banks were often reluctant to approve a second region outside the country.';
    const signOff = 'Until now, compliance teams at banks were often unwilling to sign off a second region outside the country.';
    supported(claim, signOff);
    supported(signOff, signOff);
    rejected(
      claim,
      'Until now, compliance teams at banks were often unwilling to review a second region outside the country.',
      /predicate/,
    );
    rejected(
      'Until now, compliance teams at banks readily approved a second region outside the country.',
      'Until now, compliance teams at banks were often unwilling to sign off a second region outside the country.',
      /predicate/,
    );
  });

  it('reads "no sign that" as a noun, and "signed" alone as the commitment', () => {
    supported('The audit found no sign that patient files were touched.', 'The audit found no evidence that patient files were accessed.');
    rejected('The hauliers have signed the drill contract.', 'The hauliers were reviewing the drill contract.', /predicate/);
  });
});

describe('a fraction in words as a part over a whole', () => {
  const source = 'The council attributed about 6 MW of the 8 MW increase to the new tram depot.';
  it('meets "three-quarters" with 6 of 8', () => {
    supported('Roughly three-quarters of the increase, some 6 MW, comes from the new tram depot.', source);
  });

  it('rejects a fraction no part over a whole gives', () => {
    rejected('Roughly two-thirds of the increase, some 6 MW, comes from the new tram depot.', source, /two/);
  });
});

describe('a yearless month closing a span', () => {
  const source = 'The helpdesk resolved 41% of the 182,000 tickets raised in the six months to September.';
  it('meets "through September" with "to September"', () => {
    supported('In the six months through September, the helpdesk resolved 41% of 182,000 tickets.', source);
  });

  it('still rejects another month or a year the source does not give', () => {
    rejected('In the six months through October, the helpdesk resolved 41% of 182,000 tickets.', source, /October/);
    rejected('In the six months through September 2025, the helpdesk resolved 41% of 182,000 tickets.', source, /2025/);
  });
});

describe('a Chinese claim recombines the source morphemes', () => {
  const source = '该市的公交票价比去年下降了约两成，主要靠线路优化。';
  it('reads 降低 for 下降', () => {
    supported('该市公交票价较去年降低约两成，降价主要得益于路线的优化。', source, 'zh');
  });

  it('still rejects words the source does not use at all', () => {
    rejected('该市公交票价较去年降低约两成，靠的是政府财政补贴与燃油税返还。', source, /key terms/, 'zh');
  });
});

describe('"nor" carries on a negation', () => {
  const source = 'The council would not name the contractor or the consultant that drew up the plans.';
  it('adds no negation of its own', () => {
    supported('The council would not name the contractor, nor the consultant that drew up the plans.', source);
  });

  it('still rejects a negation the claim drops', () => {
    rejected('The council named the contractor and the consultant that drew up the plans.', source, /negation/);
  });
});

describe('"half" for a cited 50 percent', () => {
  const source = 'At 50 percent occupancy, the cost per night of the hostel doubles to about $40.';
  it('reads "half" as 50 percent', () => {
    supported('At half occupancy, the cost per night of the hostel doubles to about $40.', source);
  });

  it('still rejects "half" for 40 percent', () => {
    const forty = 'At 40 percent occupancy, the cost per night of the hostel doubles to about $40.';
    rejected('At half occupancy, the cost per night of the hostel doubles to about $40.', forty, /half/);
  });
});
