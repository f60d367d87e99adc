import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAnswer } from '../../model/index.js';
import { answerSchema } from './schema.js';

const known = new Set(['a1:p1s1', 'a2:p1s1']);
const headline = { text: 'Helioscale restores region', cites: ['a1:p1s1'] };

describe('parseAnswer', () => {
  it('reads JSON inside code fences and fills absent lists', () => {
    const parsed = parseAnswer('Here it is:\n```json\n' + JSON.stringify({ headline }) + '\n```', answerSchema, known);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value.errors, []);
    assert.deepEqual(parsed.value.value.editorsBrief, []);
  });

  it('fails on text that is not JSON, naming the problem for the repair request', () => {
    const parsed = parseAnswer('{"headline": {"text": "x", "cites": [', answerSchema, known);
    assert.ok(!parsed.ok);
    assert.equal(parsed.error.code, 'invalid-json');
    assert.match(String((parsed.error.cause as string[])[0]), /not a JSON object/);
  });

  it('names schema errors and unknown citation ids', () => {
    const wrongShape = parseAnswer(
      JSON.stringify({ headline: { text: 'x', cites: [] }, editorsBrief: [headline, headline, headline, headline] }),
      answerSchema,
      known,
    );
    assert.ok(!wrongShape.ok);
    assert.ok((wrongShape.error.cause as string[]).some((error) => error.startsWith('headline.cites')));
    const unknown = parseAnswer(JSON.stringify({ headline: { text: 'x', cites: ['a9:p1s1'] } }), answerSchema, known);
    assert.ok(unknown.ok);
    assert.deepEqual(unknown.value.unknownCites, ['a9:p1s1']);
    assert.match(unknown.value.errors[0] ?? '', /a9:p1s1/);
  });
});
