import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CUE_SETS } from './cue-sets.js';
import { findChineseCues, findEnglishCues } from './cues.js';
import { englishWords } from './words.js';

const set = (name: string) => CUE_SETS.find((cues) => cues.cueClass === name)!;

describe('findEnglishCues', () => {
  it('finds a negation and the words it governs, up to the clause end', () => {
    const [hit] = findEnglishCues(englishWords('Tier-2 support teams are not affected, Helioscale said.'), set('negation'));
    assert.equal(hit?.cue, 'not');
    assert.deepEqual(hit?.window, ['affect']);
  });

  it('reads "didn\'t" and "no longer" as negations', () => {
    assert.equal(findEnglishCues(englishWords("It didn't rise."), set('negation')).length, 1);
    assert.equal(findEnglishCues(englishWords('Access is no longer the problem.'), set('negation'))[0]?.cue, 'no longer');
  });

  it('stops the window at a coordinator', () => {
    const [hit] = findEnglishCues(englishWords('Orbis did not give a savings target and said it would report returns'), set('negation'));
    assert.deepEqual(hit?.window, ['giv', 'saving', 'target']);
  });

  it('skips a hedge word read as a noun after a determiner', () => {
    assert.equal(findEnglishCues(englishWords('Revenue beat an average analyst estimate of $30.6 billion.'), set('tentative')).length, 0);
    assert.equal(findEnglishCues(englishWords('Analysts estimate prices rose 15%.'), set('tentative')).length, 1);
  });

  it('reads a guessing verb after a determiner as an adjective of a fact', () => {
    assert.equal(findEnglishCues(englishWords('Lumen-4 Mini is the suggested successor.'), set('speculation')).length, 0);
    assert.equal(findEnglishCues(englishWords('The filing suggested a cut was near.'), set('speculation')).length, 1);
  });

  it('reads "fail to" and "rules out" as negations', () => {
    assert.equal(findEnglishCues(englishWords('Recruiters that fail to vet clients face fines.'), set('negation'))[0]?.cue, 'fail to');
    assert.equal(findEnglishCues(englishWords('The deal rules out redundancies.'), set('negation'))[0]?.cue, 'rules out');
  });
});

describe('findChineseCues', () => {
  it('finds negators with the text they govern, but not inside words like 未来', () => {
    const hits = findChineseCues('公司没有透露客户名称，未来三年将投入20亿美元。', set('negation'));
    assert.deepEqual(
      hits.map((hit) => [hit.cue, hit.windowText]),
      [['没有', '透露客户名称']],
    );
  });
});
