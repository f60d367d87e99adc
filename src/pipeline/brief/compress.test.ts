import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compressSentence } from './compress.js';

describe('compressSentence', () => {
  it('drops a wire dateline, a parenthetical and the medium of an attribution', () => {
    assert.equal(
      compressSentence('SAN JOSE, California, Oct 15 (Meridian Wire) - Corvane on Thursday unveiled the K10, a new accelerator.', 'en'),
      'Corvane on Thursday unveiled the K10, a new accelerator.',
    );
    assert.equal(
      compressSentence('The disruption began at 9:12 a.m. Eastern time (1312 GMT), the company said on its status page.', 'en'),
      'The disruption began at 9:12 a.m. Eastern time, the company said.',
    );
    // A dateline without the outlet in brackets, or with no place, is a dateline too.
    assert.equal(
      compressSentence('BOISE, Idaho, Oct 27 — Atlas Fission has raised $650 million to build its first reactor.', 'en'),
      'Atlas Fission has raised $650 million to build its first reactor.',
    );
    assert.equal(
      compressSentence('Nov 6 - Hackers have begun exploiting a critical flaw in InferX, researchers said on Friday.', 'en'),
      'Hackers have begun exploiting a critical flaw in InferX, researchers said on Friday.',
    );
    assert.equal(compressSentence('May 6 was the day the cluster went live.', 'en'), 'May 6 was the day the cluster went live.');
  });

  it('keeps a parenthetical that dates a relative day', () => {
    assert.equal(
      compressSentence('Lingfeng notified customers last Friday (November 13) of a 25% rise.', 'en'),
      'Lingfeng notified customers last Friday (November 13) of a 25% rise.',
    );
    assert.equal(compressSentence('灵峰云上周五（11月13日）向客户发出通知。', 'zh'), '灵峰云上周五（11月13日）向客户发出通知。');
  });

  it('keeps parentheticals carrying a negation or a hedge', () => {
    const text = 'The chip draws 1,600 watts (not counting cooling) per module.';
    assert.equal(compressSentence(text, 'en'), text);
  });

  it('drops a leading connective and capitalises what follows', () => {
    assert.equal(
      compressSentence('But the company did not say how many customers were affected.', 'en'),
      'The company did not say how many customers were affected.',
    );
  });

  it('ends a clause the splitter cut at a semicolon as a sentence', () => {
    assert.equal(compressSentence('第一级着重工具应用，课程约40小时；', 'zh'), '第一级着重工具应用，课程约40小时。');
    assert.equal(
      compressSentence('The first level covers tools and takes about 40 hours;', 'en'),
      'The first level covers tools and takes about 40 hours.',
    );
  });

  it('drops a discourse marker opening a Chinese sentence', () => {
    assert.equal(compressSentence('不过，也有业内人士对政策效果持谨慎态度。', 'zh'), '也有业内人士对政策效果持谨慎态度。');
    assert.equal(compressSentence('此外，60%的绿电比例门槛并不容易达到。', 'zh'), '60%的绿电比例门槛并不容易达到。');
  });

  it('drops full-width parentheticals in Chinese unless they negate', () => {
    assert.equal(compressSentence('福尔摩沙先进制造（FAF）以2纳米级工艺代工。', 'zh'), '福尔摩沙先进制造以2纳米级工艺代工。');
    assert.equal(compressSentence('该芯片（不含散热）功耗1600瓦。', 'zh'), '该芯片（不含散热）功耗1600瓦。');
  });
});
