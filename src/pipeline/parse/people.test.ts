import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePersonText, uniquePeople } from './people.js';

describe('parsePersonText', () => {
  it('reads the forms RSS authors come in', () => {
    const cases: Array<[string, { name: string | null; email: string | null }]> = [
      ['jane@example.org (Jane Roe)', { name: 'Jane Roe', email: 'jane@example.org' }],
      ['Jane Roe (jane@example.org)', { name: 'Jane Roe', email: 'jane@example.org' }],
      ['Jane Roe <jane@example.org>', { name: 'Jane Roe', email: 'jane@example.org' }],
      ['"Roe, Jane" <jane@example.org>', { name: 'Roe, Jane', email: 'jane@example.org' }],
      ['mailto:jane@example.org', { name: null, email: 'jane@example.org' }],
      ['jane@example.org', { name: null, email: 'jane@example.org' }],
      ['Jane Roe', { name: 'Jane Roe', email: null }],
      ['Staff (Metro desk)', { name: 'Staff (Metro desk)', email: null }],
    ];
    for (const [input, expected] of cases) assert.deepEqual(parsePersonText(input), { ...expected, uri: null }, input);
  });

  it('returns null for blank input and drops repeats', () => {
    assert.equal(parsePersonText('  '), null);
    const jane = parsePersonText('Jane Roe');
    assert.deepEqual(uniquePeople([jane, parsePersonText('jane roe'), null]), [jane]);
  });
});
