import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBody } from '../../shared/charset.js';
import { extractArticle } from './index.js';

const FIXTURES = join(import.meta.dirname, '__fixtures__');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

function extracted(html: string, options: Parameters<typeof extractArticle>[1] = {}) {
  const result = extractArticle(html, options);
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  return result.value;
}

// A grid operator's short report: three body paragraphs and the standfirst its page prints under the headline.
const GRID_BODY = Array.from(
  { length: 3 },
  (_, i) => `<p>Paragraph ${i + 1} of the report says the grid operator approved ${i + 2} new connections this month.</p>`,
).join('');
const GRID_STANDFIRST =
  '<p class="standfirst">The regional grid operator approved new connections for large loads, its first batch under the revised rules.</p>';

describe('extractArticle golden pages', () => {
  for (const name of ['harbour-news', 'vereinsblog', 'zh-article']) {
    it(`${name}.html gives ${name}.expected.json`, () => {
      const expected = JSON.parse(fixture(`${name}.expected.json`)) as unknown;
      assert.deepEqual(extracted(fixture(`${name}.html`), { url: 'https://example.org/news/item' }), expected);
    });
  }

  it('keeps the body and drops every piece of chrome on a news page', () => {
    const article = extracted(fixture('harbour-news.html'), { url: 'https://courier.example/business/x' });
    assert.match(article.text, /^The harbour board approved/);
    assert.match(article.text, /regional development fund\.$/);
    for (const chrome of [
      'cookie',
      'Advertisement',
      'Harbour Credit',
      'Business Briefing',
      'Related coverage',
      'Ardmore ferry',
      'harbourwatcher',
      'seagrass is not enough',
      'Most read',
      'All rights reserved',
      'Share on',
      'Tags:',
      'Photo: Courier staff',
    ]) {
      assert.ok(!article.text.includes(chrome), `text leaks "${chrome}"`);
    }
  });

  it('drops the headline and the label above it, however long, but keeps a sentence there', () => {
    const page = (above: string) =>
      `<html><head><title>Grid operator approves connections</title><meta property="og:title" content="Grid operator approves connections"></head><body><article><header>${above}<h1>Grid operator approves connections</h1>${GRID_STANDFIRST}</header><div>${GRID_BODY}</div></article></body></html>`;
    for (const label of [
      'Energy',
      'a news wire whose copy other outlets syndicate',
      'Analysis · Power markets and the grid, from our Brussels desk',
    ]) {
      assert.match(extracted(page(`<p class="kicker">${label}</p>`)).text, /^The regional grid operator approved/, label);
    }
    const sentence = 'The operator published its decision late on Friday.';
    assert.match(extracted(page(`<p>${sentence}</p>`)).text, new RegExp(`^${sentence}`));
  });

  it('keeps closing paragraphs that open on "Shares of" or mention logins, and a standfirst that says "log in"', () => {
    const body = [
      'Nordvik Data signed a five-year hosting contract with nine public agencies in Oslo on Thursday, its largest yet.',
      'The agencies hold their own encryption keys, and only staff cleared in Norway or Sweden may run the service.',
      'Shares of Nordvik were little changed in Oslo trading. The consortium is publicly funded.',
      '“If you only count logins, you will conclude you are finished,” the consortium’s adviser said.',
    ]
      .map((paragraph) => `<p>${paragraph}</p>`)
      .join('');
    const standfirst =
      '<p class="standfirst">The contract defines sovereignty in operational terms: who holds the keys, who can log in, and how the agencies can leave.</p>';
    const html = `<html><head><title>Nordvik wins the Nordic tender</title></head><body><article><header><p class="kicker">European cloud</p><h1>Nordvik wins the Nordic tender</h1>${standfirst}</header><div class="story-body">${body}</div></article></body></html>`;
    const paragraphs = extracted(html).text.split('\n\n');
    assert.match(paragraphs[0] ?? '', /^The contract defines sovereignty/);
    assert.match(paragraphs.at(-2) ?? '', /^Shares of Nordvik were little changed/);
    assert.match(paragraphs.at(-1) ?? '', /If you only count logins/);
    assert.equal(paragraphs.length, 5);
  });

  it('counts the standfirst found outside the body container among the text’s first paragraphs', () => {
    const page = (header: string) =>
      `<html><head><title>Grid operator approves connections</title></head><body><article><header><h1>Grid operator approves connections</h1>${header}</header><div>${GRID_BODY}</div></article></body></html>`;
    const withStandfirst = extracted(page(GRID_STANDFIRST));
    assert.match(withStandfirst.text, /^The regional grid operator approved/);
    assert.equal(withStandfirst.standfirst, 1);
    const without = extracted(page(''));
    assert.match(without.text, /^Paragraph 1 of the report/);
    assert.equal(without.standfirst, 0);
  });

  it('reads metadata from JSON-LD @graph, OpenGraph and the canonical link', () => {
    const article = extracted(fixture('harbour-news.html'), { url: 'https://courier.example/business/x?utm_source=feed' });
    assert.equal(article.canonicalUrl, 'https://courier.example/business/2025/03/ardmore-port-expansion');
    assert.equal(article.byline, 'Maeve Lindqvist, Tomás Ferreira');
    assert.equal(article.published, '2025-03-14T09:30:00.000Z');
    assert.equal(article.updated, '2025-03-14T16:05:00.000Z');
    assert.equal(article.leadImage, 'https://courier.example/media/2025/03/ardmore-cranes.jpg');
    assert.equal(article.language, 'en');
  });

  it('gives sanitised HTML with absolute links and no tracking pixel', () => {
    const html =
      '<html><body><article><p>First paragraph of a long enough article about the harbour and its cranes, with <a href="/more">a link</a> and <a href="javascript:alert(1)">a trap</a>.</p><p>Second paragraph with more text about the harbour, the quay and the board vote that happened on Thursday.</p><img src="/pixel.gif" width="1" height="1"><p onclick="alert(1)">Third paragraph that closes the article with a quote from the chair of the harbour board.</p></article></body></html>';
    const article = extracted(html, { url: 'https://courier.example/news/a' });
    assert.match(article.html, /<a href="https:\/\/courier\.example\/more" rel="noopener noreferrer nofollow">a link<\/a>/);
    assert.ok(!/javascript:|onclick|pixel\.gif/.test(article.html), article.html);
  });

  it('reads a GBK-encoded Chinese page through decodeBody', () => {
    const bytes = iconv.encode(fixture('zh-article.html').replace('charset="utf-8"', 'charset="gbk"'), 'gbk');
    const article = extracted(decodeBody(bytes, { kind: 'html' }).text);
    assert.equal(article.language, 'zh');
    assert.match(article.text, /^据港航管理部门8日发布的数据/);
    assert.ok(!article.text.includes('相关阅读'));
  });
});

