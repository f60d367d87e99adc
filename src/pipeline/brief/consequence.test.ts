import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consequenceTier } from './consequence.js';
import { cueStrength } from './route.js';

describe('consequenceTier: "Why it matters"', () => {
  it('reads a dependency, a signal, a limit or a reaction as a sure consequence', () => {
    assert.equal(consequenceTier('Near-term growth still depends on gas and the grid.', 'en'), 1);
    assert.equal(consequenceTier('The cut is the clearest sign yet that GPU rental has swung from shortage to surplus.', 'en'), 1);
    assert.equal(consequenceTier('New orders for the largest machines cannot be delivered before 2031.', 'en'), 1);
    assert.equal(consequenceTier('Risk and procurement teams are asking what happens when a vendor disappears.', 'en'), 1);
    assert.equal(consequenceTier('这意味着该服务可以正式面向公众提供。', 'zh'), 1);
  });

  it('reads an effect verb or "which means" as a likely one', () => {
    assert.equal(consequenceTier('The memory bill will push up what accelerator capacity costs to buy.', 'en'), 2);
    assert.equal(consequenceTier('The contract ties future campuses to reactor timelines.', 'en'), 2);
    assert.equal(consequenceTier('此次调价对中小客户影响有限。', 'zh'), 2);
    // What it opens or changes for others, or that it changes nothing for them.
    assert.equal(consequenceTier('The second zone gives banks in India a way to replicate workloads inside the country.', 'en'), 2);
    assert.equal(consequenceTier('For Fjordhall, the deal roughly doubles its data-centre holdings.', 'en'), 2);
    assert.equal(consequenceTier('The company said power and cooling to customer equipment were not affected.', 'en'), 2);
    assert.equal(consequenceTier('Projects that cannot show readiness will lose their place in the queue.', 'en'), 2);
  });

  it("leaves the event's own details, descriptions and non-disclosures alone, whatever their money words", () => {
    assert.equal(consequenceTier('Revenue rose 58% from a year earlier to $31.4 billion, against an estimate of $30.6 billion.', 'en'), 0);
    assert.equal(consequenceTier('Stratos did not say how many Tern 2 chips it plans to deploy, or at what cost.', 'en'), 0);
    assert.equal(consequenceTier('Lumen Labs does not publish revenue figures.', 'en'), 0);
    // "were running" is a reaction only when others run something in answer to the news.
    assert.equal(consequenceTier('Okafor said early lots were running on the new packaging line in Arizona.', 'en'), 0);
    // Words that only look like effects: "leave" the noun, a benchmark described, a product handed out.
    assert.equal(consequenceTier('The bank plans to extend the assistant to leave and benefits queries in February.', 'en'), 0);
    assert.equal(consequenceTier('Lumen-4 scored 68.4 percent on RepoFix, a benchmark that asks models to fix real bugs.', 'en'), 0);
    assert.equal(consequenceTier('Orbis will give its AI assistant to all 40,000 of its employees.', 'en'), 0);
    assert.equal(consequenceTier('Two days after the cut, startups are running cost tests and moving batch jobs first.', 'en'), 1);
    assert.equal(consequenceTier('The Pro plan costs $40 per seat per month and includes 60 background tasks.', 'en'), 0);
  });

  it('ranks a sure consequence above any likely one for the row', () => {
    const sure = cueStrength('Near-term growth still depends on gas and the grid.', 'en', 'impact');
    const likely = cueStrength('The contract ties future campuses to reactor timelines.', 'en', 'impact');
    assert.ok(sure > likely + 2, 'a sure consequence outranks a likely one of any salience');
    assert.equal(cueStrength('Lumen Labs does not publish revenue figures.', 'en', 'impact'), 0);
  });
});
