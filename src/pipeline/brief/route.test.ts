import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cueStrength } from './route.js';

const action = (text: string, language = 'en') => cueStrength(text, language, 'action');

describe('cueStrength: "What to do next"', () => {
  it('reads obligations, deadlines and options that bind the reader', () => {
    assert.ok(action('Employees offered the buyout must decide by March 3.') > 0);
    assert.ok(action('Any new data centre in the county will need a special-use permit and a public hearing.') > 0);
    assert.ok(action('Customers can switch to the older model until the end of June at no extra cost.') > 0);
    assert.ok(action('Operators should patch to version 2.4 before Friday.') > action('Operators should expect delays before Friday.'));
  });

  it('leaves news about one firm and passive phrasing alone', () => {
    // No reader named: a firm's own obligation or option is news, not advice.
    assert.equal(action('The lab says it can switch providers within days if a model regresses.'), 0);
    assert.equal(action('Harwick must repay the loan before it can raise again.'), 0);
    // "submitted by vendors" is not a deadline.
    assert.equal(action('Most test cases are run by the consortium staff against models submitted by vendors.'), 0);
  });

  it("reads a modal as the reader's only when a class of readers is its subject", () => {
    // A class, however long its description: a clause a modifier opens, a quantifier before a thing that acts.
    assert.ok(action('Developers who pinned Lumen-3 snapshot versions to keep their apps stable will have to migrate by January 31.') > 0);
    assert.ok(action('Customers moving from GPUs need to compile their models with the new toolchain.') > 0);
    assert.ok(action('Any article in which AI produced more than a summary or a standard data table must carry a disclosure line.') > 0);
    assert.ok(action('Other companies that let AI tools read outside documents should assume the same trick will be tried on them.') > 0);
    // One named party, a thing, a pair of named firms, or a reason: news and analysis, not advice.
    assert.equal(action('Iceland has grown fast, and the national grid operator must approve each large new connection.'), 0);
    assert.equal(
      action("Stratos's second chip is built for inference and should be serving customer traffic in the second half of 2027."),
      0,
    );
    assert.equal(
      action('Analysts say new capacity takes two years, because each customer must qualify the stacks on its own accelerators.'),
      0,
    );
    assert.equal(action('Each engine must be tested before assembly, because a bad one scraps the whole part.'), 0);
    assert.equal(action('Both customers must requalify the line before production parts ship.'), 0);
    assert.equal(action('Corvane spent its developer conference on the software that will have to be ready first.'), 0);
  });

  it('reads requirements, advice and windows that reach readers, not a firm’s own schedule', () => {
    assert.ok(action('The proposal would require new large-load customers to commit to 14-year contracts.') > 0);
    assert.ok(action("Lodestar's recommendations include negotiating data permissions with system owners before a pilot starts.") > 0);
    assert.ok(action('Fine-tuning jobs can be submitted until November 15, after which customers lose access.') > 0);
    assert.ok(action('Kestrel gave its API users until December 15.') > 0);
    assert.equal(action('Under the CLOUD Act, US authorities can require US-headquartered providers to produce data.'), 0);
    assert.equal(action('Both companies have until December 4 to respond.'), 0);
    assert.equal(action('Helioscale has frozen network changes in Europe until November 26 and will give affected customers credits.'), 0);
  });

  it('reads Chinese obligations (须在, 须具备, 报名) and deadlines (截止)', () => {
    assert.ok(action('所有工程师须在2027年底前取得第一级认证。', 'zh') > 0);
    assert.ok(action('从2028年起，晋升资深工程师须具备第二级认证。', 'zh') > 0);
    assert.ok(action('课程报名将于11月2日开始。', 'zh') > 0);
    assert.equal(action('公司去年营收增长了三成。', 'zh'), 0);
    // Requirements on a class, options open to customers; a view from the trade is no step, whatever its words.
    assert.ok(action('经济部要求大用电户提高自发自用比例。', 'zh') > 0);
    assert.ok(action('年存储量超过10PB的客户可以通过签订长期协议锁定价格。', 'zh') > 0);
    assert.ok(action('享受优惠电价的智算中心还需满足两项条件。', 'zh') > 0);
    assert.equal(action('有业内人士指出，对需要长期保存数据的用户来说，成本增加不容忽视。', 'zh'), 0);
    assert.equal(action('也有投资人提醒，AI赛道估值水涨船高。', 'zh'), 0);
    assert.ok(action('有业内人士提醒，需要长期保存海量数据的用户应尽快评估迁移成本。', 'zh') > 0);
  });
});
