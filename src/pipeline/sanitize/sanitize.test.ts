import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTrackingPixel, safeUrl, sanitizeHtml } from './index.js';

describe('sanitizeHtml', () => {
  it('removes scripts, styles and their content', () => {
    assert.equal(sanitizeHtml('<p>a</p><script>alert(1)</script><style>p{color:red}</style><noscript>x</noscript>'), '<p>a</p>');
  });

  it('removes event handlers and style attributes', () => {
    assert.equal(sanitizeHtml('<p onclick="alert(1)" style="background:url(https://evil.example/x)" class="c" id="i">hi</p>'), '<p>hi</p>');
  });

  it('drops javascript:, vbscript: and data: links, even obfuscated', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      ' javascript:alert(1)',
      'java&#x09;script:alert(1)',
      '&#106;avascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
    ]) {
      const out = sanitizeHtml(`<a href="${href}">x</a>`);
      assert.equal(out, '<a rel="noopener noreferrer nofollow">x</a>', `${href} → ${out}`);
    }
  });

  it('drops data: images and keeps http ones', () => {
    assert.equal(
      sanitizeHtml('<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="a"><img src="https://cdn.example/a.jpg" alt="b">'),
      '<img src="https://cdn.example/a.jpg" alt="b">',
    );
  });

  it('removes forms, inputs, iframes, objects and embeds', () => {
    const out = sanitizeHtml(
      '<form action="https://evil.example"><input name="q"><button>Go</button><textarea>t</textarea><select><option>o</option></select></form><iframe src="https://evil.example"></iframe><object data="x.swf"></object><embed src="x.swf"><p>kept</p>',
    );
    assert.equal(out, '<p>kept</p>');
  });

  it('marks every link noopener noreferrer nofollow and resolves relative URLs', () => {
    assert.equal(
      sanitizeHtml('<a href="/story?id=1" target="_blank" rel="opener">s</a><img src="../img/a.png" alt="">', {
        baseUrl: 'https://news.example/section/page.html',
      }),
      '<a href="https://news.example/story?id=1" rel="noopener noreferrer nofollow">s</a><img src="https://news.example/img/a.png" alt="">',
    );
  });

  it('drops tracking pixels by size and by host', () => {
    assert.equal(
      sanitizeHtml(
        '<p>x<img src="https://cdn.example/p.gif" width="1" height="1"><img src="https://www.google-analytics.com/collect?v=1"><img src="https://feeds.feedburner.com/~r/site/~4/abc"></p>',
      ),
      '<p>x</p>',
    );
  });

  it('keeps ordinary article markup', () => {
    const html =
      '<h2>Title</h2><p>Text with <strong>bold</strong>, <em>emphasis</em> and <code>code</code>.</p><ul><li>one</li></ul><blockquote cite="https://a.example/">q</blockquote><table><tr><td colspan="2">cell</td></tr></table>';
    assert.equal(sanitizeHtml(html), html);
  });

  it('neutralises markup hidden in text and comments', () => {
    const out = sanitizeHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt;<!-- <script>alert(2)</script> --></p>');
    assert.equal(out, '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('drops SVG and MathML with their content', () => {
    assert.equal(sanitizeHtml('<svg onload="alert(1)"><script>alert(2)</script></svg><math><mtext>x</mtext></math>ok'), 'ok');
  });
});

describe('safeUrl and isTrackingPixel', () => {
  it('allows http, https and mailto links only', () => {
    assert.equal(safeUrl('mailto:desk@news.example', 'link'), 'mailto:desk@news.example');
    assert.equal(safeUrl('mailto:desk@news.example', 'image'), null);
    assert.equal(safeUrl('file:///etc/passwd', 'link'), null);
    assert.equal(safeUrl('/relative', 'link'), '/relative');
    assert.equal(safeUrl('//evil.example/x', 'link'), null);
  });

  it('recognises 1×1 images and counting paths', () => {
    assert.equal(isTrackingPixel({ src: 'https://a.example/i.png', width: '1', height: '1' }), true);
    assert.equal(isTrackingPixel({ src: 'https://a.example/beacon.gif' }), true);
    assert.equal(isTrackingPixel({ src: 'https://a.example/photo.jpg', width: '640' }), false);
  });
});
