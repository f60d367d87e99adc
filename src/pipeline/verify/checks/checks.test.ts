import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { briefWith, cited } from '../__fixtures__/support-cuts.js';
import type { VerifySources } from '../types.js';
import { verifyBrief } from '../verify-brief.js';

const sources: VerifySources = {
  articles: [
    {
      id: 'e1',
      outlet: 'Compute Ledger',
      title: 'Tessera drops Corvane K9 cluster pricing',
      language: 'en',
      published: '2026-11-09T17:20:00Z',
      text: [
        "Tessera Compute cut the price of its Corvane K9 clusters to $2.10 per GPU-hour, as buyers plan around Corvane's next-generation K10.",
        'The grid operator attributed about 6 GW of the 8 GW increase to new data centres.',
        'Demand for K9 remains ahead of supply, said Rafael Okafor, Corvane chief executive.',
        'Existing large users are exempt but may enrol voluntarily in exchange for payments.',
        'Tessera said the incident was unrelated to the InferX flaw.',
        'Tessera will retrain 800 of the staff, and the other 400 positions will be cut without a retraining offer.',
        'Users drawing more than 75 MW must pay for at least 85% of their capacity.',
        'Eleven documents were emailed between October 8 and October 13.',
        "I'm betting Helioscale moves before Christmas.",
        'The company said existing Tern instances would remain available after Tern 2 launches.',
        'The cluster draws power from Hekla Energy under a contract for up to 24 megawatts.',
        'Revenue of $31.4 billion beat the average analyst estimate of $30.6 billion.',
        'Helioscale will eliminate 1,200 customer-support jobs.',
        'Helioscale expects a restructuring charge of about $95 million and annual savings of about $150 million.',
        'The survey covered 1,140 companies in 14 provinces.',
      ].join('\n\n'),
    },
    {
      id: 'z1',
      outlet: '云端财经',
      title: '玉川资本二期AI基金终关',
      language: 'zh',
      published: '2026-11-16T02:45:00Z',
      text: '玉川资本二期基金募资总额80亿元人民币，超出60亿元的原定目标。意见明确，智算中心不得以低于成本的价格倾销算力，运营方须在2027年6月30日前公开算力价格清单。',
    },
    {
      id: 'z2',
      outlet: '云端财经',
      title: '网信办公布新一批生成式AI服务备案',
      language: 'zh',
      published: '2026-11-06T04:00:00Z',
      text: '国家互联网信息办公室11月5日公布新一批备案信息，本批共有94款服务完成备案。面向医疗和法律的专业服务依然较少。公司上半年净亏损收窄至1.88亿元。',
    },
    {
      id: 'z3',
      outlet: '云端财经',
      title: '灵峰云与萨赫拉成立合资公司',
      language: 'zh',
      published: '2026-11-10T02:00:00Z',
      text: '合资公司中灵峰云持股60%，负责技术和云平台运营。',
    },
    {
      id: 'z4',
      outlet: '云端财经',
      title: '灵峰云上调冷归档存储价格',
      language: 'zh',
      published: '2026-11-10T02:00:00Z',
      text: '数据取回费用暂不调整。\n\n模型算力利用率目前在45%左右，年底前希望提到50%以上。',
    },
    {
      id: 'z5',
      outlet: '云端财经',
      title: '科文发布K10',
      language: 'zh',
      published: '2026-10-16T02:00:00Z',
      text: 'K10将于2027年1月向客户送样，2027年第二季度开始量产出货。\n\n每百万输入token的价格从0.60美元降至0.36美元。',
    },
  ],
};

const reasons = (text: string, articleId: string, id: string) =>
  verifyBrief(briefWith(cited(text, articleId, id)), sources).sentences[0]!.reasons.join('\n');

