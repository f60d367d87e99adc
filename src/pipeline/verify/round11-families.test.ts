import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rejected, supported } from './__fixtures__/one-source.js';
import { briefWith, cited } from './__fixtures__/support-cuts.js';
import { verifyBrief } from './verify-brief.js';

// A claim citing both sentences of a one-paragraph article.
function twoSentenceVerdict(claim: string, text: string): string[] {
  const sources = { articles: [{ id: 'a1', outlet: 'Wire', title: 'Story', language: 'en', published: '2026-11-04T00:00:00Z', text }] };
  return verifyBrief(briefWith(cited(claim, 'a1', 'p1s1', 'p1s2')), sources).sentences[0]!.reasons;
}

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
describe('a view stated flat loses its holder', () => {
  it('rejects an argument opened by any subject, and keeps one the claim attributes', () => {
    const source = 'Port officials in Rotterdam argue that the new locks have cut waiting times more than dredging would.';
    rejected('The new locks have cut waiting times in Rotterdam more than dredging would.', source, /attribution dropped/);
    supported('Port officials in Rotterdam argue the new locks have cut waiting times more than dredging would.', source);
  });

  it("rejects a named analyst's reading stated flat", () => {
    const source =
      '"The merger will lift fares on the northern routes within a year," said Ana Lopes, a transport analyst at Brightline Research.';
    rejected('The merger will lift fares on the northern routes within a year.', source, /attribution dropped/);
    supported('Brightline Research analyst Ana Lopes said the merger will lift fares on the northern routes within a year.', source);
  });

  it('rejects what is "widely seen as" so stated as fact', () => {
    const source = 'Water supply, rather than land, is widely seen as the main limit on new plants in the valley.';
    rejected('Water supply, not land, is the main limit on new plants in the valley.', source, /hedges/);
    supported('Water supply rather than land is widely seen as the main limit on new plants in the valley.', source);
  });

  it('reads "open-source" as no attribution kept', () => {
    const source = 'Analysts say open-source models earn little money on their own.';
    rejected('Open-source models earn little money on their own.', source, /attribution dropped/);
  });

  it('rejects a Chinese unnamed investor stated flat', () => {
    const source = '一位长期关注芯片赛道的投资人对记者表示，芯片公司的价格战已经打到底部。';
    rejected('The price war among chip companies has already hit bottom.', source, /attribution dropped/, 'zh');
  });
});
describe('a view joined to the record', () => {
  const text =
    'The port authority says its waiting list now holds 64 berth requests from shipping lines. Many of those requests will never be used, the authority argues, but it must dredge as though they will.';
  it('rejects a claim that takes the prediction only the view states', () => {
    assert.match(
      twoSentenceVerdict(
        'The port waiting list holds 64 berth requests from shipping lines, and many of them will never be used.',
        text,
      ).join('; '),
      /attribution dropped/,
    );
  });

  it('keeps the record alone, and the prediction with its holder', () => {
    assert.deepEqual(twoSentenceVerdict('The port waiting list holds 64 berth requests from shipping lines.', text), []);
    assert.deepEqual(
      twoSentenceVerdict('The waiting list holds 64 berth requests, many of which the authority argues will never be used.', text),
      [],
    );
  });
});
describe('an unnamed source trailing as "people familiar … said"', () => {
  const source = 'The airline will retire its oldest jets next year, two people familiar with the fleet plan said.';
  it('rejects the statement stated flat', () => {
    rejected('The airline will retire its oldest jets next year.', source, /attribution dropped/);
  });

  it('keeps it with its source', () => {
    supported('The airline will retire its oldest jets next year, according to people familiar with the plan.', source);
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
describe("a named speaker's quotation stated flat", () => {
  const source = '"Rail freight is the cheapest way to move grain across the plains," said Dana Holt, the cooperative\'s director.';
  it('rejects the quotation without its speaker', () => {
    rejected('Rail freight is the cheapest way to move grain across the plains.', source, /attribution dropped/);
  });

  it('keeps it with its speaker, and a first-person quotation as the record', () => {
    supported("The cooperative's director, Dana Holt, said rail freight is the cheapest way to move grain across the plains.", source);
    supported(
      'The cooperative will move its grain by rail from March.',
      '"We will move our grain by rail from March," said Dana Holt, the cooperative\'s director.',
    );
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
