import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rejected, supported } from './__fixtures__/one-source.js';
import { briefWith, cited } from './__fixtures__/support-cuts.js';
import type { VerifySources } from './types.js';
import { verifyBrief } from './verify-brief.js';

// Two English reports of one ferry story: the operator's announcement, and the harbour pilots' account of a fault.
const ferryStory: VerifySources = {
  articles: [
    {
      id: 'a1',
      outlet: 'Coast Wire',
      title: 'Halvik ferry terminal opens',
      language: 'en',
      published: '2026-11-04T00:00:00Z',
      text: 'The ferry operator said its new terminal in Halvik opened on Monday with four berths. The terminal cost 40 million euros.',
    },
    {
      id: 'a2',
      outlet: 'Harbour Daily',
      title: 'Crane fault at Halvik',
      language: 'en',
      published: '2026-11-05T00:00:00Z',
      text: 'Harbour pilots said the berths were closed for most of the afternoon after a crane fault on the quay.',
    },
  ],
};

function reasonsCiting(claim: string, articleId: string, sentenceId: string): string[] {
  return verifyBrief(briefWith(cited(claim, articleId, sentenceId)), ferryStory).sentences[0]!.reasons;
}

describe('a citation of the wrong article', () => {
  it("rejects a claim whose own words sit together in another article's sentence", () => {
    const claim = 'The new Halvik terminal had its berths closed for most of the afternoon by a crane fault.';
    assert.match(reasonsCiting(claim, 'a1', 'p1s1').join('; '), /wrong article/);
    assert.deepEqual(
      reasonsCiting(claim, 'a2', 'p1s1').filter((reason) => /wrong article/.test(reason)),
      [],
    );
  });

  it('keeps a paraphrase of the cited sentence', () => {
    assert.deepEqual(reasonsCiting('The operator opened its new four-berth Halvik terminal on Monday.', 'a1', 'p1s1'), []);
  });
});

describe('a citation of the wrong article, against a Chinese one', () => {
  const story: VerifySources = {
    articles: [
      {
        id: 'z1',
        outlet: '财经',
        title: '出口新规',
        language: 'zh',
        published: '2026-11-04T00:00:00Z',
        text: '新规将于12月1日生效，许可范围扩大到另外17个国家。',
      },
      {
        id: 'e1',
        outlet: 'Wire',
        title: 'Export rule',
        language: 'en',
        published: '2026-11-04T00:00:00Z',
        text: 'Chips sent to approved assembly and test sites and returned to the original exporter are exempt.',
      },
    ],
  };
  const reasons = (claim: string): string => verifyBrief(briefWith(cited(claim, 'z1', 'p1s1')), story).sentences[0]!.reasons.join('; ');

  it("rejects an English sentence's content cited to a Chinese one that lacks it", () => {
    assert.match(reasons('Chips sent to approved assembly and test sites and returned to the exporter are exempt.'), /wrong article/);
  });

  it('leaves a claim whose figures the Chinese sentence gives', () => {
    assert.doesNotMatch(reasons('From December 1 the licence requirement reaches 17 more countries.'), /wrong article/);
  });
});

describe('a change against a steady state', () => {
  const source = 'Waiting times at the Halvik clinic were unchanged after the new booking system went live.';
  it('rejects a direction of change the source holds steady', () => {
    rejected('Waiting times at the Halvik clinic fell after the new booking system went live.', source, /contradicts the source/);
    rejected('Waiting times at the Halvik clinic rose once the booking system went live.', source, /contradicts the source/);
  });

  it('keeps the steady state restated', () => {
    supported('Waiting times at the Halvik clinic were unchanged once the new booking system went live.', source);
  });
});

describe('a Chinese difficulty negates an ability', () => {
  it('rejects "can" against a Chinese 很难 or 难以', () => {
    const source = '港口负责人表示，新码头的泊位短期内很难补齐人手。';
    rejected('The port chief said the new terminal can quickly fill its berth crews.', source, /negation flipped/, 'zh');
    supported("The port chief said the new terminal's berth crews are hard to fill in the short term.", source, 'zh');
  });

  it('reads 很难看 ("looks bad") as no negation', () => {
    supported('Renewal rates in the second year look bad for pure software licences.', '单纯卖软件授权，第二年续约率很难看。', 'zh');
  });
});

describe('a support ended in Chinese', () => {
  it('rejects "can still be supported" against 不再支持', () => {
    const source = '连续两年负荷低于三成的旧码头，原则上不再支持扩建。';
    rejected('Old terminals below 30% load for two years can still be supported to expand.', source, /negation flipped/, 'zh');
    supported('Old terminals below 30% load for two years are in principle no longer supported to expand.', source, 'zh');
  });
});

