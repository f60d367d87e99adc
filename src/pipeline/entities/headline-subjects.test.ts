import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headlineSubjects } from './headline-subjects.js';

describe('headlineSubjects', () => {
  it('names the companies and products a story’s headlines name, most headlines first, a product bringing its maker', () => {
    const subjects = headlineSubjects(
      [
        'Tessera Compute cuts Corvane K9 rental prices by 26% in Texas',
        null,
        'Helioscale and Tessera Compute trade blows on GPU rental rates',
        '泰瑟拉算力下调K9租赁价格',
      ].map((title) => ({ title })),
    );
    assert.deepEqual(subjects.slice(0, 2), ['tessera-compute', 'corvane-k9'], subjects.join());
    assert.ok(subjects.includes('corvane'), subjects.join());
    assert.equal(subjects.includes('texas'), false, subjects.join());
  });

  it('leaves out unknown names and places, and keeps at most the limit', () => {
    assert.deepEqual(headlineSubjects([{ title: 'Acme Widgets opens a plant in Texas' }]), []);
    const many = headlineSubjects([{ title: 'Helioscale, Stratos Cloud, Lingfeng Cloud and Tessera Compute cut prices' }], 2);
    assert.equal(many.length, 2);
  });

  it('counts a short name in a headline when its article names the company in full, and nothing the text alone names', () => {
    const title = 'Northgate asks Virginia to make big data centres pay for what they reserve';
    assert.deepEqual(headlineSubjects([{ title }]), []);
    const sentences = [
      { text: 'Northgate Power asked regulators on Friday for a tariff for sites above 75 MW.' },
      { text: 'Helioscale opposed it.' },
    ];
    assert.deepEqual(headlineSubjects([{ title, sentences }]), ['northgate-power']);
  });
});
