import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinSentences, verificationNote } from './format.js';

describe('verification note', () => {
  it('says every published sentence is verified, and how much of the draft the verifier dropped', () => {
    assert.equal(verificationNote(1), 'every sentence verified against its sources');
    assert.equal(verificationNote(0.97), 'every sentence verified against its sources (3% of the draft dropped as unsupported)');
    assert.equal(verificationNote(0.998), 'every sentence verified against its sources (under 1% of the draft dropped as unsupported)');
    assert.equal(verificationNote(null), '');
  });
});

describe('joining sentences into running text', () => {
  it('puts a space between English sentences and none after a Chinese one', () => {
    assert.equal(joinSentences(['Prices rose 25%.', 'Storage is next.']), 'Prices rose 25%. Storage is next.');
    assert.equal(joinSentences(['灵峰云上调冷存储价格，涨幅25%。', '在云存储市场上……']), '灵峰云上调冷存储价格，涨幅25%。在云存储市场上……');
    assert.equal(joinSentences(['他说：“价格会上涨。”', 'He added more.']), '他说：“价格会上涨。”He added more.');
    assert.equal(joinSentences(['Tessera said 算力 demand rose.', 'Then it fell.']), 'Tessera said 算力 demand rose. Then it fell.');
    assert.equal(joinSentences([]), '');
  });
});