describe('extractArticle and the feed', () => {
  const thinPage =
    '<html><head><title>Story</title></head><body><nav><a href="/">Home</a></nav><article><p>Short teaser for the story, nothing else is on the page.</p></article></body></html>';
  const fullContent = `<p>${'The full story as the feed carries it, with every paragraph in place and quotes from everyone involved. '.repeat(6)}</p><p>Second paragraph of the feed content.</p>`;

  it('uses the feed content when the page is much thinner', () => {
    const article = extracted(thinPage, { feedItem: { title: 'Feed title', contentHtml: fullContent } });
    assert.equal(article.origin, 'feed');
    assert.match(article.text, /^The full story as the feed carries it/);
    assert.equal(article.partial, false);
  });

  it('falls back to the summary and marks it partial when the page has no text', () => {
    const article = extracted('<html><body><script>render()</script></body></html>', {
      feedItem: { title: 'T', summary: 'A one-line summary of the story.' },
    });
    assert.equal(article.origin, 'feed');
    assert.equal(article.text, 'A one-line summary of the story.');
    assert.equal(article.title, 'T');
    assert.deepEqual(article.partialReasons, ['summary-only']);
  });

  it('keeps the page when it is at least as long as the feed content', () => {
    const article = extracted(fixture('harbour-news.html'), { feedItem: { summary: 'The harbour board approved an expansion.' } });
    assert.equal(article.origin, 'page');
  });

  it('prefers the feed over a consent wall', () => {
    const article = extracted(fixture('consent-wall.html'), {
      feedItem: {
        contentHtml: '<p>Council approves the new library after a long debate about its cost and its location near the station.</p>',
      },
    });
    assert.equal(article.origin, 'feed');
    assert.match(article.text, /^Council approves/);
  });
});