describe('verifier checks', () => {
  it('catches a sibling product, a person given another employer, and swapped numbers', () => {
    assert.match(
      reasons('Tessera cut the price of its Corvane K10 clusters to $2.10 per GPU-hour.', 'e1', 'p1s1'),
      /product "Corvane K10" where the cited sentence says "Corvane K9"/,
    );
    assert.match(
      reasons('Demand for K9 remains ahead of supply, said Rafael Okafor, Tessera Compute chief executive.', 'e1', 'p3s1'),
      /does not work for Tessera Compute/,
    );
    assert.match(
      reasons('The grid operator attributed about 8 GW of the 6 GW increase to new data centres.', 'e1', 'p2s1'),
      /numbers swapped/,
    );
  });

  it('catches an opposite word and a target reported as the outcome', () => {
    assert.match(
      reasons('Demand for K9 is now below supply, Rafael Okafor said.', 'e1', 'p3s1'),
      /claim says "below", source says "ahead"/,
    );
    assert.match(reasons('Jade River Capital closed its second fund at 6 billion yuan.', 'z1', 'p1s1'), /target or estimate/);
    // "Will" states a target as the outcome; "is targeting" keeps it a target.
    assert.match(reasons('Jade River Capital will raise 6 billion yuan for its second fund.', 'z1', 'p1s1'), /target or estimate/);
    assert.doesNotMatch(
      reasons('Jade River Capital was targeting 6 billion yuan for its second fund.', 'z1', 'p1s1'),
      /target or estimate/,
    );
  });

  it('reads a negating prefix as the opposite of the word and its near-synonyms', () => {
    assert.match(
      reasons('Tessera said the incident was linked to the InferX flaw.', 'e1', 'p5s1'),
      /claim says "linked", source says "unrelated"/,
    );
    assert.equal(reasons('Tessera said the incident was not connected to the InferX flaw.', 'e1', 'p5s1'), '');
  });

  it('reads a negation that ends its clause as said of the words before it', () => {
    assert.equal(reasons('Existing large users do not have to comply, though they can join voluntarily for payments.', 'e1', 'p4s1'), '');
    assert.match(reasons('Existing large users must also comply with the rule.', 'e1', 'p4s1'), /negation flipped/);
  });

  it('reads a negation that ends its sentence as said of the whole sentence before it', () => {
    assert.doesNotMatch(reasons('Tessera will retrain 800 of the staff, but the other 400 will not.', 'e1', 'p6s1'), /negation flipped/);
    assert.match(reasons('Tessera will cut the other 400 positions with a retraining offer.', 'e1', 'p6s1'), /negation flipped/);
  });

  it('reads "no less than" as a bound, not as the opposite of "more"', () => {
    assert.equal(reasons('Users drawing more than 75 MW must pay for no less than 85% of their capacity.', 'e1', 'p7s1'), '');
    assert.match(reasons('Users drawing less than 75 MW must pay for at least 85% of their capacity.', 'e1', 'p7s1'), /contradicts/);
  });

  it('reads a bare day after a dated one as a date of the same month', () => {
    assert.equal(reasons('Eleven documents were emailed between October 8 and 13.', 'e1', 'p8s1'), '');
    assert.match(reasons('Eleven documents were emailed between October 8 and 15.', 'e1', 'p8s1'), /15 not in cited/);
  });

  it("reads a Chinese arrangement as tenseless: a claim's 'will' may restate it, not add an outcome", () => {
    assert.equal(reasons('Lingfeng will own 60% of the joint venture.', 'z3', 'p1s1'), '');
    assert.match(reasons('The joint venture will make Lingfeng the largest cloud in the region.', 'z3', 'p1s1'), /no plan or forecast/);
  });

  it('keeps a bet a bet: a schedule word is no hedge of a guess', () => {
    assert.match(reasons('Helioscale is set to move before Christmas.', 'e1', 'p9s1'), /certainty where the source hedges/);
  });

  it('reads "remain available" against "retired" as opposites', () => {
    assert.match(reasons('Stratos said existing Tern instances will be retired once Tern 2 launches.', 'e1', 'p10s1'), /contradicts/);
  });

  it('reads a Chinese "no change" against a claimed change, and a hoped-for figure as hedged', () => {
    assert.match(reasons('Lingfeng is raising data-retrieval fees.', 'z4', 'p1s1'), /contradicts the source/);
    assert.match(reasons('Utilisation will rise above 50% by the end of the year.', 'z4', 'p2s1'), /certainty where the source hedges/);
    assert.doesNotMatch(reasons('Lingfeng hopes to lift utilisation above 50% by the end of the year.', 'z4', 'p2s1'), /certainty/);
  });

  it('catches an essentialising frame the source never states', () => {
    assert.match(reasons('Tessera said the incident was at heart unrelated to the InferX flaw.', 'e1', 'p5s1'), /framing not in cited/);
  });

  it("gives a yearless quarter the year of the date before it, and reads a price's denominator as no figure", () => {
    assert.doesNotMatch(reasons('K10将在2027年1月送样、二季度量产出货。', 'z5', 'p1s1'), /date/);
    assert.match(reasons('K10将在2027年1月送样、三季度量产出货。', 'z5', 'p1s1'), /date "三季度"/);
    assert.doesNotMatch(reasons('每百万token的输入价格从0.60美元降至0.36美元。', 'z5', 'p2s1'), /百万/);
  });

  it('reads a figure that labels a thing\'s size ("a 24 MW contract") as no claim of exactness', () => {
    assert.doesNotMatch(reasons('The cluster draws power from Hekla Energy under a 24 MW contract.', 'e1', 'p11s1'), /bound/);
    assert.match(reasons('The Hekla Energy contract is for 24 megawatts.', 'e1', 'p11s1'), /bound changed/);
  });

  it('keeps an estimate the claim calls one ("had pencilled in")', () => {
    assert.equal(reasons('Revenue of $31.4 billion beat the $30.6 billion analysts had pencilled in.', 'e1', 'p12s1'), '');
    assert.match(reasons("Revenue of $31.4 billion beat last year's $30.6 billion.", 'e1', 'p12s1'), /target or estimate/);
  });

  it('reads staff losing their jobs as jobs eliminated', () => {
    assert.equal(reasons('At Helioscale, 1,200 customer-support staff are losing their jobs.', 'e1', 'p13s1'), '');
  });

  it("catches two cited figures put in each other's places", () => {
    const swapped = 'Helioscale expects a restructuring charge of about $150 million and annual savings of about $95 million.';
    assert.match(reasons(swapped, 'e1', 'p14s1'), /numbers swapped/);
    assert.equal(
      reasons('Helioscale expects annual savings of about $150 million, after a charge of about $95 million.', 'e1', 'p14s1'),
      '',
    );
  });

  it('meets a bounded figure with a source figure inside the bound and near it', () => {
    assert.equal(reasons('The survey covered more than 1,000 companies in 14 provinces.', 'e1', 'p15s1'), '');
    assert.match(reasons('The survey covered more than 1,200 companies in 14 provinces.', 'e1', 'p15s1'), /1,200 not in cited/);
  });

  it('catches a direction reversed against a Chinese source, and names the country of a cited public body', () => {
    assert.match(reasons('The net loss widened to 188 million yuan.', 'z2', 'p1s3'), /claim says "widened", source says "收窄"/);
    assert.equal(reasons('The net loss narrowed to 188 million yuan.', 'z2', 'p1s3'), '');
    assert.match(reasons('The batch includes many medical and legal services.', 'z2', 'p1s2'), /contradicts the source/);
    assert.equal(reasons("China's Cyberspace Administration published 94 filings on November 5.", 'z2', 'p1s1'), '');
  });

  it('leaves a negation in a Chinese clause the claim is not about alone', () => {
    assert.equal(reasons('Operators must publish their compute price lists by June 30, 2027.', 'z1', 'p1s2'), '');
    assert.match(reasons('Operators may price computing power below cost.', 'z1', 'p1s2'), /negation flipped/);
  });
});
