import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseText } from '../analysis.js';

const frames = (text: string): string[] => analyseText(text, 'en', null).cues.framing.map((hit) => hit.cue);

describe('framing cues read as nouns', () => {
  it('takes "their response to" as a response, and "in response to" as a frame', () => {
    assert.deepEqual(frames('Their response to rush orders has shrunk to four hours.'), []);
    assert.deepEqual(frames('The company cut prices in response to rivals.'), ['in response']);
  });

  it('reads a "takeaway" as an essentialising frame, and 估算 as an estimate', () => {
    assert.deepEqual(frames("The report's headline takeaway is that agents cut energy use."), ['takeaway']);
    assert.equal(analyseText('以300兆瓦满负荷运行估算，每年可节省电费5亿元。', 'zh', null).cues.tentative[0]?.cue, '估算');
  });
});
