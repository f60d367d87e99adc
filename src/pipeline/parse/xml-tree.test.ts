import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkWellFormed } from './xml-check.js';
import { blankDoctype, buildXmlTree, lineAt } from './xml-tree.js';
import { childNamed, markupOf, textOf, type XmlElement } from './xml-node.js';

function billionLaughs(): string {
  let declarations = '<!ENTITY lol0 "lol">\n';
  for (let level = 1; level <= 9; level++) declarations += `<!ENTITY lol${level} "${`&lol${level - 1};`.repeat(10)}">\n`;
  return `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${declarations}]>\n<rss version="2.0"><channel><title>&lol9;</title></channel></rss>`;
}

function child(parent: XmlElement | null, ...path: string[]): XmlElement {
  let current = parent;
  for (const name of path)
    current = current
      ? (current.children.find((node): node is XmlElement => node.type === 'element' && node.local === name) ?? null)
      : null;
  assert.ok(current, `missing ${path.join('/')}`);
  return current;
}

describe('buildXmlTree', () => {
  it('never expands DTD entities: a billion-laughs file stays the size it was written', () => {
    const before = process.memoryUsage().heapUsed;
    const tree = buildXmlTree(billionLaughs(), null);
    const title = textOf(child(tree.root, 'channel', 'title'));
    assert.equal(title, '&lol9;');
    assert.equal(tree.doctype?.declaresEntities, true);
    assert.ok(process.memoryUsage().heapUsed - before < 64 * 1024 * 1024, 'memory stays bounded');
    const verdict = checkWellFormed(tree);
    assert.ok(verdict.warnings.some((warning) => /DOCTYPE with entity declarations ignored/.test(warning)));
  });

  it('never resolves external entities or XInclude', () => {
    const text = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss xmlns:xi="http://www.w3.org/2001/XInclude"><channel><title>&secret;</title><xi:include href="file:///etc/hosts"/></channel></rss>`;
    const tree = buildXmlTree(text, null);
    const channel = child(tree.root, 'channel');
    assert.equal(textOf(child(channel, 'title')), '&secret;');
    assert.equal(textOf(child(channel, 'include')), '');
  });

  it('expands XML, numeric and HTML named entities, and reports the HTML ones', () => {
    const tree = buildXmlTree('<t>a&amp;b &lt;i&gt; &#233;&#x4E2D; caf&eacute;&nbsp;x &#0; &bogus;</t>', null);
    assert.equal(textOf(tree.root!), 'a&b <i> é中 café\u00a0x \uFFFD &bogus;');
    assert.deepEqual([...tree.entities.htmlNamed.keys()], ['eacute', 'nbsp']);
    assert.deepEqual([...tree.entities.unknown.keys()], ['bogus']);
    assert.equal(tree.entities.invalidNumeric?.count, 1);
    assert.equal(checkWellFormed(tree).wellFormed, false);
  });

  it('keeps CDATA verbatim and serialises inline markup', () => {
    const tree = buildXmlTree('<item><a><![CDATA[<p>x &amp; y</p>]]></a><b>one <i>two</i> &amp; three</b></item>', null);
    assert.equal(markupOf(child(tree.root, 'a')), '<p>x &amp; y</p>');
    assert.equal(markupOf(child(tree.root, 'b')), 'one <i>two</i> &amp; three');
  });

  it('resolves namespaces by URI, whatever the prefix, and guesses undeclared conventional ones', () => {
    const text =
      '<rss xmlns:d="http://purl.org/dc/elements/1.1/"><channel><d:creator>A</d:creator><media:title>B</media:title></channel></rss>';
    const tree = buildXmlTree(text, null);
    const channel = child(tree.root, 'channel');
    assert.equal(childNamed(channel, 'dc', 'creator') && textOf(childNamed(channel, 'dc', 'creator')!), 'A');
    assert.equal(childNamed(channel, 'media', 'title') && textOf(childNamed(channel, 'media', 'title')!), 'B');
    assert.deepEqual([...tree.undeclaredPrefixes.keys()], ['media']);
  });

  it('resolves xml:base along the ancestors, starting from the document URL', () => {
    const text = '<feed xml:base="/blog/"><entry xml:base="2026/"><content xml:base="post/">x</content></entry></feed>';
    const tree = buildXmlTree(text, 'https://site.example/feeds/main.xml');
    assert.equal(tree.root?.base, 'https://site.example/blog/');
    assert.equal(child(tree.root, 'entry', 'content').base, 'https://site.example/blog/2026/post/');
    assert.equal(child(tree.root, 'entry').hasXmlBase, true);
  });

  it('recovers what a truncated or mis-nested document holds, and says what was wrong', () => {
    const tree = buildXmlTree(
      '<rss><channel><item><title>One</title><description><p>open <b>bold</description></item><item><title>Two',
      null,
    );
    const channel = child(tree.root, 'channel');
    const titles = channel.children
      .filter((node): node is XmlElement => node.type === 'element')
      .map((item) => textOf(child(item, 'title')));
    assert.deepEqual(titles, ['One', 'Two']);
    const verdict = checkWellFormed(tree);
    assert.equal(verdict.wellFormed, false);
    assert.ok(verdict.warnings.some((warning) => /line 1/.test(warning)));
    assert.ok(verdict.warnings.some((warning) => /ends inside <title>/.test(warning)));
  });

  it('drops control characters XML forbids and counts them', () => {
    const tree = buildXmlTree('<t>ab\u0008cd\u0001</t>', null);
    assert.equal(textOf(tree.root!), 'abcd');
    assert.equal(tree.illegalCharacters?.count, 2);
    assert.equal(checkWellFormed(tree).wellFormed, false);
  });

  it('caps nesting depth so hostile documents cannot exhaust the stack', () => {
    const tree = buildXmlTree(`${'<a>'.repeat(5000)}x${'</a>'.repeat(5000)}`, null);
    assert.equal(tree.depthExceeded, true);
    const verdict = checkWellFormed(tree);
    assert.equal(verdict.wellFormed, false);
    assert.ok(
      verdict.warnings.every((warning) => warning.length < 400),
      'warnings stay short',
    );
  });
});

describe('blankDoctype and lineAt', () => {
  it('blanks a DOCTYPE with an internal subset but keeps line numbers', () => {
    const text = '<?xml version="1.0"?>\n<!DOCTYPE x [\n<!ENTITY a "]>">\n]>\n<x/>';
    const blanked = blankDoctype(text);
    assert.equal(blanked.text.length, text.length);
    assert.ok(!blanked.text.includes('ENTITY'));
    assert.equal(lineAt(blanked.text, blanked.text.indexOf('<x/>')), 5);
  });
});
