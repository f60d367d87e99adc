import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { discoverFeeds } from './discover-feeds.js';

describe('discoverFeeds', () => {
  it('lists RSS, Atom and JSON feed links, resolved against <base href>, and skips REST JSON', () => {
    const html = readFileSync(new URL('./__fixtures__/page-with-feeds.html', import.meta.url), 'utf8');
    assert.deepEqual(discoverFeeds(html, 'https://riverside.example/weekly/index.html'), [
      { url: 'https://riverside.example/weekly/feed.rss', type: 'application/rss+xml', title: 'Riverside Weekly (RSS)' },
      { url: 'https://riverside.example/atom.xml', type: 'application/atom+xml', title: 'Riverside Weekly (Atom)' },
      { url: 'https://riverside.example/feed.json', type: 'application/feed+json', title: null },
    ]);
  });

  it('accepts generic XML types only when the address looks like a feed, and de-duplicates', () => {
    const html = `<link rel="Alternate" type="text/xml" href="/rss.xml"><link rel="alternate" type="text/xml" href="/sitemap.xml">
      <link rel="alternate" type="application/rss+xml" href="/rss.xml">`;
    assert.deepEqual(discoverFeeds(html, 'https://a.example/'), [{ url: 'https://a.example/rss.xml', type: 'text/xml', title: null }]);
  });

  it('returns nothing for a page without feed links', () => {
    assert.deepEqual(discoverFeeds('<html><head><title>x</title></head></html>', 'https://a.example/'), []);
  });
});
