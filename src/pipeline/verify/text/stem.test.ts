import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sameFamily, stem } from './stem.js';

describe('stem', () => {
  it('folds plurals, tenses and silent e alike', () => {
    assert.equal(stem('surveyed'), stem('survey'));
    assert.equal(stem('planned'), stem('plan'));
    assert.equal(stem('prices'), stem('pricing'));
    assert.equal(stem('companies'), 'company');
    assert.equal(stem('rose'), stem('rises'));
  });

  it('keeps numbers and short words as they are', () => {
    assert.equal(stem('2027'), '2027');
    assert.equal(stem('gpu'), 'gpu');
  });

  it('groups word families by a long shared prefix only', () => {
    assert.ok(sameFamily('retrain', 'retraining'));
    assert.ok(!sameFamily('use', 'user'));
  });
});
