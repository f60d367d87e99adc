import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeDate } from './dates.js';
import { readJsonLd } from './json-ld.js';
import { buildLightTree } from './light-tree.js';
import { cleanTitle, readMetadata, siteNameFromTitle } from './metadata.js';
import { collectPageHints } from './page-hints.js';

function metadataOf(html: string, url: string | null = 'https://news.example/a/b') {
  const document = buildLightTree(html);
  return readMetadata(document.head, collectPageHints(document.root), url);
}

describe('normalizeDate', () => {
  it('reads ISO 8601 with offsets, RFC 2822 and day.month.year', () => {
    assert.equal(normalizeDate('2024-05-03T10:00:00+02:00'), '2024-05-03T08:00:00.000Z');
    assert.equal(normalizeDate('2024-05-03'), '2024-05-03T00:00:00.000Z');
    assert.equal(normalizeDate('Fri, 03 May 2024 10:00:00 GMT'), '2024-05-03T10:00:00.000Z');
    assert.equal(normalizeDate('03.05.2024, 14:30'), '2024-05-03T14:30:00.000Z');
  });

  it('refuses template defaults and far-future dates', () => {
    assert.equal(normalizeDate('1970-01-01T00:00:00Z'), null);
    assert.equal(normalizeDate('2999-01-01'), null);
    assert.equal(normalizeDate('yesterday'), null);
  });
});

describe('readJsonLd', () => {
  it('prefers the article node of a @graph and survives a broken block', () => {
    const article = readJsonLd([
      '{ broken',
      JSON.stringify({
        '@graph': [
          { '@type': 'WebPage', name: 'Page' },
          {
            '@type': ['NewsArticle'],
            headline: 'H',
            author: { name: 'A' },
            isAccessibleForFree: 'False',
            publisher: { '@type': 'Organization', name: 'P' },
          },
        ],
      }),
    ]);
    assert.equal(article?.headline, 'H');
    assert.deepEqual(article?.authors, ['A']);
    assert.equal(article?.publisher, 'P');
    assert.equal(article?.accessibleForFree, false);
  });
});

describe('readMetadata', () => {
  it('falls back from OpenGraph to meta tags, <time> and the document title', () => {
    const metadata =
      metadataOf(`<html lang="fr"><head><title>Le budget est voté | Journal du Port</title><meta name="author" content="Par Claire Dubois"></head>
      <body><article><h1>Le budget est voté</h1><time datetime="2024-11-02T18:00:00+01:00">2 novembre</time></article></body></html>`);
    assert.equal(metadata.title, 'Le budget est voté');
    assert.equal(metadata.siteName, 'Journal du Port');
    assert.equal(metadata.byline, 'Claire Dubois');
    assert.equal(metadata.published, '2024-11-02T17:00:00.000Z');
    assert.equal(metadata.declaredLanguage, 'fr');
  });

  it('resolves the canonical URL and the lead image against the page address', () => {
    const metadata = metadataOf(
      '<html><head><link rel="canonical" href="/story/1"><meta property="og:image" content="img/lead.jpg"></head><body></body></html>',
    );
    assert.equal(metadata.canonicalUrl, 'https://news.example/story/1');
    assert.equal(metadata.leadImage, 'https://news.example/story/img/lead.jpg');
  });

  it('ignores a javascript: canonical link', () => {
    assert.equal(metadataOf('<html><head><link rel="canonical" href="javascript:alert(1)"></head></html>').canonicalUrl, null);
  });
});

describe('title helpers', () => {
  it('strips the site name from a document title', () => {
    assert.equal(cleanTitle('Storm closes the coast road - Coastline Courier', 'Coastline Courier'), 'Storm closes the coast road');
    assert.equal(siteNameFromTitle('Storm closes the coast road | Courier', 'Storm closes the coast road'), 'Courier');
  });
});
