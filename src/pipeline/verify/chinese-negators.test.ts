import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chineseNegators } from './index.js';

describe('chineseNegators', () => {
  it('finds negators that stand as words', () => {
    assert.deepEqual(chineseNegators('该公司没有披露新机型的价格'), ['没有']);
    assert.deepEqual(chineseNegators('新模型未能通过第三方测试'), ['未能']);
    assert.deepEqual(chineseNegators('多数工厂尚未部署智能体'), ['尚未']);
  });

  it('skips a negator character inside another word', () => {
    assert.deepEqual(chineseNegators('台电估计未来五年尖峰负载年增2.8%'), [], '未来 is "future"');
    assert.deepEqual(chineseNegators('无锡一家设备企业交付首台浸没式光刻机'), [], '无锡 is a city, 浸没 is "immersion"');
    assert.deepEqual(chineseNegators('不少企业已开始试点'), [], '不少 is "quite a few"');
  });

  it('reads traditional characters as simplified', () => {
    assert.deepEqual(chineseNegators('該公司沒有說明出貨時間'), ['没有']);
  });
});
