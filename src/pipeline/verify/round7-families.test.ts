import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rejected, supported } from './__fixtures__/one-source.js';
import { briefWith, cited } from './__fixtures__/support-cuts.js';
import type { VerifySources } from './types.js';
import { verifyBrief } from './verify-brief.js';

describe('round 7: speculation stated as fact, in words the old lists lacked', () => {
  it('reads a trajectory ("on track for", "on course to") as an expectation', () => {
    const source = 'Harlow is on course to ship 40,000 units this year, the company said.';
    rejected('Harlow will ship 40,000 units this year.', source, /certainty where the source hedges/);
    supported('Harlow expects to ship 40,000 units this year.', source);
    const pace = 'The fund is on pace for about $2 billion in commitments by March.';
    rejected('The fund has about $2 billion in commitments.', pace, /certainty where the source hedges/);
    supported('The fund is on track for about $2 billion in commitments by March.', pace);
  });

  it('reads what survey respondents reported, however many words name them, as their account', () => {
    const source = 'Respondents who moved their billing to annual contracts reported savings of about 18%.';
    rejected('Moving billing to annual contracts saves about 18%.', source, /certainty where the source hedges/);
    supported('Respondents on annual contracts reported savings of about 18%.', source);
    const polled = 'Engineers polled by the institute in June said adoption had doubled.';
    rejected('Adoption had doubled.', polled, /certainty where the source hedges/);
  });

  it('reads what officials say privately, and an analyst\u2019s own calculation (测算), as no established fact', () => {
    const privately = 'Regulators have said privately that most of the queued projects will never be built.';
    rejected('Most of the queued projects will never be built.', privately, /certainty where the source hedges/);
    supported('Regulators have privately said most of the queued projects will never be built.', privately);
    const reckoned = '一位分析师测算，按现价计算，毛利率将降至三成左右。';
    rejected('At current prices, the gross margin falls to about 30%.', reckoned, /certainty where the source hedges/, 'zh');
  });

  it('keeps no hedge with a negated plan ("no plan to build")', () => {
    const source = 'Officials believe many of the requests came from speculators with no intention to build.';
    rejected('Many of the requests came from speculators with no plan to build.', source, /certainty where the source hedges/);
  });
});

describe('round 7: flipped negations in other words', () => {
  it('matches each claim negation to one source negation, so keeping one of two does not keep both', () => {
    const source = 'Orsk did not say how many drivers were hit, and said no driver data had been taken.';
    rejected('Orsk did not say how many drivers were hit and admitted that some driver data had been taken.', source, /negation flipped/);
    supported('Orsk did not say how many drivers were hit and said no driver data had been taken.', source);
    const bids = 'The council did not publish the bids and said no bid had been rejected.';
    rejected('The council did not publish the bids and said one bid had been rejected.', bids, /negation flipped/);
  });

  it('lets one claim negation match a negation two cited sentences each restate', () => {
    const sources: VerifySources = {
      articles: [
        {
          id: 'a1',
          outlet: 'Wire',
          title: 'Story',
          language: 'en',
          published: '2026-11-04T00:00:00Z',
          text: 'Orsk said four bidders took part but did not name the others.\n\nOrsk said four bidders took part; it did not name the others.',
        },
      ],
    };
    const claim = cited('Orsk said four bidders took part but did not name the others.', 'a1', 'p1s1', 'p2s1');
    const result = verifyBrief(briefWith(claim), sources).sentences[0]!;
    assert.equal(result.verdict, 'supported', result.reasons.join('; '));
  });

  it('reads the failure of a light verb ("failed to get past") as a failure of what it governs', () => {
    rejected('The auditors failed to get past the login checks.', 'The auditors found a way past the login checks.', /negation flipped/);
    rejected(
      'The testers did not make any progress on the jailbreak.',
      'The testers made fast progress on the jailbreak.',
      /negation flipped/,
    );
    supported('The auditors failed to get past the login checks.', 'The auditors could not get past the login checks.');
  });

  it('reads carrying on with a thing against stopping that same thing', () => {
    const source = 'The firm said it had suspended new orders with immediate effect and would stop shipping in March.';
    rejected('The firm said it would keep accepting new orders until March.', source, /contradicts the source/);
    rejected('The firm will continue new orders until March.', source, /contradicts the source/);
    supported('The firm suspended new orders at once and will stop shipping in March.', source);
  });

  it('reads carrying on against a Chinese source that only stops (停止, 暂停), and the reverse', () => {
    const source = '该公司表示，将暂停接受新的企业客户订单。';
    rejected('The company will continue to accept new enterprise orders.', source, /contradicts the source/, 'zh');
    supported('The company will suspend new enterprise orders.', source, 'zh');
    rejected('The company halted its domestic service.', '该公司表示，国内服务将继续运营。', /contradicts the source/, 'zh');
  });

  it('reads joining against leaving and imposing against lifting when both act on the same thing', () => {
    rejected('Velar joined the Open Compute group in May.', 'Velar quit the Open Compute group in May.', /contradicts the source/);
    rejected(
      'The ministry imposed the export quota on Friday.',
      'The ministry lifted the export quota on Friday.',
      /contradicts the source/,
    );
    supported(
      'Velar joined the group in May, a year before it left the board.',
      'Velar joined the group in May and left the board a year later.',
    );
  });
});

