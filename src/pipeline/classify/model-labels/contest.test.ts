import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Label } from '../../../domain/story.js';
import { applyContests } from './contest.js';

function label(kind: Label['kind'], id: string): Label {
  return { kind, id, name: id, score: 1, evidence: [{ articleId: 'a', sentenceId: `p1s${id.length}`, text: `About ${id}.` }] };
}

const GIVEN = [
  label('board', 'funding-deals'),
  label('audience', 'investors'),
  label('audience', 'developers'),
  label('audience', 'executives'),
];
const REASON = 'the developer is the company itself; no developer work changes';

describe('applyContests', () => {
  it('takes away a contested audience and keeps the other labels in order', () => {
    const result = applyContests(GIVEN, [{ id: 'developers', reason: REASON }]);
    assert.deepEqual(
      result.labels.map((entry) => entry.id),
      ['funding-deals', 'investors', 'executives'],
    );
    assert.deepEqual(
      result.contested.map((entry) => [entry.label.id, entry.reason]),
      [['developers', REASON]],
    );
    assert.deepEqual(result.refused, []);
  });

  it('refuses contests of what the rules did not give, of other kinds, repeated, or without a reason', () => {
    const result = applyContests(GIVEN, [
      { id: 'policy-teams', reason: REASON },
      { id: 'funding-deals', reason: REASON },
      { id: 'executives', reason: ' ok ' },
      { id: 'developers', reason: REASON },
      { id: 'developers', reason: REASON },
    ]);
    assert.deepEqual(
      result.contested.map((entry) => entry.label.id),
      ['developers'],
    );
    assert.deepEqual(
      result.refused.map((entry) => `${entry.id}: ${entry.reason}`),
      [
        'policy-teams: contest refused: the rules did not give this audience',
        'funding-deals: contest refused: the rules did not give this audience',
        'executives: contest refused: no reason given',
        'developers: contest refused: contested twice',
      ],
    );
  });

  it('keeps the rules’ strongest audience when every audience is contested', () => {
    const result = applyContests(GIVEN, [
      { id: 'executives', reason: REASON },
      { id: 'investors', reason: REASON },
      { id: 'developers', reason: REASON },
    ]);
    assert.deepEqual(
      result.labels.map((entry) => entry.id),
      ['funding-deals', 'investors'],
    );
    assert.deepEqual(
      result.refused.map((entry) => `${entry.id}: ${entry.reason}`),
      ['investors: contest refused: every story keeps at least one audience'],
    );
  });
});
