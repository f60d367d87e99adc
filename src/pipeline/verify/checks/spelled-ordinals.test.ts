import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseText } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { checkSpelledOut } from './spelled.js';

const evidenceOf = (text: string): Evidence => {
  const analysis = analyseText(text, 'zh', '2026-11-01T00:00:00Z');
  return {
    analyses: [analysis],
    quantities: analysis.quantities,
    englishText: '',
    chineseText: analysis.text,
    context: { text: '' },
  } as unknown as Evidence;
};

describe('checkSpelledOut: ordinals written in Chinese numerals', () => {
  it('finds "level-2" in 第二级, not "level-3"', () => {
    const source = '從2028年起，晉升資深工程師須具備第二級認證。';
    assert.deepEqual(checkSpelledOut(analyseText('Engineers will need level-2 certification.', 'en', null), evidenceOf(source)), []);
    assert.match(
      checkSpelledOut(analyseText('Engineers will need level-3 certification.', 'en', null), evidenceOf(source)).join(),
      /number 3/,
    );
  });
});
