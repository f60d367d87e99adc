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

  it('reads Chinese obligations (须在, 须具备, 报名) and deadlines (截止)', () => {
    assert.ok(action('所有工程师须在2027年底前取得第一级认证。', 'zh') > 0);
    assert.ok(action('从2028年起，晋升资深工程师须具备第二级认证。', 'zh') > 0);
    assert.ok(action('课程报名将于11月2日开始。', 'zh') > 0);
    assert.equal(action('公司去年营收增长了三成。', 'zh'), 0);
  });
});
