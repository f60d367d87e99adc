import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkWellFormed } from './xml-check.js';
import { buildXmlTree, buildXmlTreeLeniently, type XmlTree } from './xml-tree.js';

// The strict scan must build exactly the lenient parser's tree and give exactly the validator's verdict; when it gives
// up, buildXmlTree takes the lenient path, so every case below must agree either way.
const CASES = [
  '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>A &amp; B</title><item><title>x</title></item></channel></rss>',
  '<rss><a>x<?pi data?>\n&amp; y</a></rss>',
  '<rss><a>x<!-- c ---> y</a><b><![CDATA[a]]]>b&amp;</b><c><![CDATA[]]></c></rss>',
  '<rss><a>x</a  >\n&lt;y</rss >\n',
  '<rss><a b=\'say "hi"\' c="it\'s" d = "e">x</a><e f="1"/><g h="2" /></rss>',
  '<rss><a>&#x41;&#65;&a_b;&1x;&nbsp;&bogus;</a><b href="&amp;x&nbsp;">&eacute;&#0;</b></rss>',
  '\n<?xml version="1.0"?>\n<rss><a>x</a></rss>',
  '\r\n<?xml?><rss/>',
  '<rss><é>x</é><中文 属性="1">y</中文></rss>',
  '<rss xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:a media:b="1">x</dc:a><item xmlns:dc="http://purl.org/dc/elements/1.1/"/></rss>',
  '<feed xml:base="/blog/" xmlns="http://www.w3.org/2005/Atom"><entry xml:base="2026/" xml:lang="en"><id>x</id></entry></feed>',
  `<rss>${'<a>'.repeat(250)}x&nbsp;${'</a>'.repeat(250)}</rss>`,
  '<!DOCTYPE rss [<!ENTITY x "y">]><rss>&x;</rss>',
  // Not well-formed: the scan gives up and the validator speaks.
  '<rss><a></b></a></rss>',
  '<rss><a b="1" b="2">y</a></rss>',
  '<rss><a b=c>y</a></rss>',
  '<rss>a < b</rss>',
  '<rss><a>&abcdefghijabcdefghijk;</a></rss>',
  '<rss></rss>x',
  '<rss><a>x<!-- c --!> still --> y</a></rss>',
  '<rss><item><title>One',
];

function comparable(tree: XmlTree): unknown {
  const { syntax: _syntax, ...rest } = tree;
  return rest;
}

describe('scanStrict', () => {
  for (const text of CASES) {
    it(`agrees with htmlparser2 and XMLValidator on ${JSON.stringify(text.slice(0, 60))}`, () => {
      const fast = buildXmlTree(text, 'https://site.example/feed.xml');
      const lenient = buildXmlTreeLeniently(text, 'https://site.example/feed.xml');
      assert.deepEqual(comparable(fast), comparable(lenient));
      assert.deepEqual(checkWellFormed(fast), checkWellFormed(lenient));
    });
  }

  it('reads well-formed feeds in its single pass, and leaves broken ones to the lenient parser', () => {
    assert.notEqual(buildXmlTree(CASES[0]!, null).syntax, null);
    assert.equal(buildXmlTree('<rss><a></b></a></rss>', null).syntax, null);
  });

  it('reports an XML declaration after leading whitespace as the validator does', () => {
    const verdict = checkWellFormed(buildXmlTree('\n<?xml version="1.0"?>\n<rss/>', null));
    assert.equal(verdict.wellFormed, false);
    assert.ok(verdict.warnings.includes('xml: XML declaration allowed only at the start of the document. (line 2, column 6)'));
  });
});