describe('a guess in a later clause of a Chinese sentence', () => {
  const source = '运营方表示，新码头今年吞吐量增长两成，若航线继续调整，可能推迟二期扩建。';
  it('rejects a "will" restating the guessed clause', () => {
    rejected(
      'The operator said throughput rose 20% this year, and route changes will delay the second-phase expansion.',
      source,
      /hedges/,
      'zh',
    );
  });

  it('keeps the guess kept, and the plain clause stated plainly', () => {
    supported('The operator said throughput rose 20% this year, and route changes could delay the second-phase expansion.', source, 'zh');
  });
});

describe('an unnamed analyst in Chinese, stated flat', () => {
  it('rejects the view restated through the glossary (single, ban, restructuring)', () => {
    const source = '一位券商分析师指出，在禁止低价竞争之后，客户单一的中小运营商可能被迫重组。';
    rejected('After the ban, small operators with a single customer face restructuring.', source, /attribution dropped/, 'zh');
  });
});

describe('a speaker who asked not to be named', () => {
  const source =
    'A harbour pilot in Halvik, who asked not to be named because the port had not commented, said night arrivals had been cut to two a week.';
  it('rejects the account stated flat', () => {
    rejected('Night arrivals at Halvik have been cut to two a week.', source, /attribution dropped/);
  });

  it('keeps it attributed', () => {
    supported('A Halvik harbour pilot, who asked not to be named, said night arrivals had been cut to two a week.', source);
  });
});

describe('a restriction dropped', () => {
  const source = 'Members can book two guest passes a month, and the rooftop pool is limited to annual members.';
  it('rejects the restricted thing given to all', () => {
    rejected('Members can book two guest passes a month and can use the rooftop pool.', source, /restriction dropped/);
  });

  it('keeps the holders named, and a negated restriction', () => {
    supported('Only annual members can use the rooftop pool.', source);
    supported(
      'Inspections could include on-site visits to any company.',
      'Inspections could include on-site visits and would not be limited to companies that signed the code.',
    );
  });
});

describe('essentialising frames in more words', () => {
  const source = 'The ferry operator said the new terminal in Halvik opened on Monday with four berths.';
  it('rejects "first of all", "more than anything" and "ultimately about" the source never draws', () => {
    rejected('The new Halvik terminal, with four berths, is first of all a terminal for the operator.', source, /framing/);
    rejected('The Halvik terminal opening on Monday is ultimately about the four berths.', source, /framing/);
  });
});

describe('a comparison the cited figures decide', () => {
  const source = 'Nordline Ferries charges €42 for the crossing, against €35 on Baltic Star.';
  it('rejects the sides turned round', () => {
    rejected('Nordline Ferries charges less than Baltic Star for the crossing.', source, /comparison turned round/);
  });

  it('keeps the sides the right way round', () => {
    supported('Nordline Ferries charges more than Baltic Star for the crossing.', source);
  });
});

describe('a condition waived', () => {
  const source = 'The insurer pays only for repairs approved in advance, so the garage carries the risk.';
  it('rejects "whether or not" against a source\'s "only"', () => {
    rejected('The insurer pays for repairs whether or not they are approved in advance.', source, /restriction dropped/);
  });

  it('keeps the condition', () => {
    supported('The insurer pays only for repairs it approved in advance.', source);
  });
});

describe('a handover turned round', () => {
  const source = 'Disputed invoices over €500 are escalated to a human agent within a day.';
  it('rejects the bot handling what the source hands to people', () => {
    rejected('The chatbot also handles disputed invoices over €500.', source, /handover turned round/);
  });

  it('keeps the handover', () => {
    supported('Disputed invoices over €500 go to a human agent within a day.', source);
  });
});

describe('a list extended', () => {
  const source = 'At opening the new terminal offers ticket desks, left-luggage lockers and a cafe.';
  it('rejects an item slipped into the cited list', () => {
    rejected(
      'The new terminal offers duty-free shopping alongside ticket desks, left-luggage lockers and a cafe.',
      source,
      /list extended/,
    );
  });

  it('keeps the list reordered', () => {
    supported('The new terminal offers a cafe alongside ticket desks and left-luggage lockers.', source);
  });
});

describe('a name swapped for another against a Chinese sentence', () => {
  const text = ['基金的有限合伙人包括上海市级政府引导基金和三家保险资金。', '该基金此前投资了深圳的两家芯片公司。'].join('\n\n');
  const story: VerifySources = {
    articles: [{ id: 'z1', outlet: '财经', title: '基金募集', language: 'zh', published: '2026-11-04T00:00:00Z', text }],
  };
  const reasons = (claim: string): string => verifyBrief(briefWith(cited(claim, 'z1', 'p1s1')), story).sentences[0]!.reasons.join('; ');

  it("rejects the article's other city set where the cited sentence has its own", () => {
    assert.match(reasons("The limited partners include Shenzhen's municipal government guidance fund."), /place "Shenzhen"/);
  });

  it('keeps the cited city', () => {
    assert.doesNotMatch(reasons("The limited partners include Shanghai's municipal government guidance fund."), /Shanghai/);
  });
});
