/** Term counting: light stemming, title weight, Chinese pairs, URL titles, and capitalised names. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareClusterDocument, PLAIN_FINDERS } from './index.js';
import { properNames } from './proper-names.js';
import { characterPairs, countTerms, latinTerms, stem } from './terms.js';

describe('terms', () => {
  it('stems common inflections and drops stop words and small numbers', () => {
    assert.equal(stem('outages'), 'outag');
    assert.equal(stem('outage'), 'outag');
    assert.equal(stem('utilities'), 'utility');
    assert.deepEqual(latinTerms('The 3 outages of us-east-3 were restored.'), ['outag', 'us-east-3', 'restor']);
  });

  it('finds the tokens the Unicode word pattern finds, in any script, with hyphens and dots kept only inside', () => {
    const pattern = /[\p{Letter}\p{Number}](?:[\p{Letter}\p{Number}]|[-.](?=[\p{Letter}\p{Number}]))*/gu;
    const texts = [
      'Café-owners in São Paulo paid R$2.5 bn; v2.1.3-beta shipped -- co-op. .net a.b- c-.d',
      'ＧＰＵ集群 rollout at Zürich: 12,000 Straße-Schäden, Δelta-9 and ÉCOLE.',
      'Mathematical 𝐀𝐁𝐂 letters, 𠀀 and naïve résumés...',
      'Plain ascii: us-east-3 outage... 2026.10.20 x-y-z -a b- end.',
    ];
    for (const text of texts) {
      const tokens = [...text.normalize('NFKC').toLowerCase().matchAll(pattern)].map((match) => match[0]);
      const expected = tokens.flatMap((token) => latinTerms(token));
      assert.deepEqual(latinTerms(text), expected, text);
    }
  });

  it('counts headline words extra, but not a headline that is a bare URL', () => {
    assert.equal(countTerms('Grid outage', 'The outage ended.').get('outag'), 4);
    assert.equal(countTerms('http: / / example. com / grid - outage', 'The outage ended.').get('outag'), 2);
  });

  it('splits Chinese into character pairs when no tokenizer is given', () => {
    assert.deepEqual(characterPairs('电网故障'), ['电网', '网故', '故障']);
  });

  it('finds capitalised names but not sentence-initial capitals', () => {
    assert.deepEqual(properNames('Officials said Lindsay Lohan left the Betty Ford Center. Police declined to comment.'), [
      'lindsay lohan',
      'betty ford center',
    ]);
  });

  it('takes the first line of the text as headline when the title is a URL', () => {
    const document = prepareClusterDocument(
      { id: 'u', title: 'http: / / news. example / a', text: 'Lohan checks into rehab\nShe arrived on Friday.' },
      PLAIN_FINDERS,
    );
    assert.ok(document.headline.includes('rehab'));
    assert.equal(document.terms.get('rehab'), 3);
  });
});