describe('round 7: modality of what is planned, promised and meant', () => {
  it('rejects a perfect ("has moved") over what the source plans or promises, in Chinese or English', () => {
    const zh = '该公司表示，计划在明年三月前把结算系统迁移到新的数据中心。';
    rejected('The company has moved its settlement system to the new data centre.', zh, /certainty where the source hedges/, 'zh');
    supported('The company plans to move its settlement system to the new data centre.', zh, 'zh');
    const en = 'Marlow will publish the audit findings by January 12, the regulator said.';
    rejected('Marlow has published the audit findings.', en, /certainty where the source hedges/);
    supported('Marlow has promised to publish the audit findings by January 12.', en);
  });

  it('reads "already" with a past verb as done', () => {
    rejected('The bank already moved its card system to the new region.', '该银行计划明年把银行卡系统迁到新区域。', /certainty/, 'zh');
    rejected('Orsk already signed the supply deal.', 'Orsk will sign the supply deal in December.', /certainty/);
  });

  it('keeps a perfect the source states as done beside a promise', () => {
    const source = 'Tarn said it has paused all firmware updates until March 2 and will publish a review by February 20.';
    supported('Tarn has paused all firmware updates until March 2 and promised a review by February 20.', source);
  });

  it('rejects a purpose ("a move aimed at", "so as to") the source does not state, and keeps one it states in other words', () => {
    const source = 'Orsk will require every driver to log rest breaks from January.';
    rejected('Orsk will require drivers to log rest breaks from January, a move aimed at heading off a union dispute.', source, /framing/);
    rejected('Orsk will require drivers to log rest breaks from January so as to cut insurance costs.', source, /framing/);
    const stated = 'Orsk will require every driver to log rest breaks from January, aiming to cut insurance costs.';
    supported('Orsk will require drivers to log rest breaks from January, a move aimed at cutting insurance costs.', stated);
  });
});

describe('round 7: Chinese clauses and prepositions', () => {
  it('lets an estimate that ends its clause govern what follows when the claim takes its basis too', () => {
    const source = '按每年运行8000小时估算，每度电便宜0.3元，全年可节省电费约2亿元。';
    rejected('Running 8,000 hours a year, the site saves about 200 million yuan in power costs annually.', source, /certainty/, 'zh');
    supported('Assuming 8,000 hours a year, the site is estimated to save about 200 million yuan in power costs annually.', source, 'zh');
  });

  it('reads a Chinese "并非" over a subsidy or a scale as the negation it is', () => {
    const source = '她表示，这次降价并非补贴，而是成本下降带来的空间。';
    rejected('She said the price cut is a subsidy.', source, /negation flipped/, 'zh');
    supported('She said the price cut is not a subsidy.', source, 'zh');
  });

  it('matches a negated predicate adjective ("no longer possible") with the source negation of its subject', () => {
    const source = 'Customers cannot book repair visits online and are told to call the depot.';
    supported('With repair visits no longer possible to book online, customers call the depot.', source);
    supported('Repair visits are no longer possible online, so customers call the depot.', source);
    rejected('Repair visits are available online.', source, /negation flipped/);
  });

  it('reads "under which" and "under the" as a frame, not as "below"', () => {
    const source = 'The board approved a rule: any new load above 75 MW must curtail in emergencies.';
    supported('The board approved a rule under which new loads above 75 MW must curtail in emergencies.', source);
    rejected('The board approved a rule for new loads under 75 MW.', source, /contradicts the source/);
  });
});

