/** The default tags' cues read field vocabulary as it is meant: a data centre's size in megawatts is not electricity news. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../segment/index.js';
import { classifyStory, DEFAULT_TAXONOMY, type ClassifyArticle } from './index.js';

function tags(title: string, paragraphs: string[], language = 'en'): string[] {
  const articles: ClassifyArticle[] = [{ id: 'a1', language, title, sentences: splitSentences(paragraphs.join('\n\n'), language) }];
  return classifyStory({ articles }, DEFAULT_TAXONOMY, { kinds: ['tag'] }).map((label) => label.id);
}

describe('default tag cues', () => {
  it('reads megawatts that size a site or a phase as the building, not as power', () => {
    const sale = tags('Operator sells two halls to an investor to fund a 90 MW push into Finland', [
      'A data centre operator agreed to sell two data halls to an infrastructure fund and lease them back for fifteen years.',
      'It will use the proceeds for a new data centre site, whose first 30 MW phase should open in 2028.',
      'The fund said the acquisition gives it long leases with a strong tenant.',
    ]);
    assert.equal(sale.includes('power'), false, sale.join());
    assert.ok(sale.includes('datacenter'), sale.join());
  });

  it('still reads megawatts of supply as power', () => {
    const supply = tags('Utility signs a 90 MW supply contract with a data centre operator', [
      'The utility will deliver 90 MW of electricity from a new wind farm to the operator from 2028.',
      'The contract fixes the power price for ten years, the utility said.',
    ]);
    assert.ok(supply.includes('power'), supply.join());
  });

  it('reads grid power bought at night as power, and a grid connection as the grid', () => {
    const solar = tags('Solar farm to supply a data centre campus in the desert', [
      'A developer will build a 200 MW solar farm to supply electricity to a data centre campus.',
      'The campus still buys grid power at night, and grid power covers cloudy days too.',
      'In winter, grid power will still supply most of what the campus uses.',
    ]);
    assert.equal(solar.includes('grid'), false, solar.join());
    assert.ok(solar.includes('power'), solar.join());
    const queue = tags('Data centre waits for a grid connection', [
      'The grid operator said the campus will wait four years for its grid connection.',
      'Transmission upgrades must come first, the grid operator said.',
    ]);
    assert.ok(queue.includes('grid'), queue.join());
  });

  it('reads instructions hidden in a file an agent reads as prompt injection', () => {
    const readme = tags('Hidden README text turns a coding agent against its user', [
      "Researchers found that instructions hidden in a README file made a coding agent send a developer's keys to a server.",
      'The vendor closed the injection flaw in an update on Wednesday, the researchers said.',
    ]);
    assert.ok(readme.includes('prompt-injection'), readme.join());
  });

  it('reads a sale to a buyer, and a sale-leaseback, as an acquisition', () => {
    const sale = tags('Operator sells its halls to a property fund', [
      'The operator has agreed to sell four of its data halls to a property fund for 300 million euros.',
      'Sale-leasebacks let operators free capital while they keep running their buildings.',
    ]);
    assert.ok(sale.includes('acquisition'), sale.join());
  });

  it('reads a unit cost as pricing and the tokens a task uses up as tokens', () => {
    const helpdesk = tags('An insurer answers claims questions with a model at 30 cents apiece', [
      'The insurer said its assistant now answers a claims question at a model cost of 30 cents apiece.',
      'A question handled by a clerk costs about $9, and the cost per request fell by half since spring.',
      'A typical question consumes about 90,000 tokens, and a long one uses 400,000 tokens.',
    ]);
    assert.ok(helpdesk.includes('pricing'), helpdesk.join());
    assert.ok(helpdesk.includes('tokens'), helpdesk.join());
  });

  it('reads a GPU cloud, a GPU cluster or GPU serving software as what they name, not as the chips', () => {
    const region = tags('Cloud opens a second zone in Lisbon', [
      'A cloud provider opened a second zone in its Lisbon region on Monday, so customers can keep two copies of their systems in the country.',
      'The zone has room for GPU clusters later; for now GPU capacity stays in Madrid.',
      'The provider said in-country copies answer what regulators and banks asked for, and a GPU cloud rival is planning its own zone.',
    ]);
    assert.equal(region.includes('gpus'), false, region.join());
    const shipment = tags('Chipmaker ships its new GPUs to three clouds', [
      'The chipmaker began shipping its new GPUs to three cloud providers on Monday.',
      'Each GPU carries twice the memory of the last generation, and the accelerators are sold out until June.',
    ]);
    assert.ok(shipment.includes('gpus'), shipment.join());
    const cluster = tags('Neocloud switches on a 2,048-GPU cluster in Norway', [
      'The company switched on a 2,048-GPU cluster near Oslo on Friday, its first outside Britain.',
      'It plans to double the size of the site next year.',
    ]);
    assert.ok(cluster.includes('gpus'), cluster.join());
  });

  it('reads jobs run on GPUs as the work, not as the chips', () => {
    const leak = tags('Cloud leaked customer tokens; attackers used some to mine on rented GPUs', [
      'A cloud provider said customer API tokens sat in a public bucket for two weeks.',
      'Attackers used a handful of them to launch cryptocurrency-mining jobs on its GPUs.',
      'The provider found unauthorised GPU jobs on 14 accounts and revoked every token.',
    ]);
    assert.equal(leak.includes('gpus'), false, leak.join());
    const trained = tags('Lab trains its model on a rival to GPUs', [
      'The lab trained its new model not on GPUs but on 6,144 custom accelerators rented from a cloud.',
      'The accelerators cost less per hour than the GPUs the lab had used before.',
    ]);
    assert.ok(trained.includes('gpus'), trained.join());
  });

  it("reads a chip's memory capacity and bandwidth as the chip's specification, and memory supply as memory", () => {
    const chip = tags('Designer tapes out a new chip for its own servers', [
      'A chip designer said its new chip taped out in October and will go into production next year.',
      'The chip carries 144 GB of HBM3E, and its memory bandwidth reaches 6 TB/s.',
      'A rival part has 96 GB of HBM3 and a lower memory bandwidth.',
      'The designer expects the chip to replace bought accelerators in its own fleet.',
    ]);
    assert.equal(chip.includes('memory'), false, chip.join());
    const supply = tags('Memory maker sells out next year’s HBM', [
      'A memory maker said its entire HBM output for next year is sold out.',
      'DRAM prices rose as the memory maker shifted lines to HBM.',
    ]);
    assert.ok(supply.includes('memory'), supply.join());
  });

  it('reads the substations Taiwan calls 變電所 as the grid', () => {
    const substations = tags(
      '科學園區用電攀升，台電加速擴建變電所',
      [
        '台電表示，科學園區今年用電成長一成，尖峰供電吃緊。',
        '台電將在園區旁新建兩座超高壓變電所，預計2029年完工。',
        '業者指出，變電所若延後啟用，新廠的供電時程也會跟著延後。',
      ],
      'zh',
    );
    assert.ok(substations.includes('grid'), substations.join());
  });

  it('reads the task sets that evaluators run models on as benchmarks', () => {
    const report = tags('Safety body publishes its test results for two new models', [
      'A national safety body published results on Tuesday from testing two new models before release.',
      'On its task sets for software security, one model solved 40% of the problems and the other 18%.',
      'The body said it shares its task sets with other evaluators so that results can be compared.',
    ]);
    assert.ok(report.includes('benchmarks'), report.join());
  });

  it('reads a tampered model with a backdoor as a security story with a vulnerability', () => {
    const articles: ClassifyArticle[] = [
      {
        id: 'a1',
        language: 'en',
        title: 'Backdoored copy of an open-weights model found on a mirror site',
        sentences: splitSentences(
          [
            'Researchers found a tampered copy of an open-weights model on a popular mirror, with a hidden backdoor.',
            'The malicious copy added a package to the deployment scripts it wrote for users.',
            'The lab released the model in May, and the original weights on its own site are unaffected.',
            'The lab will sign its model weights from December.',
          ].join('\n\n'),
          'en',
        ),
      },
    ];
    const labels = classifyStory({ articles }, DEFAULT_TAXONOMY, { kinds: ['board', 'tag'] }).map((label) => label.id);
    assert.ok(labels.includes('security'), labels.join());
    assert.ok(labels.includes('vulnerability'), labels.join());
  });

  it('reads an employer short of technicians, in English or Chinese, as a skills gap', () => {
    const english = tags('Chipmaker short of technicians at its new fab', [
      'The chipmaker said its new fab is short of technicians, and the gap is slowing the fit-out of its second phase.',
      'It launched a paid programme with two community colleges to train 150 people a year.',
    ]);
    assert.ok(english.includes('skills-gap'), english.join());
    const chinese = tags(
      '晶圆厂技术员缺口拖慢装机',
      ['该厂目前有380个技术员职缺，技术员缺口已拖慢第二期装机进度。', '公司与两所社区学院合作推出带薪培训课程。'],
      'zh',
    );
    assert.ok(chinese.includes('skills-gap'), chinese.join());
  });

  it('reads call-centre staff called agents as people, and software agents as Agents', () => {
    const staff = tags('Outsourcer gives its call-centre agents a new course', [
      'The outsourcer gave 3,000 call-centre agents access to online courses in August.',
      'Its customer-service agents handle about 40,000 calls a day, and human agents will keep doing so.',
    ]);
    assert.equal(staff.includes('agents'), false, staff.join());
    const software = tags('Bank pilots AI agents that file loan paperwork', [
      'The bank is piloting AI agents that fill in loan paperwork and check it against policy.',
      'The agents hand every decision to a human reviewer, the bank said.',
    ]);
    assert.ok(software.includes('agents'), software.join());
  });

  it('reads a company bought as an acquisition, and chips bought with a loan as funding, not an acquisition', () => {
    const deal = tags('Cloud provider agrees to buy an agent start-up', [
      'The cloud provider agreed to buy a Hangzhou start-up that builds AI agents for factories.',
      'The start-up will keep its brand after the deal closes, both companies said.',
    ]);
    assert.ok(deal.includes('acquisition'), deal.join());
    const loan = tags('GPU cloud borrows $2 billion to buy 20,000 accelerators', [
      'The GPU cloud signed a $2 billion term loan secured on its accelerators and customer contracts.',
      'The loan lets it pay for the chips from contract revenue over five years.',
    ]);
    assert.equal(loan.includes('acquisition'), false, loan.join());
    assert.ok(loan.includes('funding'), loan.join());
  });

  it("does not read lenders' duties or a company's own rules as funding or regulation", () => {
    const duties = tags('Lender pauses its loan-decision pilot', [
      'Lenders must tell rejected applicants the principal reasons for a decision, and the pilot could not explain its scores.',
      "The company's rules require a second approver for any payment above 100,000 euros.",
      'The pilot used a model to rank applications for small-business loans.',
    ]);
    assert.equal(duties.includes('funding'), false, duties.join());
    assert.equal(duties.includes('regulation'), false, duties.join());
  });
});
