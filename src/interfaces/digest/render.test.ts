import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SqliteStore } from '../../adapters/storage/sqlite/sqlite-store.js';
import { type Digest, buildDigest } from '../../jobs/build-digest.js';
import { NOW, openNewsroom } from '../../../test/support/newsroom.js';
import { digestSubject, digestTitle } from './describe.js';
import { renderDigestHtml } from './render-html.js';
import { escapeMarkdown, renderDigestMarkdown } from './render-markdown.js';

let store: SqliteStore;
let digest: Digest;
const BASE = 'https://news.example.org';

before(async () => {
  ({ store } = await openNewsroom());
  digest = await buildDigest({ store, clock: { now: () => new Date(NOW) } }, { period: 'week' });
});
after(() => store.close());

describe('recap rendering', () => {
  it('titles the window and the mail subject', () => {
    assert.equal(digestTitle(digest), 'Weekly recap: 13 Nov 2026 – 20 Nov 2026');
    assert.equal(digestSubject(digest), 'Groundwire weekly recap: 13 Nov 2026 – 20 Nov 2026');
    assert.equal(
      digestTitle({ ...digest, period: 'day', start: '2026-11-16T00:00:00Z', end: '2026-11-17T00:00:00Z' }),
      'Daily recap: 16 Nov 2026',
    );
  });

  it('writes Markdown with citation markers, story links and a numbered source list', () => {
    const markdown = renderDigestMarkdown(digest, BASE);
    assert.match(markdown, /^# Weekly recap/);
    assert.match(markdown, /## 1\. Helioscale signs a 500 MW nuclear deal for Texas \[1\]/);
    assert.match(markdown, /> The deal covers four reactors \\<b\\>by 2030\\<\/b\\>\. \[1\]\[2\]/);
    assert.match(markdown, /- 算力中心将使用核电。 \[3\]/);
    assert.ok(markdown.includes(`${BASE}/stories/st-wide`));
    assert.match(
      markdown,
      /\[1\] The Compute Ledger: “Helioscale signs reactor deal” \(20 Nov 2026\) <https:\/\/ledger\.example\/a-ledger-1>/,
    );
    assert.match(
      markdown,
      /\[2\] Gridline Weekly: “Helioscale \\<script\\>alert\(1\)\\<\/script\\> power” \(20 Nov 2026\)\n/,
      'a javascript: URL is not printed',
    );
    assert.match(markdown, /machine-composed from the cited publishers' reporting/);
  });

  it('escapes Markdown syntax in source text', () => {
    assert.equal(escapeMarkdown('# 1*2_[x](y)'), '\\# 1\\*2\\_\\[x\\](y)');
  });

  it('writes inline-styled HTML in which nothing from a source becomes markup', () => {
    const page = renderDigestHtml(digest, BASE);
    assert.match(page, /^<!doctype html>/);
    assert.ok(!page.includes('<script>') && !page.includes('<b>by'), 'source text is escaped');
    assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!/href="javascript:/i.test(page), 'unsafe source links are dropped');
    assert.match(page, /<a href="https:\/\/ledger\.example\/a-ledger-1" title="The Compute Ledger" style="[^"]+">\[1\]<\/a>/);
    assert.match(page, /<a href="https:\/\/news\.example\.org\/stories\/st-wide"/);
    assert.ok(!page.includes('<style') && page.includes('style="'), 'styles are inline, for mail clients');
    assert.match(page, /<li id="ref-3" value="3">\s*算力观察/);
  });

  it('says so when the window is empty', () => {
    const empty: Digest = { ...digest, stories: [], references: [] };
    assert.match(renderDigestMarkdown(empty, BASE), /No story with a verified brief was active in the past week\./);
    assert.ok(!renderDigestMarkdown(empty, BASE).includes('## Sources'));
  });
});