describe('round 7: motives and conditions', () => {
  it('rejects a motive ("to push", "to head off") the cited sentences do not give', () => {
    const source = 'Dalvik will raise its storage prices by 20% from January 1.';
    rejected('Dalvik is raising storage prices 20% from January 1 to push customers onto annual plans.', source, /motive/);
    rejected('Dalvik is raising storage prices 20% from January 1 to head off a margin squeeze.', source, /motive/);
    const stated = 'Dalvik will raise its storage prices by 20% from January 1, aiming to push customers onto annual plans.';
    supported('Dalvik is raising storage prices 20% from January 1 to push customers onto annual plans.', stated);
    supported('Dalvik plans to push customers onto annual plans.', 'Dalvik plans to push customers onto annual plans.');
  });

  it('keeps only a condition with a claim\u2019s "if", not the estimate around it', () => {
    const source = 'Analysts estimate that, if the trial goes well, the first units will ship to utilities.';
    rejected('If the trial goes well, the first units will ship to utilities.', source, /certainty where the source hedges/);
    supported('Analysts estimate that if the trial goes well the first units will ship to utilities.', source);
  });

  it('reads an exception ("except", "excluding") as a negation of what it names', () => {
    const source = 'The assistant answers every staff question except those about payroll.';
    rejected('The assistant answers staff questions about payroll.', source, /negation flipped/);
    supported('The assistant answers staff questions, but not those about payroll.', source);
  });

  it('reads "fall short of" as the negation it is', () => {
    supported(
      'Sites that fall short of the target for two quarters lose the discount.',
      'Sites that do not meet the target for two quarters lose the discount.',
    );
  });
});

describe('round 7: second-hand and unsettled statements in a broader lexicon', () => {
  it('reads "is believed to", "rumoured", 据悉 and a letter of intent as short of fact', () => {
    rejected('Kora owns the Tarn plant.', 'Kora is believed to own the Tarn plant.', /certainty where the source hedges/);
    supported('Kora is rumoured to own the Tarn plant.', 'Kora is believed to own the Tarn plant.');
    rejected(
      'Vell bought 400 trucks from Orsk.',
      'Vell signed a letter of intent to buy 400 trucks from Orsk.',
      /certainty where the source hedges/,
    );
    rejected(
      'The group will build a second plant in Wuhu.',
      '据悉，该集团将在芜湖建设第二座工厂。',
      /certainty where the source hedges/,
      'zh',
    );
  });
});

describe('round 7: expectations in more words', () => {
  it('reads "anticipates", "is understood to", 预测 and 争取 as short of fact', () => {
    rejected('Tarn ships 300 units in 2027.', 'Tarn anticipates shipping 300 units in 2027.', /certainty where the source hedges/);
    supported('Tarn anticipates shipping 300 units in 2027.', 'Tarn anticipates shipping 300 units in 2027.');
    rejected('Velar holds a 12% stake in Orsk.', 'Velar is understood to hold a 12% stake in Orsk.', /certainty where the source hedges/);
    rejected('The plant will reach full output in 2027.', '公司争取在2027年实现满产。', /certainty where the source hedges/, 'zh');
    supported('The company aims to reach full output in 2027.', '公司争取在2027年实现满产。', 'zh');
  });

  it('reads a Chinese 或 before a verb (或于, 或达) as a guess', () => {
    rejected('The company will list in Hong Kong in 2027.', '该公司或于2027年在香港上市。', /certainty where the source hedges/, 'zh');
    supported('The company may list in Hong Kong in 2027.', '该公司或于2027年在香港上市。', 'zh');
    rejected('Losses reach 3 billion yuan this year.', '今年亏损或达30亿元。', /certainty where the source hedges/, 'zh');
  });
});
