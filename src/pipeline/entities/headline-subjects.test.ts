import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headlineSubjects } from './headline-subjects.js';

describe('headlineSubjects', () => {
  it('names the companies and products a story’s headlines name, most headlines first, a product bringing its maker', () => {
    const subjects = headlineSubjects([
      'Tessera Compute cuts Corvane K9 rental prices by 26% in Texas',
      null,
      'Helioscale and Tessera Compute trade blows on GPU rental rates',
      '泰瑟拉算力下调K9租赁价格',
    ]);
    assert.deepEqual(subjects.slice(0, 2), ['tessera-compute', 'corvane-k9'], subjects.join());
    assert.ok(subjects.includes('corvane'), subjects.join());
    assert.equal(subjects.includes('texas'), false, subjects.join());
  });

  it('leaves out unknown names and places, and keeps at most the limit', () => {
    assert.deepEqual(headlineSubjects(['Acme Widgets opens a plant in Texas']), []);
    assert.equal(headlineSubjects(['Helioscale, Stratos Cloud, Lingfeng Cloud and Tessera Compute cut prices'], 2).length, 2);
  });
});
