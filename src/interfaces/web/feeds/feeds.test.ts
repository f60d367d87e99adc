import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import type { SqliteStore } from '../../../adapters/storage/sqlite/sqlite-store.js';
import { parseFeed } from '../../../pipeline/parse/index.js';
import { STORIES, newsroomContext, openNewsroom } from '../../../../test/support/newsroom.js';
import { weekStart } from './recap-entries.js';
import { mountFeeds } from './feed-routes.js';

let store: SqliteStore;
let web: Hono;
const BASE = 'https://news.example.org';

before(async () => {
  ({ store } = await openNewsroom());
  web = new Hono();
  mountFeeds(web, newsroomContext(store, { site: { publicUrl: `${BASE}/` } }));
});
after(() => store.close());

async function fetchFeed(path: string) {
  const response = await web.request(path);
  assert.equal(response.status, 200, path);
  const body = Buffer.from(await response.arrayBuffer());
  const parsed = parseFeed(body, { url: `${BASE}${path}`, contentType: response.headers.get('content-type') });
  assert.ok(parsed.ok, `${path}: ${parsed.ok ? '' : parsed.error.message}`);
  return { feed: parsed.value, type: response.headers.get('content-type') ?? '', text: body.toString('utf8') };
}

const FORMATS = [
  ['feed.xml', 'rss', /application\/rss\+xml/],
  ['atom.xml', 'atom', /application\/atom\+xml/],
  ['feed.json', 'json', /application\/feed\+json/],
] as const;

