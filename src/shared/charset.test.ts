import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { charsetFromContentType, decodeBody, normalizeCharset } from './charset.js';

const xml = (encoding: string, body: string): string =>
  `<?xml version="1.0" encoding="${encoding}"?><rss><channel><title>${body}</title></channel></rss>`;

describe('decodeBody', () => {
  it('honours a UTF-8 BOM over every declaration', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml('iso-8859-1', 'Café'), 'utf8')]);
    const decoded = decodeBody(bytes, { contentType: 'text/xml; charset=windows-1252', kind: 'xml' });
    assert.equal(decoded.encoding, 'utf-8');
    assert.ok(decoded.text.startsWith('<?xml'), 'the BOM is stripped');
    assert.ok(decoded.text.includes('Café'));
  });

  it('reads UTF-16 with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(xml('utf-16', '東京'), 'utf-16le')]);
    const decoded = decodeBody(bytes, { kind: 'xml' });
    assert.equal(decoded.encoding, 'utf-16le');
    assert.ok(decoded.text.includes('東京'));
  });

  it('prefers the Content-Type charset to the XML declaration', () => {
    const bytes = iconv.encode(xml('utf-8', 'Ελλάδα'), 'iso-8859-7');
    const decoded = decodeBody(bytes, { contentType: 'application/rss+xml; charset="ISO-8859-7"', kind: 'xml' });
    assert.equal(decoded.encoding, 'iso-8859-7');
    assert.ok(decoded.text.includes('Ελλάδα'));
  });

  it('uses the XML declaration when HTTP says nothing, treating gb2312 and gbk as gb18030', () => {
    for (const label of ['gb2312', 'GBK', 'gb18030']) {
      const bytes = iconv.encode(xml(label, '北京新闻：今日天气晴'), 'gb18030');
      const decoded = decodeBody(bytes, { contentType: 'text/xml', kind: 'xml' });
      assert.equal(decoded.encoding, 'gb18030', label);
      assert.ok(decoded.text.includes('北京新闻：今日天气晴'), label);
      assert.deepEqual(decoded.warnings, []);
    }
  });

  it('decodes Big5, Shift_JIS, EUC-KR, KOI8-R and windows-1251 declarations', () => {
    const cases: Array<[string, string]> = [
      ['big5', '臺北市政府'],
      ['shift_jis', '東京の天気'],
      ['euc-kr', '서울 뉴스'],
      ['koi8-r', 'Новости'],
      ['windows-1251', 'Україна'],
    ];
    for (const [label, text] of cases) {
      const decoded = decodeBody(iconv.encode(xml(label, text), label), { kind: 'xml' });
      assert.ok(decoded.text.includes(text), label);
    }
  });

  it('reads <meta charset> and http-equiv in HTML', () => {
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>Noël</body></html>';
    const decoded = decodeBody(iconv.encode(page, 'windows-1252'), { kind: 'html' });
    assert.equal(decoded.encoding, 'windows-1252');
    assert.ok(decoded.text.includes('Noël'));
    const short = decodeBody(iconv.encode('<meta charset="euc-jp"><p>日本語</p>', 'euc-jp'), { kind: 'html' });
    assert.equal(short.encoding, 'euc-jp');
    assert.ok(short.text.includes('日本語'));
  });

  it('maps iso-8859-1 to windows-1252, whose extra characters real feeds use', () => {
    const bytes = Buffer.from([...Buffer.from('<t>'), 0x93, 0x41, 0x94, 0x20, 0x80, ...Buffer.from('</t>')]);
    const decoded = decodeBody(bytes, { contentType: 'text/xml; charset=iso-8859-1', kind: 'xml' });
    assert.equal(decoded.text, '<t>\u201cA\u201d \u20ac</t>');
  });

  it('falls back to UTF-8 and warns about an unknown label', () => {
    const decoded = decodeBody(Buffer.from(xml('x-klingon', 'plain'), 'utf8'), { kind: 'xml' });
    assert.equal(decoded.encoding, 'utf-8');
    assert.match(decoded.warnings[0] ?? '', /unknown label "x-klingon"/);
  });

  it('rescues undeclared GBK bytes that are not valid UTF-8, with a warning', () => {
    const bytes = iconv.encode('<rss><channel><title>上海新闻联播：台风即将登陆</title></channel></rss>', 'gbk');
    const decoded = decodeBody(bytes, { kind: 'xml' });
    assert.equal(decoded.encoding, 'gb18030');
    assert.ok(decoded.text.includes('上海新闻联播：台风即将登陆'));
    assert.match(decoded.warnings[0] ?? '', /not valid UTF-8; decoded as gb18030/);
  });

  it('rescues undeclared Latin-1 bytes as windows-1252, with a warning', () => {
    const bytes = iconv.encode('<rss><channel><title>Últimas Notícias de São Paulo</title></channel></rss>', 'latin1');
    const decoded = decodeBody(bytes, { contentType: 'text/xml; charset=utf-8', kind: 'xml' });
    assert.equal(decoded.encoding, 'windows-1252');
    assert.ok(decoded.text.includes('Últimas Notícias de São Paulo'));
    assert.match(decoded.warnings[0] ?? '', /Content-Type said utf-8/);
  });

  it('ignores a UTF-16 declaration in a document that is plainly 8-bit', () => {
    const decoded = decodeBody(Buffer.from(xml('utf-16', 'ascii'), 'utf8'), { kind: 'xml' });
    assert.equal(decoded.encoding, 'utf-8');
    assert.ok(decoded.text.includes('ascii'));
  });
});

describe('charset helpers', () => {
  it('reads the charset parameter, quoted or not', () => {
    assert.equal(charsetFromContentType('text/html; charset=UTF-8'), 'UTF-8');
    assert.equal(charsetFromContentType('text/xml;charset="gbk"; foo=bar'), 'gbk');
    assert.equal(charsetFromContentType('application/json'), null);
    assert.equal(charsetFromContentType(null), null);
  });

  it('normalises labels and rejects unknown ones', () => {
    assert.equal(normalizeCharset('GB2312'), 'gb18030');
    assert.equal(normalizeCharset('cp1251'), 'windows-1251');
    assert.equal(normalizeCharset('Shift-JIS'), 'shift_jis');
    assert.equal(normalizeCharset('nonsense-8'), null);
  });
});

describe('UTF-8 with a few damaged bytes', () => {
  it('stays UTF-8 instead of turning into GB18030 mojibake', () => {
    const text = 'Schafskunde für Anfänger: Wolle, Weide und Pflege — ein Überblick über die Haltung. '.repeat(20);
    const bytes = Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf8')]);
    const decoded = decodeBody(bytes, { kind: 'html' });
    assert.equal(decoded.encoding, 'utf-8');
    assert.ok(decoded.text.includes('für Anfänger'));
    assert.match(decoded.warnings.join(' '), /invalid sequences/);
  });

  it('still recognises real GBK bytes', () => {
    const gbk = iconv.encode('赫利云签署核电购电协议，小型模块化反应堆为数据中心供电。'.repeat(10), 'gbk');
    const decoded = decodeBody(gbk, { kind: 'html' });
    assert.equal(decoded.encoding, 'gb18030');
    assert.ok(decoded.text.includes('数据中心'));
  });
});
