import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Markup, html } from './html.js';

// Called under another name: Prettier reformats templates tagged `html`, and these tests need their whitespace as written.
const markup = html;

describe('html', () => {
  it('escapes interpolated text and keeps markup as it is', () => {
    const out = markup`<p title="${'a "b" <c>'}">${'x < y & z'}${markup`<b>bold</b>`}</p>`;
    assert.equal(out.value, '<p title="a &quot;b&quot; &lt;c&gt;">x &lt; y &amp; z<b>bold</b></p>');
  });

  it("folds the template's own indentation to one newline per line break", () => {
    const out = markup`<ul>
        <li>one</li>

        <li>two</li>
      </ul>`;
    assert.equal(out.value, '<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
  });

  it('leaves whitespace inside interpolated values alone', () => {
    const comment = 'first line\n    indented second line';
    const out = markup`<textarea>${comment}</textarea>
      ${new Markup('<pre>  keep\n    this</pre>')}`;
    assert.equal(out.value, '<textarea>first line\n    indented second line</textarea>\n<pre>  keep\n    this</pre>');
  });

  it('keeps spaces within a line', () => {
    assert.equal(markup`<p>a  b <i>c</i> d</p>`.value, '<p>a  b <i>c</i> d</p>');
  });
});
