import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headlineSubjects } from './headline-subjects.js';

describe('headlineSubjects', () => {
  it('names the companies and products a story’s headlines name with the share of headlines naming each, a product bringing its maker', () => {
    const subjects = headlineSubjects(
      [
        'Tessera Compute cuts Corvane K9 rental prices by 26% in Texas',
        null,
        'Helioscale and Tessera Compute trade blows on GPU rental rates',
        '泰瑟拉算力下调K9租赁价格',
      ].map((title) => ({ title })),
    );
    // Three headlines: the missing one counts for nothing.
    assert.deepEqual(subjects, [
      { id: 'tessera-compute', share: 1 },
      { id: 'corvane-k9', share: 0.333 },
      { id: 'corvane', share: 0.333 },
      { id: 'helioscale', share: 0.333 },
    ]);
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
    assert.deepEqual(headlineSubjects([{ title, sentences }]), [{ id: 'northgate-power', share: 1 }]);
  });
});
