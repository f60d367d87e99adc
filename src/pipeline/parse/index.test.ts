import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import type { ParsedFeed } from '../../domain/feed.js';
import { parseFeed } from './index.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));

function parsed(body: Buffer | string, options: Parameters<typeof parseFeed>[1] = {}): ParsedFeed {
  const result = parseFeed(body, options);
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  return result.value;
}

describe('parseFeed: RSS 2.0', () => {
  const feed = parsed(fixture('rss20-full.xml'), { url: 'https://gazette.example/feed.xml' });
  const [ferry, seawall, untitled] = feed.items;

  it('reads the channel', () => {
    assert.deepEqual(
      { format: feed.format, version: feed.version, title: feed.title, link: feed.link, language: feed.language, encoding: feed.encoding },
      {
        format: 'rss',
        version: '2.0',
        title: 'Harbor Town Gazette & Almanac',
        link: 'https://gazette.example/',
        language: 'en-us',
        encoding: 'utf-8',
      },
    );
    assert.equal(feed.feedUrl, 'https://gazette.example/feed.xml');
    assert.equal(feed.image, 'https://gazette.example/static/logo.png');
    assert.deepEqual(feed.authors, [{ name: 'Mara Quill', email: 'desk@gazette.example', uri: null }]);
    assert.equal(feed.updated, '2026-10-14T10:05:00Z');
  });

  it('decodes HTML entities XML does not define, and says so', () => {
    assert.equal(ferry?.title, 'Ferry schedule changes for the winter season été edition');
    assert.equal(feed.wellFormed, false);
    assert.ok(feed.warnings.some((warning) => /&nbsp;/.test(warning)));
  });

  it('keeps the trimmed guid as id and resolves the link against xml:base', () => {
    assert.equal(ferry?.id, 'gazette-4411');
    assert.equal(ferry?.link, 'https://gazette.example/news/2026/10/ferry-schedule');
  });

  it('reads content:encoded with absolute URLs, description as summary, dc:creator, categories, enclosures, duration', () => {
    assert.equal(ferry?.summary, 'The morning ferry moves to 7:15.');
    assert.match(ferry?.contentHtml ?? '', /href="https:\/\/gazette\.example\/timetables\/winter"/);
    assert.match(ferry?.contentHtml ?? '', /src="https:\/\/gazette\.example\/news\/img\/ferry\.jpg"/);
    assert.deepEqual(ferry?.authors, [{ name: 'Ines Okafor', email: null, uri: null }]);
    assert.deepEqual(ferry?.categories, ['Transport', 'Harbor']);
    assert.deepEqual(ferry?.enclosures, [
      { url: 'https://cdn.gazette.example/audio/ferry.mp3', type: 'audio/mpeg', length: 2048000 },
      { url: 'https://cdn.gazette.example/img/ferry-large.jpg', type: 'image/jpeg', length: null },
    ]);
    assert.equal(ferry?.durationSeconds, 750);
    assert.equal(ferry?.published, '2026-10-14T09:30:00Z');
  });

  it('strips tags from titles, parses "email (Name)", and uses a long rich description as content', () => {
    assert.equal(seawall?.title, 'Council approves new seawall budget');
    assert.deepEqual(seawall?.authors, [{ name: 'Tomas Reyes', email: 'council@gazette.example', uri: null }]);
    assert.equal(seawall?.id, 'https://gazette.example/2026/10/seawall', 'no guid: the canonical link, tracking parameters dropped');
    assert.equal(seawall?.link, 'https://gazette.example/2026/10/seawall?utm_source=rss', 'the link itself is not canonicalised');
    assert.equal(seawall?.published, '2026-10-13T22:00:00Z');
    assert.match(seawall?.contentHtml ?? '', /^<p>After three hours/);
    assert.match(seawall?.summary ?? '', /\n\nResidents can comment/);
  });

  it('gives an item with no guid or link a stable hashed id, and refuses an impossible date', () => {
    assert.match(untitled?.id ?? '', /^[0-9a-f]{16}$/);
    assert.equal(untitled?.id, parsed(fixture('rss20-full.xml')).items[2]?.id);
    assert.equal(untitled?.published, null);
    assert.ok(feed.warnings.some((warning) => /impossible date "31 Feb 2026/.test(warning)));
  });
});

describe('parseFeed: other formats', () => {
  it('reads RSS 0.91 with a Latin-1 declaration and HTML entities', () => {
    const feed = parsed(iconv.encode(fixture('rss091-legacy.xml').toString('utf8'), 'latin1'));
    assert.deepEqual([feed.version, feed.encoding, feed.title, feed.language], ['0.91', 'windows-1252', 'Café Notes', 'fr']);
    assert.equal(feed.items[0]?.summary, 'Soupe du jour & tarte aux pommes.');
  });

  it('reads RSS 1.0 (RDF) with Dublin Core', () => {
    const feed = parsed(fixture('rdf10.xml'));
    assert.deepEqual([feed.format, feed.version, feed.language], ['rdf', '1.0', 'en']);
    assert.equal(feed.items.length, 2);
    assert.deepEqual(feed.items[0]?.authors, [{ name: 'Priya Nand', email: null, uri: null }]);
    assert.equal(feed.items[0]?.published, '2026-10-14T19:00:00Z');
    assert.deepEqual(feed.items[0]?.categories, ['Meteors']);
    assert.equal(feed.items[1]?.id, 'https://observatory.example/b/18', 'rdf:about identifies an item without a link');
  });

  it('reads Atom 1.0: xml:base, xhtml content, inherited authors, labels, enclosure links, media:group', () => {
    const feed = parsed(fixture('atom10.xml'), { url: 'https://lab.example/feed' });
    const [readings, note] = feed.items;
    assert.deepEqual([feed.format, feed.version, feed.title, feed.language], ['atom', '1.0', 'Lab Journal (beta)', 'en-GB']);
    assert.equal(feed.link, 'https://lab.example/journal/');
    assert.equal(feed.feedUrl, 'https://lab.example/journal/feed.atom');
    assert.equal(readings?.link, 'https://lab.example/journal/entries/41');
    assert.equal(readings?.contentHtml, '<p>See <a href="https://lab.example/journal/entries/41/chart">the chart</a> for details.</p>');
    assert.equal(readings?.summary, 'Readings rose & fell with the spring tide.');
    assert.deepEqual(readings?.categories, ['Salinity', 'weekly']);
    assert.deepEqual(readings?.enclosures, [{ url: 'https://lab.example/journal/data/week41.csv', type: 'text/csv', length: 5120 }]);
    assert.equal(readings?.authors[0]?.uri, 'https://lab.example/people/ana');
    assert.deepEqual(note?.authors, [{ name: 'Lab Team', email: 'team@lab.example', uri: null }]);
    assert.equal(note?.published, '2026-10-12T09:00:00Z', 'published falls back to updated');
    assert.equal(note?.summary, 'Photo of the new pump.');
    assert.equal(note?.contentHtml, '<p>The pump was <em>replaced</em>.</p>');
  });

  it('reads Atom 0.3: issued/modified, escaped titles, base64 content', () => {
    const feed = parsed(fixture('atom03.xml'));
    assert.deepEqual([feed.version, feed.description], ['0.3', 'Kept since the early days']);
    assert.equal(feed.items[0]?.title, 'Grinding rye');
    assert.equal(feed.items[0]?.published, '2004-03-01T15:00:00Z');
    assert.equal(feed.items[0]?.contentHtml, '<p>Rye needs a slower stone.</p>');
  });

  it('reads JSON Feed 1.1 and 1.0, escaping content_text into paragraphs', () => {
    const v11 = parsed(fixture('jsonfeed11.json'), { url: 'https://trams.example/feed.json' });
    assert.deepEqual([v11.format, v11.version, v11.language], ['json', '1.1', 'de']);
    assert.equal(v11.items[0]?.link, 'https://trams.example/notes/line-4-detour');
    assert.match(v11.items[0]?.contentHtml ?? '', /href="https:\/\/trams\.example\/map\/4"/);
    assert.equal(v11.items[0]?.published, '2026-10-14T04:00:00Z');
    assert.equal(v11.items[1]?.id, '42');
    assert.equal(v11.items[1]?.contentHtml, '<p>Night trams resume Friday.</p><p>Check the board for times.</p>');
    const v10 = parsed(fixture('jsonfeed10.json'));
    assert.equal(v10.version, '1.0');
    assert.deepEqual(v10.items[0]?.authors, [{ name: 'Lena Park', email: null, uri: null }]);
  });

  it('reads a GBK feed from its bytes and places its zone-less dates in UTC+8', () => {
    const xml = `<?xml version="1.0" encoding="gb2312"?><rss version="2.0"><channel><title>新华网 – 要闻</title><language>zh-cn</language>
      <item><title>国务院召开常务会议</title><link>http://news.example.cn/2026/1014/a.htm</link><pubDate>2026-10-14 09:30:00</pubDate></item></channel></rss>`;
    const feed = parsed(iconv.encode(xml, 'gbk'));
    assert.equal(feed.encoding, 'gb18030');
    assert.equal(feed.title, '新华网 – 要闻');
    assert.equal(feed.items[0]?.title, '国务院召开常务会议');
    assert.equal(feed.items[0]?.published, '2026-10-14T01:30:00Z');
  });

  it('recovers items from a malformed feed and names the problems', () => {
    const feed = parsed(fixture('malformed.xml'));
    assert.equal(feed.wellFormed, false);
    assert.deepEqual(
      feed.items.map((item) => item.title),
      ['Dumpling stall opens … finally', 'Lantern parade © 2026 &foo; night'],
    );
    assert.ok(feed.warnings.some((warning) => /line 6/.test(warning)));
    assert.ok(feed.warnings.some((warning) => /&foo;/.test(warning)));
    assert.ok(feed.warnings.some((warning) => /ends inside <channel>/.test(warning)));
  });

  it('parses a billion-laughs feed without expanding it', () => {
    let subset = '<!ENTITY a0 "ha">';
    for (let level = 1; level < 10; level++) subset += `<!ENTITY a${level} "${`&a${level - 1};`.repeat(10)}">`;
    const feed = parsed(`<?xml version="1.0"?><!DOCTYPE rss [${subset}]><rss version="2.0"><channel><title>&a9;</title></channel></rss>`);
    assert.equal(feed.title, '&a9;');
  });
});

describe('parseFeed: robustness', () => {
  it('resolves relative links against the feed URL when there is no xml:base, and keeps them when there is no URL', () => {
    const xml = '<rss version="2.0"><channel><title>t</title><item><title>a</title><link>/posts/1</link></item></channel></rss>';
    assert.equal(parsed(xml, { url: 'https://blog.example/feed/' }).items[0]?.link, 'https://blog.example/posts/1');
    assert.equal(parsed(xml).items[0]?.link, '/posts/1');
  });

  it('refuses javascript: links', () => {
    const xml = '<rss version="2.0"><channel><item><title>a</title><link>javascript:alert(1)</link></item></channel></rss>';
    assert.equal(parsed(xml, { url: 'https://blog.example/feed' }).items[0]?.link, null);
  });

  it('never throws on truncated or garbled feeds', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const name of ['rss20-full.xml', 'atom10.xml', 'rdf10.xml', 'jsonfeed11.json', 'atom03.xml']) {
      const bytes = fixture(name);
      for (let cut = 0; cut < bytes.length; cut += 97)
        assert.doesNotThrow(() => parseFeed(bytes.subarray(0, cut)), `${name} cut at ${cut}`);
      for (let round = 0; round < 30; round++) {
        const garbled = Buffer.from(bytes);
        for (let flip = 0; flip < 8; flip++) garbled[Math.floor(random() * garbled.length)] = Math.floor(random() * 256);
        assert.doesNotThrow(() => parseFeed(garbled), `${name} garbled round ${round}`);
      }
    }
  });
});

