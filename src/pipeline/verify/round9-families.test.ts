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

  it('keeps an unnamed analyst or insider who opens a Chinese statement', () => {
    const source = '一位券商分析师指出，客户单一的中小运营商在禁止低价倾销之后竞争力会进一步下降。';
    rejected(
      'Small operators with a single customer become less competitive once below-cost pricing is banned.',
      source,
      /attribution dropped/,
      'zh',
    );
    supported(
      'A brokerage analyst said small operators with a single customer become less competitive once below-cost pricing is banned.',
      source,
      'zh',
    );
  });

  it('keeps a third-person quotation, not a first-person one', () => {
    const quotation = '"Every regional lender without a cloud contract will be asked about it at the next results."';
    rejected(
      'Every regional lender without a cloud contract will be asked about it at the next results.',
      quotation,
      /attribution dropped/,
    );
    supported('An analyst predicted every regional lender without a cloud contract will be asked about it at the next results.', quotation);
    supported('"Every regional lender without a cloud contract will be asked about it at the next results."', quotation);
    const pledge = '"We will publish the full audit of the Harlow plant within 30 days."';
    supported('The company will publish the full audit of the Harlow plant within 30 days.', pledge);
  });
});

describe('round 9: a Chinese condition after its subject', () => {
  it('governs the sentence when it opens the first clause after a short subject', () => {
    const source = '新工厂若能按期投产，公司的封装产能将提高到每月4万片晶圆。';
    rejected(
      "The new factory will lift the company's packaging capacity to 40,000 wafers a month.",
      source,
      /certainty where the source hedges/,
      'zh',
    );
    supported(
      "If the new factory starts production on schedule, the company's packaging capacity will rise to 40,000 wafers a month.",
      source,
      'zh',
    );
    const ruguo = '该芯片如果通过客户验证，明年出货量将超过50万片。';
    rejected('Shipments of the chip will be more than 500,000 next year.', ruguo, /certainty where the source hedges/, 'zh');
  });

  it('reads no condition in 若干 or in a name', () => {
    supported('The company has cut prices on several products.', '公司若干产品已经降价。', 'zh');
    supported('Gao Ruoxi said the new cluster will start operating next year.', '高若溪称，新集群将于明年投入运营。', 'zh');
  });
});

describe('round 9: a figure in the wrong clause of a Chinese sentence', () => {
  it('reads what a Chinese figure goes to after it', () => {
    const source = '新基金约五成将投向数据中心建设，约两成投向芯片设计公司，其余投向应用软件。';
    supported('About 50% of the new fund will go to data-centre construction and about 20% to chip design companies.', source, 'zh');
    rejected(
      'About 50% of the new fund will go to chip design companies and about 20% to data-centre construction.',
      source,
      /swapped/,
      'zh',
    );
    rejected(
      'About 50% of the new fund will go to data-centre construction and about 50% to chip design companies.',
      source,
      /another part/,
      'zh',
    );
  });

  it('reads what a Chinese figure measures before it', () => {
    const source = '该模型在代码修复基准上得分64.5%，在科学问答测试上得分58.1%。';
    supported('The model scored 64.5% on the code-repair benchmark and 58.1% on the science question-answering test.', source, 'zh');
    rejected(
      'The model scored 58.1% on the code-repair benchmark and 64.5% on the science question-answering test.',
      source,
      /swapped/,
      'zh',
    );
  });
});

describe('round 9: a new price against the original one in a Chinese source', () => {
  it('reads 原价格 against "the new price" and 新价格 against "the old price"', () => {
    const original = '已签约客户将继续按原价格计费至合同到期。';
    rejected('Customers already under contract will pay the new price until their contracts expire.', original, /contradicts/, 'zh');
    supported('Customers already under contract will keep paying the original price until their contracts expire.', original, 'zh');
    const revised = '按量付费的客户自12月1日起按新价格计费。';
    rejected('Pay-as-you-go customers stay on the old price after December 1.', revised, /contradicts/, 'zh');
  });
});

describe('round 9: an unwillingness or a refusal in other words', () => {
  it('reads "unwilling" and "reluctant" as negations of what they govern', () => {
    const unwilling = 'Auditors at the two regulators were often unwilling to sign off on offshore backups.';
    rejected('Auditors at the two regulators readily signed off on offshore backups.', unwilling, /negation flipped/);
    supported('Auditors at the two regulators were often reluctant to sign off on offshore backups.', unwilling);
    const reluctant = 'Insurers are reluctant to cover the new battery sites at standard rates.';
    rejected('Insurers cover the new battery sites at standard rates.', reluctant, /negation flipped/);
  });

  it('reads "would not quantify" against "put a figure on"', () => {
    const source = 'The chief executive said demand had "picked up sharply" but would not quantify it.';
    rejected('The chief executive said demand had picked up sharply and put a figure on it.', source, /negation flipped/);
    supported('The chief executive said demand had picked up sharply but would not put a figure on it.', source);
  });
});

describe('round 9: a claim keeps "claims" with its own subject', () => {
  it('keeps the hedge of "the company claims" when the claim says who claims it', () => {
    const source = 'The company claims a 40% cut in cooling energy at the Harlow site, a figure no one has checked.';
    supported('The operator claims a 40% cut in cooling energy at the Harlow site, a figure no one has checked.', source);
    rejected('The Harlow site cut its cooling energy by 40%.', source, /certainty where the source hedges/);
  });
});
