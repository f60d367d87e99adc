import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { absolutizeHtml } from './html-links.js';

describe('absolutizeHtml', () => {
  const base = 'https://news.example/2026/10/story/';

  it('rewrites relative href, src and srcset, leaving absolute URLs and fragments alone', () => {
    const html =
      '<a href="../index.html?a=1&amp;b=2">x</a><img src=pic.jpg srcset="small.jpg 1x, /big.jpg 2x"><a href="#notes">n</a><a href="mailto:x@news.example">m</a><img src="//cdn.example/i.png">';
    assert.equal(
      absolutizeHtml(html, base),
      '<a href="https://news.example/2026/10/index.html?a=1&amp;b=2">x</a><img src="https://news.example/2026/10/story/pic.jpg" srcset="https://news.example/2026/10/story/small.jpg 1x, https://news.example/big.jpg 2x"><a href="#notes">n</a><a href="mailto:x@news.example">m</a><img src="https://cdn.example/i.png">',
    );
  });

  it('returns the HTML unchanged without a usable base', () => {
    assert.equal(absolutizeHtml('<a href="x">x</a>', null), '<a href="x">x</a>');
    assert.equal(absolutizeHtml('<a href="x">x</a>', 'urn:feed'), '<a href="x">x</a>');
    assert.equal(absolutizeHtml(null, base), null);
  });
});