describe('extractArticle partial text', () => {
  it('marks a paywalled teaser partial', () => {
    const article = extracted(fixture('paywall.html'));
    assert.equal(article.partial, true);
    assert.ok(article.partialReasons.includes('declared-paywall'));
    assert.ok(!article.text.includes('Subscribe'));
  });

  it('marks a consent wall partial when there is no feed to fall back on', () => {
    const article = extracted(fixture('consent-wall.html'));
    assert.deepEqual(article.partialReasons, ['consent-wall']);
  });

  it('does not mark a whole article partial', () => {
    assert.equal(extracted(fixture('harbour-news.html')).partial, false);
  });
});

describe('extractArticle on bad pages', () => {
  it('reads the start of a 50 MB page and reports the cut', () => {
    const paragraph =
      '<p>Filler paragraph number in a huge generated page, with commas, clauses, and words enough to count as prose.</p>\n';
    const html = `<html><body><article>${paragraph.repeat(Math.ceil(50_000_000 / paragraph.length))}</article></body></html>`;
    assert.ok(html.length >= 50_000_000);
    const article = extracted(html);
    assert.match(article.text, /^Filler paragraph/);
    assert.ok(article.warnings.some((warning) => warning.includes('cut at a parsing bound')));
  });

  it('extracts the text at the bottom of 10,000 nested elements', () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}<p>Deep inside the nesting sits the only paragraph of this page, long enough to be an article body.</p>${'</div>'.repeat(10_000)}</body></html>`;
    assert.match(extracted(html).text, /Deep inside the nesting/);
  });

  it('survives 100,000 unclosed elements', () => {
    const html = `<html><body>${'<span><b>'.repeat(50_000)}tail text</body></html>`;
    const result = extractArticle(html);
    assert.ok(result.ok ? result.value.text.length >= 0 : result.error.code === 'no-text');
  });

  it('fails with no-text on a page without text', () => {
    const result = extractArticle('<html><head><title>Empty</title></head><body><div><img src="a.jpg"></div></body></html>');
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.error.code, 'no-text');
    assert.match(!result.ok ? result.error.message : '', /^extract: /);
  });

  it('fails with no-text on a page that is all script', () => {
    const script = `<script>${'var x = "<p>not text</p>"; document.write(x);\n'.repeat(20_000)}</script>`;
    const result = extractArticle(`<html><head>${script}</head><body>${script}<noscript></noscript></body></html>`);
    assert.equal(!result.ok && result.error.code, 'no-text');
  });

  it('extracts mojibake and replacement characters from broken encodings without failing', () => {
    const body = Buffer.concat([
      Buffer.from('<html><body><article><p>Caf'),
      Buffer.from([0xe9, 0xff, 0xfe, 0x80]),
      Buffer.from(' au lait, the price rose again this week in every café of the old town, owners say.</p></article></body></html>'),
    ]);
    const html = decodeBody(body, { kind: 'html', contentType: 'text/html; charset=utf-8' }).text;
    const article = extracted(html);
    assert.match(article.text, /au lait, the price rose/);
  });

  it('handles binary garbage as a page without text', () => {
    const bytes = Buffer.from(Array.from({ length: 200_000 }, (_, index) => (index * 7919) % 256));
    const result = extractArticle(bytes.toString('latin1'));
    assert.ok(result.ok || result.error.code === 'no-text');
  });
});