describe('parseFeed: not a feed', () => {
  it('fails on an HTML page and names the feeds it links to', () => {
    const result = parseFeed(fixture('page-with-feeds.html'), { url: 'https://riverside.example/weekly/index.html' });
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'not-a-feed');
    assert.match(
      result.error.userMessage ?? '',
      /^The address returned a web page, not a feed: use the feed it links to: https:\/\/riverside\.example\/weekly\/feed\.rss/,
    );
  });

  it('fails on an empty body, JSON that is not a feed, OPML and unknown XML', () => {
    const cases: Array<[string, RegExp]> = [
      ['  \n ', /empty response/],
      ['{"status":"ok","items":"none"}', /JSON that is not a JSON Feed/],
      ['<opml version="2.0"><body><outline xmlUrl="https://a.example/rss"/></body></opml>', /OPML subscription list/],
      ['<note><to>Tove</to></note>', /XML document \(<note>\)/],
      ['just some words', /plain text/],
    ];
    for (const [body, message] of cases) {
      const result = parseFeed(body);
      assert.ok(!result.ok, body);
      assert.equal(result.error.code, 'not-a-feed');
      assert.match(result.error.userMessage ?? '', message);
      assert.match(result.error.message, /^parse: /);
    }
  });

  it('fails on broken JSON with its own code', () => {
    const result = parseFeed('{"version": "https://jsonfeed.org/version/1.1", "items": [');
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'malformed-json');
  });
});
