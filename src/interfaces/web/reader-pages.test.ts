/** The reader's pages through the whole app on the seeded newsroom: boards, story, versions, search, recap, sources. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SqliteStore } from '../../adapters/storage/sqlite/sqlite-store.js';
import { STORIES, newsroomContext, openNewsroom } from '../../../test/support/newsroom.js';
import { squash } from '../../../test/support/markup.js';
import { createWebApp } from './app.js';

let store: SqliteStore;
let app: ReturnType<typeof createWebApp>;

before(async () => {
  ({ store } = await openNewsroom());
  app = createWebApp(newsroomContext(store));
});
after(() => store.close());

async function page(path: string): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await app.request(`http://localhost${path}`);
  return { status: response.status, text: squash(await response.text()), headers: response.headers };
}

describe('reader pages', () => {
  it("shows the Latest board as story cards with outlets, freshness, hook and Editor's Brief", async () => {
    const { status, text, headers } = await page('/');
    assert.equal(status, 200);
    assert.match(headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.match(text, /Helioscale signs a 500 MW nuclear deal for Texas/);
    assert.match(text, /<a href="https:\/\/ledger\.example\/" rel="noopener noreferrer nofollow">The Compute Ledger<\/a>/);
    assert.match(text, /collected 1h ago/);
    assert.match(text, /English · 中文/);
    assert.match(text, /<p class="hook">The deal covers four reactors &lt;b&gt;by 2030&lt;\/b&gt;\.<\/p>/);
    assert.match(text, /<ol class="points" aria-label="Editor's Brief"><li>Gridline says power flows from 2029\.<\/li>/);
    // The chip reads as the tag is filtered ("#nuclear"), with its name on hover.
    assert.match(text, /href="\/boards\/energy-power\?tag=nuclear" title="Nuclear">#nuclear</);
    assert.equal((text.match(/badge-stale/g) ?? []).length, 1, 'only the 10-day-old story is stale');
    // A stale story says when its news last moved, not when an article of it was collected.
    assert.match(text, /last article 10d ago<\/time>\s*<span class="badge badge-stale"/);
    assert.equal((text.match(/collected \d+h ago/g) ?? []).length, 3, 'the three live stories say when they were collected');
    assert.match(text, /<svg class="chart"[^>]*role="img"/);
    // The side column names a story by its brief's headline, as the card does, not by its first article's title.
    assert.match(text, /<ol class="most-covered"><li><a href="\/stories\/st-wide">Helioscale signs a 500 MW nuclear deal for Texas<\/a>/);
  });

  it('filters a board by region, tag, language and outlet, ignoring malformed values', async () => {
    const board = await page('/boards/energy-power');
    assert.match(board.text, /2 stories on this board/);
    const zh = await page('/boards/energy-power?language=zh');
    assert.match(zh.text, /1 story matching Language: 中文/);
    assert.match(zh.text, /<option value="zh" selected>中文<\/option>/);
    assert.match((await page('/?outlet=suanli&tag=nuclear')).text, /1 story matching Tag: #nuclear · Outlet: 算力观察/);
    assert.match((await page('/?region=%3Cscript%3E')).text, /4 stories across all boards/);
    assert.equal((await page('/boards/no-such-board')).status, 404);
  });

  it('renders every brief section with citation markers that lead to the source sentences', async () => {
    const { status, text } = await page(`/stories/${STORIES.wide}`);
    assert.equal(status, 200);
    assert.match(text, /<h1>Helioscale signs a 500 MW nuclear deal for Texas<\/h1>/);
    for (const heading of ["Editor's Brief", 'Sources', 'Coverage', 'Why these labels', 'Share', 'Was this helpful?', 'Related stories'])
      assert.ok(text.includes(`>${heading}</h2>`), heading);
    const markers = [...text.matchAll(/class="cite" href="#(cite-[^"]+)"/g)].map((m) => m[1]);
    assert.ok(markers.length >= 4);
    for (const anchor of markers) assert.ok(text.includes(`id="${anchor}"`), `marker target ${anchor} exists`);
    assert.match(text, /Read original<span class="visually-hidden"> at The Compute Ledger<\/span>/);
    assert.match(text, /machine-composed from the cited publishers' reporting/);
    assert.match(text, /Evidence for Energy &amp; Power\./);
    // Who the story is about: the company most headlines name, a search for its other stories; not the side party.
    assert.match(text, /<p class="story-meta story-about">About <a href="\/search\?q=Helioscale">Helioscale<\/a><\/p>/);
    assert.ok(!text.includes('Atlas Fission</a>'));
  });

  it('lists a syndicated copy under the report it copies and counts it apart', async () => {
    const { text } = await page(`/stories/${STORIES.narrow}`);
    assert.match(text, /<span>2 outlets, 1 article, 1 syndicated copy<\/span>/);
    // One item in the coverage list: the Ledger's report, with where else it ran.
    assert.equal((text.match(/<p class="article-title">/g) ?? []).length, 1);
    assert.match(
      text,
      /<span class="outlet">The Compute Ledger<\/span>.*?<p class="meta also-published">Also published by <a href="https:\/\/gridline\.example\/a-grid-copy"[^>]*>Gridline Weekly<\/a><\/p>/,
    );
    // The original reporter is named first, the outlet that only ran the copy after it.
    assert.match(text, /Reported by <span class="outlets"><a[^>]*>The Compute Ledger<\/a>, <a[^>]*>Gridline Weekly<\/a>/);
    assert.match((await page('/')).text, /<span>1 article, 1 syndicated copy<\/span>/);
  });

  it("shows label evidence that ends a quotation with the quotation's opening sentence", async () => {
    const { text } = await page(`/stories/${STORIES.narrow}`);
    assert.match(
      text,
      /<blockquote><p><span class="quotation-start">“Supply is tight\.<\/span> Investors should watch the ramp,” she said\.<\/p><\/blockquote>/,
    );
  });

  it('escapes hostile text and never links a javascript: URL', async () => {
    const { text } = await page(`/stories/${STORIES.wide}`);
    assert.ok(!text.includes('<script>alert'), 'no raw script from stored data');
    assert.match(text, /Helioscale &lt;script&gt;alert\(1\)&lt;\/script&gt; power/);
    assert.ok(!/href="javascript:/i.test(text));
  });

  it('shares the story on X and LinkedIn and shows its address for copying', async () => {
    const { text } = await page(`/stories/${STORIES.wide}`);
    assert.match(text, /href="https:\/\/x\.com\/intent\/post\?text=Helioscale[^"]*url=http%3A%2F%2Flocalhost%2Fstories%2Fst-wide"/);
    assert.match(text, /href="https:\/\/www\.linkedin\.com\/sharing\/share-offsite\/\?url=http%3A%2F%2Flocalhost%2Fstories%2Fst-wide"/);
    assert.match(text, /<input id="share-url" type="url" readonly value="http:\/\/localhost\/stories\/st-wide"\/?>/);
  });

  it('shows an older brief version and what changed between versions', async () => {
    assert.match((await page(`/stories/${STORIES.wide}?version=1`)).text, /You are reading version 1 of 2 of this brief/);
    assert.equal((await page(`/stories/${STORIES.wide}?version=9`)).status, 404);
    assert.equal((await page(`/stories/${STORIES.wide}?version=abc`)).status, 404);
    const history = await page(`/stories/${STORIES.wide}/versions`);
    assert.match(history.text, /2 versions of this brief/);
    assert.match(
      history.text,
      /<li class="added"><ins><span class="visually-hidden">Added: <\/span>Helioscale signs a 500 MW nuclear deal for Texas<\/ins><\/li>/,
    );
    assert.match(history.text, /<del><span class="visually-hidden">Removed: <\/span>Helioscale signs a 500 MW nuclear deal<\/del>/);
  });

  it('marks Chinese headlines and sentences as Chinese, and the page around them stays English', async () => {
    const story = await page(`/stories/${STORIES.chinese}`);
    assert.match(story.text, /<article class="story">/);
    assert.match(story.text, /<h1 lang="zh">智算中心利用率提升<\/h1>/);
    assert.match(
      story.text,
      /<p class="ref-title"><span class="visually-hidden">Source 1: <\/span><span lang="zh"><a href="https:\/\/suanli\.example/,
    );
    assert.match((await page(`/stories/${STORIES.chinese}/versions`)).text, /<h1 lang="zh">智算中心利用率提升<\/h1>/);
    assert.match(story.text, /<p class="hook lede"><span lang="zh">算力利用率达到百分之五十。<\/span><span class="cites">/);
    const english = await page(`/stories/${STORIES.wide}`);
    assert.match(english.text, /<h1>Helioscale signs a 500 MW nuclear deal for Texas<\/h1>/);
    const latest = await page('/');
    assert.match(latest.text, /<h2 class="story-title" lang="zh"><a href="\/stories\/st-zh">智算中心利用率提升<\/a><\/h2>/);
    assert.match(latest.text, /<article class="story-card">/);
  });

  it('advertises the feed that follows each page to feed readers and to people, filters included', async () => {
    const latest = await page('/');
    assert.match(
      latest.text,
      /<link rel="alternate" type="application\/atom\+xml" title="Groundwire: Latest \(Atom\)" href="\/atom\.xml"\/>/,
    );
    assert.match(
      latest.text,
      /Follow Latest in a feed reader: <a href="\/atom\.xml">Atom<\/a> · <a href="\/feed\.xml">RSS<\/a> · <a href="\/feed\.json">JSON Feed<\/a>/,
    );
    const board = await page('/boards/energy-power?tag=nuclear');
    const href =
      /<link rel="alternate" type="application\/feed\+json" title="Groundwire: Energy &amp; Power \(JSON Feed\)" href="([^"]+)"/.exec(
        board.text,
      )?.[1];
    assert.equal(href, '/boards/energy-power/feed.json?tag=nuclear');
    const feed = await app.request(`http://localhost${href}`);
    assert.equal(feed.status, 200);
    const items = ((await feed.json()) as { items: { url: string }[] }).items;
    assert.deepEqual(
      items.map((item) => item.url.replace(/^.*\/stories\//, '')),
      [STORIES.wide],
      'the nuclear filter applies to the feed too',
    );
    assert.match(board.text, /<title>Energy &amp; Power, Tag: #nuclear · Groundwire<\/title>/, 'a filtered page has its own title');
    assert.equal((await page('/?page=2')).status, 404, 'four stories fill one page: page 2 does not exist');
    const recap = await page('/recap');
    assert.match(
      recap.text,
      /<link rel="alternate" type="application\/rss\+xml" title="Groundwire: Weekly recap \(RSS\)" href="\/recap\/feed\.xml"\/>/,
    );
  });

  it('finds stories and articles, Chinese included', async () => {
    const { text } = await page(`/search?q=${encodeURIComponent('核电')}`);
    assert.match(text, /results? for “核电”: 1 story and 1 article/);
    assert.match(text, /href="\/stories\/st-wide"/);
    assert.match((await page('/search')).text, /Chinese terms work too/);
  });

  it('ranks the recap by coverage with cited points and a reference list', async () => {
    const { status, text } = await page('/recap?period=week');
    assert.equal(status, 200);
    assert.ok(text.indexOf('Helioscale signs a 500 MW') < text.indexOf('Corvane ships K10'), 'three outlets rank above one');
    assert.match(text, /<a class="cite" href="#ref-1">\[1\]<\/a>/);
    assert.match(text, /id="ref-1"/);
    assert.match((await page('/recap?week=2026-11-16')).text, /Weekly recap: 16 Nov 2026 – 22 Nov 2026/);
    const quiet = (await page('/recap?week=2026-10-05')).text.split('<main')[1] ?? '';
    assert.equal((quiet.match(/No story with a verified brief/g) ?? []).length, 1, 'an empty recap says so once');
    assert.match(quiet, /No story with a verified brief was active in the past week\./);
  });

  it('answers a malformed or impossible recap week with a 400 page, and a week yet to start with a note', async () => {
    for (const week of ['last-week', '2026-02-30', '2026-13-01', '<b>x</b>']) {
      const { status, text } = await page(`/recap?week=${encodeURIComponent(week)}`);
      assert.equal(status, 400, week);
      assert.match(text, /<h1>Not a week<\/h1>/);
      assert.doesNotMatch(text, /<b>x<\/b>/, 'the value is escaped');
    }
    const future = await page('/recap?week=2026-12-07');
    assert.equal(future.status, 200);
    assert.match(future.text, /Weekly recap: 7 Dec 2026 – 13 Dec 2026/);
    assert.match(future.text, /has not started yet/);
  });

  it('lists sources with a health summary and links to their stories', async () => {
    const { text } = await page('/sources');
    assert.match(text, /3 outlets Groundwire follows/);
    assert.match(text, /<span class="state state-ok">3 OK<\/span>/);
    assert.match(text, /href="\/\?outlet=suanli"/);
  });

  it('answers 301 for an absorbed story id and 404 for an unknown one', async () => {
    const { store: merged } = await openNewsroom();
    const story = await merged.stories.get(STORIES.wide);
    await merged.stories.applyUpdate({
      at: new Date().toISOString(),
      memberships: [],
      stories: [{ ...(story as NonNullable<typeof story>), outletCount: 3 }],
      changes: [{ kind: 'merge', from: STORIES.narrow, into: STORIES.wide, note: 'same event' }],
      state: {},
    });
    const mergedApp = createWebApp(newsroomContext(merged));
    const response = await mergedApp.request(`http://localhost/stories/${STORIES.narrow}?version=1`);
    assert.equal(response.status, 301);
    assert.equal(response.headers.get('location'), `/stories/${STORIES.wide}?version=1`);
    assert.equal((await mergedApp.request('http://localhost/stories/st-nope')).status, 404);
    await merged.close();
  });
});
