/** The demo newsroom meets the size and variety the foundation issue asks of it, and its gold is current. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { loadDemoCorpus } from '../../src/demo/corpus.js';

const demoDir = join(import.meta.dirname, '../../demo');
const corpus = loadDemoCorpus(demoDir);

describe('demo corpus', () => {
  it('passes the corpus validator', () => {
    execFileSync(process.execPath, [join(demoDir, 'tools/validate.mjs')], { stdio: 'pipe' });
  });

  it('has a gold file in step with the story files', () => {
    execFileSync(process.execPath, [join(demoDir, 'tools/build-gold.mjs'), '--check'], { stdio: 'pipe' });
  });

  it('has at least 14 outlets, 4 of them Chinese-language, in all four feed formats, one summary-only', () => {
    assert.ok(corpus.outlets.length >= 14);
    assert.ok(corpus.outlets.filter((o) => o.language === 'zh').length >= 4);
    assert.deepEqual(new Set(corpus.outlets.map((o) => o.feed)), new Set(['rss2', 'atom', 'json', 'rdf']));
    assert.ok(corpus.outlets.some((o) => o.summaryOnly));
  });

  it('has at least 180 articles over at least four weeks', () => {
    assert.ok(corpus.articles.length >= 180, `${corpus.articles.length} articles`);
    const times = corpus.articles.map((a) => Date.parse(a.published));
    const weeks = (Math.max(...times) - Math.min(...times)) / (7 * 86400_000);
    assert.ok(weeks >= 4, `${weeks.toFixed(1)} weeks`);
  });

  it('has at least 35 multi-source stories of 2–7 articles and 8 covered in English and Chinese', () => {
    const multi = corpus.stories.filter((s) => s.articles.length >= 2);
    assert.ok(multi.length >= 35, `${multi.length} multi-source stories`);
    assert.ok(multi.every((s) => s.articles.length <= 7));
    const bilingual = corpus.stories.filter((s) => new Set(s.articles.map((a) => a.language)).size >= 2 && s.articles.some((a) => a.language === 'zh'));
    assert.ok(bilingual.length >= 8, `${bilingual.length} bilingual stories`);
  });

  it('has syndicated copies and every kind of link variant', () => {
    assert.ok(corpus.articles.filter((a) => a.syndicatedFrom).length >= 3);
    const variants = new Set(corpus.articles.map((a) => a.linkVariant).filter(Boolean));
    assert.deepEqual(variants, new Set(['utm', 'slash', 'amp', 'repost']));
  });

  it('gives every story dated events', () => {
    for (const story of corpus.stories) assert.ok(story.events.length > 0, story.id);
  });

  it('writes GBK and Big5 outlets with characters their encodings can carry', () => {
    for (const article of corpus.articles.filter((a) => a.outlet.encoding)) {
      const encoding = article.outlet.encoding as string;
      const text = [article.title, article.summary, article.author, ...article.body, ...article.comments.map((c) => c.text)].join('\n');
      const roundTrip = iconv.decode(iconv.encode(text, encoding), encoding);
      assert.equal(roundTrip, text, `${article.id} has characters ${encoding} cannot encode`);
    }
  });
});
