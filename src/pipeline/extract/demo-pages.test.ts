import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { loadDemoCorpus } from '../../demo/corpus.js';
import { renderArticlePage } from '../../demo/render-page.js';
import { decodeBody } from '../../shared/charset.js';
import { extractArticle } from './index.js';

const corpus = loadDemoCorpus(join(import.meta.dirname, '../../../demo'));
const BASE = 'http://127.0.0.1:8080';

// Strings only the page chrome carries: navigation, cookie banner, ads, related links, newsletter promos, share tools, footer.
const CHROME = [
  'We use cookies',
  'Accept all',
  '我们使用 Cookie',
  'Advertisement',
  'book a demo with our sales team',
  '广告',
  'Related coverage',
  '相关阅读',
  'Sign up for the daily briefing',
  '订阅我们的每日简报',
  'Get the briefing every weekday morning',
  'Newsletters',
  'Tweet',
  'All rights reserved',
  'Privacy',
  'Comments',
  '读者评论',
];

describe('extractArticle on the demo newsroom', () => {
  const firstOfEachOutlet = corpus.outlets.map((outlet) => corpus.articles.find((article) => article.outlet === outlet)!).filter(Boolean);

  for (const article of firstOfEachOutlet) {
    it(`${article.outlet.id}: body paragraphs in, chrome out`, () => {
      const page = renderArticlePage(BASE, article, corpus);
      const bytes = article.outlet.encoding ? iconv.encode(page, article.outlet.encoding) : Buffer.from(page);
      const html = decodeBody(bytes, { kind: 'html', contentType: `text/html; charset=${article.outlet.encoding ?? 'utf-8'}` }).text;
      const result = extractArticle(html, { url: `${BASE}/${article.outlet.id}/${article.slug}` });
      assert.ok(result.ok);
      const { text, title, byline, language, partial } = result.value;
      for (const paragraph of article.body) assert.ok(text.includes(paragraph), `missing paragraph: ${paragraph.slice(0, 60)}`);
      for (const chrome of CHROME) assert.ok(!text.includes(chrome), `text leaks "${chrome}"`);
      for (const comment of article.comments) assert.ok(!text.includes(comment.text), `text leaks a comment: ${comment.text.slice(0, 40)}`);
      assert.equal(title, article.title.replace(/\s+/g, ' '));
      assert.equal(byline, article.author);
      assert.equal(language, article.outlet.language);
      assert.equal(partial, false);
    });
  }
});
