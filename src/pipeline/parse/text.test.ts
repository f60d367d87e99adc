import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToLine, htmlToText, isRichMarkup, textToHtml } from './text.js';

describe('text helpers', () => {
  it('turns HTML into plain text with paragraph breaks, skipping scripts', () => {
    assert.equal(htmlToText('<p>One &amp; <b>two</b></p><p>Three<script>x()</script></p>'), 'One & two\n\nThree');
    assert.equal(htmlToText('if a < b then c'), 'if a < b then c');
    assert.equal(htmlToText('   '), null);
  });

  it('makes one-line titles', () => {
    assert.equal(htmlToLine('Big\n  <em>news</em>&nbsp;today'), 'Big news today');
  });

  it('escapes text into paragraphs', () => {
    assert.equal(textToHtml('a < b\nstill\n\nnext'), '<p>a &lt; b<br>still</p><p>next</p>');
  });

  it('calls a description rich only with block markup and some length', () => {
    assert.equal(isRichMarkup('<img src="x.png">'), false);
    assert.equal(isRichMarkup('plain words '.repeat(40)), false);
    assert.equal(isRichMarkup(`<p>${'words '.repeat(40)}</p>`), true);
  });
});
