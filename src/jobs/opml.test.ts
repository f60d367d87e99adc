import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Source } from '../domain/source.js';
import { exportOpml, parseOpml } from './opml.js';

const OPML = `<?xml version="1.0"?>
<opml version="2.0"><head><title>Reading list</title></head><body>
  <outline text="Energy &amp; Power">
    <outline type="rss" text="Gridline" xmlUrl="https://gridline.example/atom.xml" htmlUrl="https://gridline.example/"/>
    <outline text="Nuclear"><outline type="rss" title="Fission Weekly" xmlUrl="https://fission.example/feed"/></outline>
  </outline>
  <outline type="rss" text="Loose feed" xmlUrl="https://loose.example/rss"/>
  <outline text="Not a feed"/>
</body></opml>`;

it('reads outlines as sources with their folders as boards', () => {
  const { sources, warnings } = parseOpml(OPML);
  assert.deepEqual(
    sources.map((s) => [s.name, s.feedUrl, s.boards]),
    [
      ['Gridline', 'https://gridline.example/atom.xml', ['Energy & Power']],
      ['Fission Weekly', 'https://fission.example/feed', ['Energy & Power', 'Nuclear']],
      ['Loose feed', 'https://loose.example/rss', []],
    ],
  );
  assert.equal(sources[0]?.homepage, 'https://gridline.example/');
  assert.deepEqual(warnings, ['outline "Not a feed" has no xmlUrl and was skipped']);
});

it('says when a file is not OPML', () => {
  assert.match(parseOpml('<html><body>hello</body></html>').warnings.join(), /not OPML/);
});

it('round-trips: export then import gives the same feeds and boards', () => {
  const source = (name: string, feedUrl: string, boards: string[]): Source => ({
    id: name,
    name,
    feedUrl,
    homepage: null,
    region: null,
    language: null,
    boards,
    enabled: true,
    disabledReason: null,
    refreshMinutes: null,
    createdAt: '2026-11-20T00:00:00Z',
    health: {
      lastCheckAt: null,
      lastSuccessAt: null,
      lastErrorAt: null,
      lastError: null,
      consecutiveFailures: 0,
      nextCheckAt: null,
      lastWarning: null,
    },
    validators: { etag: null, lastModified: null },
  });
  const xml = exportOpml(
    [source('A & B', 'https://a.example/feed?x=1&y=2', ['cloud']), source('C', 'https://c.example/feed', [])],
    '2026-11-20T00:00:00Z',
  );
  const { sources } = parseOpml(xml);
  assert.deepEqual(
    sources.map((s) => [s.name, s.feedUrl, s.boards]),
    [
      ['A & B', 'https://a.example/feed?x=1&y=2', ['cloud']],
      ['C', 'https://c.example/feed', []],
    ],
  );
});
