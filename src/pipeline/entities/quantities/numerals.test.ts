import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseChineseNumeral } from './numerals.js';

describe('parseChineseNumeral', () => {
  it('reads numerals with multipliers', () => {
    const table: Array<[string, number]> = [
      ['两千', 2000],
      ['一万二千', 12000],
      ['十二', 12],
      ['二十', 20],
      ['三百五十', 350],
      ['一千零五', 1005],
      ['六千亿', 6e11],
      ['一亿二千万', 1.2e8],
      ['三万', 30000],
      ['兩萬', 20000],
      ['十', 10],
      ['四', 4],
    ];
    for (const [text, value] of table) assert.equal(parseChineseNumeral(text), value, text);
  });

  it('reads positional digits', () => {
    assert.equal(parseChineseNumeral('二〇二六'), 2026);
  });

  it('refuses malformed numerals', () => {
    assert.equal(parseChineseNumeral('一二千'), null);
    assert.equal(parseChineseNumeral('万'), null);
  });
});
