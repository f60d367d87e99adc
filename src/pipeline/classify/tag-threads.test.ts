/** A companion tag that one article of several develops as a thread is kept; a passing mention in one article is not. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../segment/index.js';
import { classifyStory, DEFAULT_TAXONOMY, type ClassifyArticle, type Taxonomy, type TaxonomyEntry } from './index.js';

function article(id: string, title: string, paragraphs: string[], language = 'en'): ClassifyArticle {
  return { id, language, title, sentences: splitSentences(paragraphs.join('\n\n'), language) };
}

function tagsOf(articles: ClassifyArticle[], taxonomy: Taxonomy = DEFAULT_TAXONOMY): string[] {
  return classifyStory({ articles }, taxonomy, { kinds: ['tag'] })
    .map((label) => label.id)
    .sort();
}

const OUTAGE: TaxonomyEntry = { id: 'outage', name: 'Outage', en: ['outage*', 'went down'], zh: [] };
const RISK: TaxonomyEntry = { id: 'platform-risk', name: 'Platform risk', en: ['second provider', 'single provider'], zh: [] };
const CUSTOM: Taxonomy = { boards: [], tags: [OUTAGE, { ...RISK, companions: ['outage'] }], regions: [], audiences: [] };

const wire = (id: string) =>
  article(id, 'Payments service went down for five hours', [
    'A payments service went down for five hours on Friday after a storage fault.',
    'Shops could not take card payments during the outage, the company said.',
    'Service was restored by the evening.',
  ]);

describe('threads of one article', () => {
  it('keeps a companion tag that one of three articles develops, though the story-wide mean support is low', () => {
    const analysis = article('a3', 'Merchants count the cost of the payments outage', [
      'Merchants said the outage showed the cost of relying on a single provider for card payments.',
      'Several chains said they would sign a second provider before the holiday season.',
      'A second provider adds fees, one retailer said, but five hours without sales cost more.',
    ]);
    assert.deepEqual(tagsOf([wire('a1'), wire('a2'), analysis], CUSTOM), ['outage', 'platform-risk']);
  });

  it('does not keep it from one passing mention in one article', () => {
    const passing = article('a3', 'Payments restored after the outage', [
      'The payments service was back by the evening after the outage.',
      'One retailer said it might one day look at a second provider.',
      'The company said it would publish a report next week.',
    ]);
    assert.deepEqual(tagsOf([wire('a1'), wire('a2'), passing], CUSTOM), ['outage']);
  });

  it('does not keep a threaded tag without a kept companion', () => {
    const analysis = article('a3', 'Merchants weigh a second provider', [
      'Merchants said relying on a single provider for card payments was a risk.',
      'Several chains said they would sign a second provider before the holiday season.',
    ]);
    const unrelated: Taxonomy = { ...CUSTOM, tags: [OUTAGE, RISK] };
    assert.deepEqual(tagsOf([wire('a1'), wire('a2'), analysis], unrelated), ['outage']);
  });
});

describe('default cues for threads', () => {
  it('reads redundancy against one provider or region as platform risk beside an outage', () => {
    const analysis = article('a3', 'After the outage, customers plan a second region', [
      'Customers that ran everything in a single region were hit hardest by the outage.',
      'Several said they would add a second region, and one was weighing a multi-cloud set-up with another provider.',
      'Exit plans are now on the agenda at many of them.',
    ]);
    const labels = tagsOf([wire('a1'), wire('a2'), analysis]);
    assert.ok(labels.includes('outage') && labels.includes('platform-risk'), labels.join());
  });

  it('reads a quantity per megawatt-hour as that quantity, not as power', () => {
    const report = tags('Data centre operator reports its water use', [
      'The operator used 90 litres of water per megawatt-hour last year, down from 120.',
      'Its water use fell across all sites as it moved to closed-loop cooling.',
      'The data centre operator said water consumption would fall further.',
    ]);
    assert.equal(report.includes('power'), false, report.join());
    assert.ok(report.includes('water'), report.join());
  });

  it('reads jobs that cannot be filled, in English and Chinese, as a skills gap beside training', () => {
    const english = tags('Grid company opens a training school to fill 300 open roles', [
      'A grid company opened a training school on Monday for 300 apprentices.',
      'It has 300 open roles for line technicians and says it cannot hire enough from other utilities.',
      'Each apprentice takes a paid course of 20 weeks before joining a crew.',
    ]);
    assert.ok(english.includes('training') && english.includes('skills-gap'), english.join());
    const chinese = tags(
      '电网公司开设培训学校',
      [
        '一家电网公司周一开设培训学校，首批培训300名学徒。',
        '公司表示，一线运维人员缺口明显，从其他企业招不到足够的人。',
        '学徒将完成20周的课程后上岗。',
      ],
      'zh',
    );
    assert.ok(chinese.includes('training') && chinese.includes('skills-gap'), chinese.join());
  });
});

function tags(title: string, paragraphs: string[], language = 'en'): string[] {
  return tagsOf([article('a1', title, paragraphs, language)]);
}

describe('default cues for field vocabulary', () => {
  it('reads data centres named as where a chip is put to work as the place, not the topic', () => {
    const chip = tags('Cloud company tapes out its second inference chip', [
      'A cloud company said on Tuesday it had taped out its second in-house inference chip.',
      'The accelerator is built to serve models more cheaply than the GPUs it rents today.',
      'It plans to put the chip into service in its data centres next year.',
    ]);
    assert.equal(chip.includes('datacenter'), false, chip.join());
    const racks = tags('Operator opens a hall for high-density racks', [
      'The operator opened a new building designed for high-density racks on Monday.',
      'Each rack can draw far more than the older halls allow, the operator said.',
    ]);
    assert.ok(racks.includes('datacenter'), racks.join());
  });

  it('reads the model calls a task makes as token use', () => {
    const helpdesk = tags('Insurer cuts the model cost of each claim it triages', [
      'An insurer said its claims assistant now costs 30 cents per claim, down from 80 cents.',
      'Each claim takes about a dozen model calls, and the insurer cut their number by caching answers.',
      'Model usage per claim fell by half once it stopped sending whole policy documents.',
    ]);
    assert.ok(helpdesk.includes('tokens'), helpdesk.join());
  });

  it('reads adoption and a new policy in Chinese', () => {
    const rollout = tags(
      '晶圆厂推动工程师导入AI',
      [
        '一家晶圆厂宣布全面导入AI工具，要求工程师在报告中使用AI。',
        '公司内部调查显示，只有两成工程师每周使用AI。',
        '公司将为此开设培训课程。',
      ],
      'zh',
    );
    assert.ok(rollout.includes('adoption'), rollout.join());
    const tariff = tags(
      '省发展和改革委员会出台数据中心电价新政',
      [
        '省发展和改革委员会发布通知，对数据中心实行新的电价政策。',
        '新政自明年起试行三年，用电量大的项目可享受优惠电价。',
        '业内人士认为电价是数据中心最大的成本。',
      ],
      'zh',
    );
    assert.ok(tariff.includes('regulation'), tariff.join());
  });

  it('reads public grants and who ran a performance test', () => {
    const grant = tags('Chipmaker receives a $2 billion federal grant for a new fab', [
      'A chipmaker received a $2 billion federal grant for a new fab, paid out as it meets milestones.',
      'The subsidy covers about a fifth of the cost, and lenders will provide most of the rest.',
    ]);
    assert.ok(grant.includes('funding'), grant.join());
    const claims = tags('Start-up says its chip beats the market leader, by its own tests', [
      'A start-up said its new accelerator trains models 20% faster than the market leader.',
      'The figures come from its own tests; no third-party tests have been published.',
      'Independent testers said they had not yet been sent a chip.',
    ]);
    assert.ok(claims.includes('benchmarks'), claims.join());
  });
});

describe('tags every article develops', () => {
  const DC: TaxonomyEntry = { id: 'datacenter', name: 'Data centres', en: ['data centre*', 'data center*'], zh: [] };
  const WATER: TaxonomyEntry = { id: 'water', name: 'Water', en: ['water'], zh: [] };
  const taxonomy: Taxonomy = { boards: [], tags: [DC, WATER], regions: [], audiences: [] };
  const report = (id: string) =>
    article(id, 'City caps what new data centres may take', [
      'Data centres already planned in the city must meet a new cap, and data centre operators said they would adapt.',
      'The city council voted to cap new data centres at 200,000 gallons of water a day.',
      'Two data centres under construction will switch to closed-loop cooling, the data centre owners said.',
      'Data centre developers warned that the rule would slow data centre construction, and one data centre firm left.',
      'The council said data centres bring jobs but that the aquifer needs protecting, and residents asked about water.',
      'A data centre campus west of the city has not yet said what it will do, and data centres elsewhere watch.',
      'Data centre leases in the region run for fifteen years, and data centre rents have risen.',
      'The largest data centre in the city opened in 2019, and two more data centres followed.',
      'Data centre staff numbers have doubled, a data centre trade group said.',
      'Data centre power use is not covered by the vote, and data centres face a separate review.',
    ]);

  it('keeps a tag each outlet develops though the main topic fills more of the text', () => {
    assert.deepEqual(tagsOf([report('a1'), report('a2')], taxonomy), ['datacenter', 'water']);
  });

  it('leaves it to the density rule when one article tells the story', () => {
    assert.deepEqual(tagsOf([report('a1')], taxonomy), ['datacenter']);
  });
});
