import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseText } from '../analysis.js';

const frames = (text: string): string[] => analyseText(text, 'en', null).cues.framing.map((hit) => hit.cue);

describe('framing cues read as nouns', () => {
  it('takes "their response to" as a response, and "in response to" as a frame', () => {
    assert.deepEqual(frames('Their response to rush orders has shrunk to four hours.'), []);
    assert.deepEqual(frames('The company cut prices in response to rivals.'), ['in response']);
  });
});
