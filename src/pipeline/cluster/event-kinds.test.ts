/** Event kinds are read from headlines: the event's own words count, words that sit beside other events do not. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EVENT_KIND, eventKinds, kindFactor, kindsContrast } from './event-kinds.js';

const { capital, earnings, acquisition, incident, pricing } = EVENT_KIND;

describe('eventKinds', () => {
  it('reads the kinds a headline declares, in English and Chinese', () => {
    assert.equal(eventKinds('Kessel Energy closes $800 million financing for Texas batteries'), capital);
    assert.equal(eventKinds('Parallax raises $300 million at a $4.2 billion valuation'), capital);
    assert.equal(eventKinds('Halden prices $3 billion of convertible notes'), capital);
    assert.equal(eventKinds('灵峰云申报数据中心公募REIT，拟募资约45亿元'), capital);
    assert.equal(eventKinds('Corvane revenue tops forecasts, guides above Street'), earnings);
    assert.equal(eventKinds('灵峰云三季度营收286亿元增19%'), earnings);
    assert.equal(eventKinds('Lumen Labs to buy testing start-up Yardstick Evals'), acquisition);
    assert.equal(eventKinds('斯特拉托斯云23亿美元收购明水光电'), acquisition);
    assert.equal(eventKinds('Fire at a West Texas battery plant prompts shelter-in-place order'), incident);
    assert.equal(eventKinds('赫利云美东区域宕机近9小时'), incident);
    assert.equal(eventKinds('Stratos cuts hosted-model token prices 40%'), pricing);
    assert.equal(eventKinds('Halden reopens 2027 contracts and lifts prices about 15%'), pricing);
    assert.equal(eventKinds('灵峰云GPU算力租赁价格平均下调约三成'), pricing);
    assert.equal(eventKinds('Tianyan breach clouds its Hong Kong IPO'), capital | incident);
  });

  it('leaves out words that stand beside other events', () => {
    assert.equal(eventKinds('Console flaw raises questions for cloud customers'), incident);
    assert.equal(eventKinds('Catawba Bank pauses its small-business loan agent'), 0);
    assert.equal(eventKinds('New model tops benchmark results on long documents'), 0);
    assert.equal(eventKinds('Brussels wants data centres to buy their way up the grid queue'), 0);
    assert.equal(eventKinds('Central bank tells lenders they own their AI agents’ decisions'), 0);
    assert.equal(eventKinds('AI bootcamps: co-funding, nominations and a ten-week course'), 0);
    assert.equal(eventKinds('Aperture releases a 70B model with longer context'), 0);
    assert.equal(eventKinds('Stolen keys power a cut-price AI resale service'), incident);
  });
});

describe('kindsContrast', () => {
  it('contrasts only two declared sets with no kind in common', () => {
    assert.equal(kindsContrast(capital, incident), true);
    assert.equal(kindsContrast(capital | incident, incident), false);
    assert.equal(kindsContrast(0, incident), false);
    assert.equal(kindsContrast(capital, 0), false);
    assert.equal(kindsContrast(pricing, capital), true);
    // Results reports speak of prices, and price changes of results.
    assert.equal(kindsContrast(pricing, earnings), false);
    assert.equal(kindsContrast(pricing | incident, earnings), false);
    assert.ok(kindFactor(capital, incident) < 1);
    assert.equal(kindFactor(capital, capital), 1);
  });
});
