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

describe('a comparison turned round', () => {
  it('rejects "less likely" against "twice as likely", and "as common" against "less common"', () => {
    rejected(
      'Tenants with a written lease were less likely to renew.',
      'Tenants with a written lease were twice as likely to renew.',
      /comparison/,
    );
    rejected(
      'Heat pumps are as common in the north as in the south.',
      'Heat pumps are widespread in the south but remain less common in the north.',
      /comparison/,
    );
  });

  it('keeps the same degree said another way', () => {
    supported(
      'Tenants with a written lease were about twice as likely to renew.',
      'Tenants with a written lease were twice as likely to renew.',
    );
    supported('Heat pumps are less common in the north.', 'Heat pumps are widespread in the south but remain less common in the north.');
  });
});

describe('a strategic gain is a motive', () => {
  const source = 'The brewer bought two craft breweries in Oregon last month.';
  it('rejects "to secure" or "to bolster" added to a plain act', () => {
    rejected('The brewer bought two craft breweries in Oregon last month to secure a foothold in the West.', source, /motive/);
    rejected('The brewer bought two craft breweries in Oregon to bolster its craft range.', source, /motive/);
  });

  it('keeps a motive the source gives', () => {
    supported(
      'The brewer bought two craft breweries in Oregon to secure a foothold in the West.',
      'The brewer bought two craft breweries in Oregon to secure a foothold in the West, its chief executive said.',
    );
  });
});

describe('a predicate slid to a listed contrast over the same nouns', () => {
  it('rejects "acquired" for a stake, "cancelled" for a delay, "banned" for a restriction, "won" for a bid', () => {
    rejected('Harbor Foods acquired Greenleaf Farms.', 'Harbor Foods took a minority stake in Greenleaf Farms on Monday.', /predicate/);
    rejected('The city cancelled the tram extension.', 'The city delayed the tram extension by two years.', /predicate/);
    rejected('The ministry banned exports of the alloy.', 'The ministry restricted exports of the alloy.', /predicate/);
    rejected('Keller Rail won the signalling contract.', 'Keller Rail is bidding for the signalling contract.', /predicate/);
  });

  it("keeps the source's own predicate or a word listed for it, and a negated claim", () => {
    supported(
      'Harbor Foods acquired Greenleaf Farms.',
      'Harbor Foods completed its takeover of Greenleaf Farms after a partnership of five years.',
    );
    supported('The city has not cancelled the tram extension.', 'The city delayed the tram extension by two years.');
    supported('The ministry restricted exports of the alloy.', 'The ministry restricted exports of the alloy.');
  });

  it('rejects "launched" for a plan, "sued" for a threat, "appointed" for a nomination', () => {
    rejected(
      'The port launched a ferry service to the islands.',
      'The port plans a ferry service to the islands next summer.',
      /predicate/,
    );
    rejected('The union sued the airline over rosters.', 'The union threatened the airline with legal action over rosters.', /predicate/);
    rejected('The board appointed Ana Ruiz as chair.', 'The board nominated Ana Ruiz as chair on Monday.', /predicate/);
  });

  it('reads a Chinese contrast', () => {
    rejected('The ministry banned exports of the alloy.', '商务部限制了该合金的出口。', /predicate/, 'zh');
  });
});

describe('a parity the source denies', () => {
  const source = 'Heat pumps have become a familiar sight in Oslo but remain less common in Bergen.';
  it('rejects "just as", "as well" and "too" for what the source says is less common', () => {
    rejected('Heat pumps have become a familiar sight in Bergen, just as in Oslo.', source, /comparison/);
    rejected('Heat pumps are now common in Bergen as well.', source, /comparison/);
  });

  it('keeps the contrast', () => {
    supported('Heat pumps are familiar in Oslo but less common in Bergen.', source);
  });
});

describe('an inference or a frame the source does not draw', () => {
  const source = 'The council approved the bus lane on Tuesday after a two-year trial.';
  it('rejects "proves that", "central finding" and "mainly about"', () => {
    rejected('The council approved the bus lane on Tuesday, which proves that the two-year trial worked.', source, /framing/);
    rejected("The trial's central finding is that the bus lane was approved.", source, /framing/);
    rejected('The bus lane vote on Tuesday was mainly about the two-year trial.', source, /framing/);
    rejected('The council approved the bus lane on Tuesday, a blow to drivers after the two-year trial.', source, /framing/);
  });

  it('keeps the frame when the source draws it', () => {
    supported(
      'The two-year trial proves that the bus lane works, the council said.',
      'The two-year trial proves that the bus lane works, the council said on Tuesday.',
    );
  });
});

describe("a product name built on a known maker's short name", () => {
  const source = 'Kestrel Swift and Kestrel Pro were both retired in March, the company said.';
  it('rejects a product word the story never uses', () => {
    rejected('Kestrel Swift and Kestrel Max were both retired in March.', source, /name "Kestrel Max"/);
  });

  it('keeps a product word the source uses', () => {
    supported('Kestrel Pro and Kestrel Swift were both retired in March.', source);
  });
});

describe('"already" before a present verb states now what the source puts ahead', () => {
  const source = 'Cold storage will arrive in the Lisbon region by June 2027, the company said.';
  it('rejects "already offers" and "is already running"', () => {
    rejected('The Lisbon region already offers cold storage.', source, /certainty/);
    rejected('Cold storage is already running in the Lisbon region.', source, /certainty/);
  });

  it('keeps the arrival ahead', () => {
    supported('Cold storage will arrive in the Lisbon region by June 2027.', source);
  });
});

describe('Chinese sources: what still holds, and an unwillingness denied', () => {
  it('rejects "no longer" against 仍', () => {
    rejected('The plant no longer depends on imported chips.', '该工厂的部分芯片仍需进口。', /negation flipped/, 'zh');
  });

  it('rejects "reluctant" against 并不是舍不得', () => {
    rejected('Small shops are reluctant to pay for the software.', '小商户并不是舍不得为软件花钱。', /negation flipped/, 'zh');
  });
});

describe('Chinese negations of a verb the glossary renders', () => {
  it('rejects a positive claim against 并未, 不再, 无法 and 还未', () => {
    rejected('The ministry approved the merger.', '监管部门并未批准这项合并。', /negation flipped/, 'zh');
    rejected('The shop still sells the older model.', '该店已不再销售旧款型号。', /negation flipped/, 'zh');
    rejected('The bank can verify the transfers in real time.', '银行目前无法实时核验这些转账。', /negation flipped/, 'zh');
    rejected('The factory has received the new machines.', '工厂还未收到新设备。', /negation flipped/, 'zh');
  });

  it('keeps the negation, and reads 非法 and 不足 as words of their own', () => {
    supported('The ministry has not approved the merger.', '监管部门并未批准这项合并。', 'zh');
    supported('The shortage of local compute has not been solved.', '本地算力不足的问题并未解决。', 'zh');
  });
});
