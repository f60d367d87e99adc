import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences, tokenize } from './index.js';

const texts = (text: string, language: string | null): string[] => splitSentences(text, language).map((sentence) => sentence.text);

describe('splitSentences in English', () => {
  it('keeps abbreviations, decimals, prices and initials inside sentences', () => {
    const text =
      'Harbor Holdings Inc. said revenue rose 4.5% to $2.10 billion. Dr. Amara Osei, who joined from the U.S. Department of Energy, leads the unit. J. K. Moreno was not involved.';
    assert.deepEqual(texts(text, 'en'), [
      'Harbor Holdings Inc. said revenue rose 4.5% to $2.10 billion.',
      'Dr. Amara Osei, who joined from the U.S. Department of Energy, leads the unit.',
      'J. K. Moreno was not involved.',
    ]);
  });

  it('ends a sentence on a lettered designator, which is no initial', () => {
    assert.deepEqual(texts('Granite Peak Ventures led the Series C. Parallax says revenue reached $180 million.', 'en'), [
      'Granite Peak Ventures led the Series C.',
      'Parallax says revenue reached $180 million.',
    ]);
    assert.deepEqual(texts('The plan moves to Phase B. Phase A. Kim led it.', 'en').length, 3);
    assert.deepEqual(texts('Ann C. Parallax said so.', 'en'), ['Ann C. Parallax said so.']);
  });

  it('ends a sentence on an abbreviation when a sentence starter follows', () => {
    assert.deepEqual(texts('The company is based in the U.S. It said shares rose.', 'en'), [
      'The company is based in the U.S.',
      'It said shares rose.',
    ]);
  });

  it('keeps closing quotes with their sentence and splits ?! runs', () => {
    assert.deepEqual(texts('"We are pleased," she said. "Are we done?" Really?! Yes.', 'en'), [
      '"We are pleased," she said.',
      '"Are we done?"',
      'Really?!',
      'Yes.',
    ]);
  });

  it('numbers sentences by paragraph and position, with offsets into the text', () => {
    const text = 'First one. Second one.\n\nThird one.\nA list line\n\n\nLast.';
    const sentences = splitSentences(text, 'en');
    assert.deepEqual(
      sentences.map((sentence) => sentence.id),
      ['p1s1', 'p1s2', 'p2s1', 'p2s2', 'p3s1'],
    );
    for (const sentence of sentences) assert.equal(text.slice(sentence.start, sentence.end), sentence.text);
    assert.deepEqual(
      sentences.map((sentence) => sentence.paragraph),
      [1, 1, 2, 2, 3],
    );
  });

  it('gives the same ids for the same text', () => {
    const text = 'Alpha beta. Gamma delta.\n\nEpsilon.';
    assert.deepEqual(splitSentences(text, 'en'), splitSentences(text, 'en'));
  });
});

describe('splitSentences in other languages', () => {
  it('splits Chinese on 。！？； and keeps closing quotes', () => {
    const text = '英伟达周一表示，其数据中心收入增长了45%。公司首席执行官说：“我们对需求感到满意。”分析师认为；这一趋势将持续！';
    assert.deepEqual(texts(text, 'zh'), [
      '英伟达周一表示，其数据中心收入增长了45%。',
      '公司首席执行官说：“我们对需求感到满意。”',
      '分析师认为；',
      '这一趋势将持续！',
    ]);
  });

  it('detects CJK text when the language is unknown', () => {
    assert.deepEqual(texts('第一句。第二句！', null), ['第一句。', '第二句！']);
  });

  it('keeps German ordinals and abbreviations inside sentences', () => {
    assert.deepEqual(texts('Am 3. Oktober sagte Dr. Müller, dass z.B. die Kosten stiegen. Das ist neu.', 'de'), [
      'Am 3. Oktober sagte Dr. Müller, dass z.B. die Kosten stiegen.',
      'Das ist neu.',
    ]);
  });

  it('splits French and Spanish sentences', () => {
    assert.deepEqual(texts('M. Dupont est arrivé hier. Il repart demain.', 'fr'), ['M. Dupont est arrivé hier.', 'Il repart demain.']);
    assert.deepEqual(texts('¿Qué pasó? Nadie lo sabe.', 'es'), ['¿Qué pasó?', 'Nadie lo sabe.']);
  });
});

describe('tokenize', () => {
  it('segments Chinese with jieba and drops punctuation', () => {
    const tokens = tokenize('数据中心收入增长了45%。', 'zh');
    assert.ok(tokens.includes('数据中心'), tokens.join('|'));
    assert.ok(tokens.includes('45'));
    assert.ok(!tokens.some((token) => /[。%]/.test(token)));
  });

  it('lowercases Latin words and keeps numbers whole', () => {
    assert.deepEqual(tokenize('Revenue rose 4.5% to $2.10 billion in the U.S. — Harbor’s best year.', 'en'), [
      'revenue',
      'rose',
      '4.5',
      'to',
      '2.10',
      'billion',
      'in',
      'the',
      'u',
      's',
      "harbor's",
      'best',
      'year',
    ]);
  });

  it('uses ICU word breaks for Japanese', () => {
    const tokens = tokenize('東京都は新しい計画を発表した', 'ja');
    assert.ok(tokens.length >= 4 && tokens.includes('計画'), tokens.join('|'));
  });

  it('treats unlabelled Han text as Chinese', () => {
    assert.ok(tokenize('港口吞吐量增长', null).length >= 2);
  });
});

it('splits regional tags like their base language (zh-TW as Chinese)', () => {
  const text = '台積電今天宣布擴產。市場反應熱烈！分析師看好。';
  assert.deepEqual(
    splitSentences(text, 'zh-TW').map((s) => s.text),
    ['台積電今天宣布擴產。', '市場反應熱烈！', '分析師看好。'],
  );
});
