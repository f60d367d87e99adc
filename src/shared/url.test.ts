import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalizeUrl, resolveUrl } from './url.js';

describe('canonicalizeUrl', () => {
  const cases: [string, string | null][] = [
    ['HTTPS://Example.COM:443/a/b/?utm_source=rss&utm_medium=feed#comments', 'https://example.com/a/b'],
    ['http://example.com:80/story?id=7&fbclid=abc&gclid=x', 'http://example.com/story?id=7'],
    ['https://example.com/story?b=2&a=1', 'https://example.com/story?a=1&b=2'],
    ['https://example.com/2026/10/slug/amp', 'https://example.com/2026/10/slug'],
    ['https://amp.example.com/2026/10/slug', 'https://example.com/2026/10/slug'],
    ['https://m.example.com/2026/10/slug/', 'https://example.com/2026/10/slug'],
    ['https://example.com/slug.amp.html', 'https://example.com/slug.html'],
    ['https://example.com/', 'https://example.com/'],
    ['https://user:pw@example.com/x', 'https://example.com/x'],
    ['javascript:alert(1)', null],
    ['not a url', null],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => assert.equal(canonicalizeUrl(input), expected));
  }
  it('keeps meaningful parameters and resolves relative links against a base', () => {
    assert.equal(canonicalizeUrl('/p?id=3&utm_campaign=z', 'https://News.example/feed'), 'https://news.example/p?id=3');
  });
  it('does not treat a two-label host starting with m. as a mobile mirror of nothing', () => {
    assert.equal(canonicalizeUrl('https://m.com/x'), 'https://m.com/x');
  });
});

describe('resolveUrl', () => {
  it('resolves against a base and rejects garbage', () => {
    assert.equal(resolveUrl('../b', 'https://example.com/a/c/'), 'https://example.com/a/b');
    assert.equal(resolveUrl(null, 'https://example.com'), null);
    assert.equal(resolveUrl('http://[bad', null), null);
  });
});
