import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { langAttribute, langOfText, languageTag } from './lang.js';

describe('language tags', () => {
  it('tells Traditional Chinese from Simplified by its characters', () => {
    assert.equal(languageTag('zh', '台電估未來五年尖峰負載年增2.8%，半導體與資料中心推升用電'), 'zh-Hant');
    assert.equal(languageTag('zh', '工信部印发智算中心定价和利用指导意见，要求提高算力利用率'), 'zh');
    assert.equal(languageTag('zh-TW', '工信部印发指导意见'), 'zh-TW', 'a recorded region or script stays');
    assert.equal(languageTag('en', '這個'), 'en');
  });

  it('marks only text that is not English', () => {
    assert.equal(langAttribute('en', 'Helioscale').value, '');
    assert.equal(langAttribute('zh', '福爾摩沙先進製造推AI能力認證，工程師明年底前須過第一級').value, ' lang="zh-Hant"');
    assert.equal(langOfText('灵峰云上调冷存储价格').value, ' lang="zh"');
    assert.equal(langOfText('Lingfeng raises cold-storage prices').value, '');
  });
});