describe('outgoing feeds', () => {
  for (const [file, format, type] of FORMATS) {
    it(`Latest as ${format}: well-formed, stories newest first, stable ids, links and dates`, async () => {
      const { feed, type: contentType, text } = await fetchFeed(`/${file}`);
      assert.match(contentType, type);
      assert.equal(feed.format, format);
      assert.equal(feed.wellFormed, true);
      assert.deepEqual(feed.warnings, []);
      assert.equal(feed.title, 'Groundwire: Latest');
      assert.deepEqual(
        feed.items.map((item) => item.id),
        [STORIES.narrow, STORIES.wide, STORIES.chinese, STORIES.old].map((id) => `urn:groundwire:story:${id}`),
      );
      const wide = feed.items[1];
      assert.equal(wide?.link, `${BASE}/stories/${STORIES.wide}`);
      assert.equal(wide?.title, 'Helioscale signs a 500 MW nuclear deal for Texas');
      assert.equal(wide?.published, '2026-11-20T08:00:00Z');
      // JSON Feed's summary is plain text by the spec; the project's parser strips tags from it regardless.
      if (format === 'json') assert.ok(text.includes('"summary": "The deal covers four reactors <b>by 2030</b>."'));
      else assert.equal(wide?.summary, 'The deal covers four reactors <b>by 2030</b>.');
      assert.ok(wide?.categories.includes('Energy & Power'));
      if (format !== 'rss')
        assert.deepEqual(
          wide?.authors.map((a) => a.name),
          ['The Compute Ledger', 'Gridline Weekly', '算力观察'],
        );
      const content = wide?.contentHtml ?? '';
      assert.match(
        content,
        /Gridline says power flows from 2029\.<sup><a title="Gridline Weekly" rel="noopener noreferrer nofollow">\[2\]<\/a><\/sup>/,
        'the javascript: link lost its href',
      );
      assert.match(content, /算力中心将使用核电。<sup><a href="https:\/\/suanli\.example\/a-suanli-1"/);
      assert.ok(!content.includes('An uncited claim'), 'only cited sentences');
      assert.ok(!content.includes('<b>by') && !content.includes('javascript:') && !content.includes('<script'), 'escaped and sanitised');
      assert.match(content, /Read the full brief on Groundwire/);
    });
  }

  it('gives every story the same id in every format and on every request', async () => {
    const ids = await Promise.all(FORMATS.map(async ([file]) => (await fetchFeed(`/${file}`)).feed.items.map((item) => item.id)));
    assert.deepEqual(ids[0], ids[1]);
    assert.deepEqual(ids[1], ids[2]);
    assert.deepEqual(
      (await fetchFeed('/feed.xml')).feed.items.map((item) => item.id),
      ids[0],
    );
  });

  it('serves a feed per board, with the board page’s filters, and 404 for unknown boards', async () => {
    for (const [file] of FORMATS) {
      const { feed } = await fetchFeed(`/boards/energy-power/${file}`);
      assert.equal(feed.title, 'Groundwire: Energy & Power');
      assert.deepEqual(
        feed.items.map((item) => item.id),
        [`urn:groundwire:story:${STORIES.wide}`, `urn:groundwire:story:${STORIES.old}`],
      );
    }
    assert.deepEqual(
      (await fetchFeed('/boards/energy-power/feed.xml?language=zh')).feed.items.map((item) => item.id),
      [`urn:groundwire:story:${STORIES.wide}`],
    );
    assert.equal((await web.request('/boards/no-such-board/feed.xml')).status, 404);
  });

  it('links each feed to itself and its page', async () => {
    const { text } = await fetchFeed('/boards/energy-power/feed.xml');
    assert.ok(text.includes(`<atom:link href="${BASE}/boards/energy-power/feed.xml" rel="self" type="application/rss+xml"/>`));
    const { feed } = await fetchFeed('/boards/energy-power/atom.xml');
    assert.equal(feed.link, `${BASE}/boards/energy-power`);
    assert.equal(feed.feedUrl, `${BASE}/boards/energy-power/atom.xml`);
    // A filtered feed is a feed of its own: readers must not take it for the whole board.
    const { feed: nuclear, text: atom } = await fetchFeed('/boards/energy-power/atom.xml?tag=nuclear');
    assert.equal(nuclear.title, 'Groundwire: Energy & Power (tag: nuclear)');
    assert.equal(nuclear.feedUrl, `${BASE}/boards/energy-power/atom.xml?tag=nuclear`);
    assert.ok(atom.includes('<id>urn:groundwire:feed:board:energy-power?tag=nuclear</id>'), atom.slice(0, 400));
  });

  it('serves the weekly recap with one entry per week, grounded lines and numbered sources', async () => {
    for (const [file] of FORMATS) {
      const { feed } = await fetchFeed(`/recap/${file}`);
      assert.deepEqual(
        feed.items.map((item) => item.id),
        ['urn:groundwire:recap:week:2026-11-16', 'urn:groundwire:recap:week:2026-11-09'],
        'weeks without stories are left out',
      );
      assert.equal(feed.items[1]?.title, 'Weekly recap: 9 Nov 2026 – 15 Nov 2026');
      const [entry] = feed.items;
      assert.equal(entry?.id, 'urn:groundwire:recap:week:2026-11-16');
      assert.equal(entry?.link, `${BASE}/recap?week=2026-11-16`);
      assert.match(entry?.title ?? '', /^Weekly recap: 16 Nov 2026 – 20 Nov 2026 \(so far\)$/);
      assert.match(entry?.contentHtml ?? '', /Helioscale signs a 500 MW nuclear deal for Texas/);
      assert.match(entry?.contentHtml ?? '', /<li value="1">\s*The Compute Ledger: “<a href="https:\/\/ledger\.example\/a-ledger-1"/);
      assert.match(entry?.contentHtml ?? '', /Gridline says power flows from 2029\. <sup>\[2\]<\/sup>/, 'no link for an unsafe source URL');
      assert.ok(!/style=/.test(entry?.contentHtml ?? ''), 'the sanitiser removed inline styles');
    }
  });

  it('starts weeks on Monday, UTC', () => {
    assert.equal(weekStart(new Date('2026-11-22T23:59:00Z')).toISOString(), '2026-11-16T00:00:00.000Z');
    assert.equal(weekStart(new Date('2026-11-16T00:00:00Z')).toISOString(), '2026-11-16T00:00:00.000Z');
  });
});
