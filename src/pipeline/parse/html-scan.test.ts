import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Parser } from 'htmlparser2';
import { scanHtml } from './html-scan.js';

// Marks tag events apart from text, which may itself start with "<".
const TAG = '\u0000';

function recorder(): { events: string[]; open(name: string): void; close(name: string): void; text(data: string): void } {
  const events: string[] = [];
  return {
    events,
    open: (name) => events.push(`${TAG}<${name}>`),
    close: (name) => events.push(`${TAG}</${name}>`),
    text: (data) => events.push(data),
  };
}

// Events compared with text runs joined (htmlparser2 splits them at references) and the closes at the very end dropped:
// scanHtml does not report the elements left open, whose line breaks htmlToText would only trim away.
function normalized(events: string[]): string[] {
  const joined: string[] = [];
  for (const event of events) {
    const last = joined.length - 1;
    if (last >= 0 && !event.startsWith(TAG) && !joined[last]!.startsWith(TAG)) joined[last] += event;
    else joined.push(event);
  }
  while (joined.length > 0 && joined[joined.length - 1]!.startsWith(`${TAG}</`)) joined.pop();
  return joined;
}

function htmlparser2Events(html: string): string[] {
  const events: string[] = [];
  const parser = new Parser(
    {
      onopentagname: (name) => events.push(`${TAG}<${name}>`),
      onclosetag: (name) => events.push(`${TAG}</${name}>`),
      ontext: (data) => events.push(data),
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return normalized(events);
}

const SUPPORTED = [
  '<p>One &amp; two</p><p>Three<br>four</br></p>',
  '<div><p>a<p>b<li>c<li>d</div></p>',
  '<a href="x>y" title=\'q"\'>link</a> <img src=x alt=y> <image> </image> AT&T Q&A &copy; &#8217; &#x2019;',
  '<table><tr><td>1<td>2<tr><td>3</table><form><form></form>',
  '<span =x>a</span><a b=>c</a><a / b>d</A><P/>e<noscript>hidden</noscript>f',
  'a < b > c &foo; &notin; &frac12;',
  '<!-- SC_OFF --><div class="md"><p>It&#39;s</p></div><!-- SC_ON --> tail <!-- a ---> b <!----> c',
];
const UNSUPPORTED = [
  '<!-->x',
  '<!--->x',
  '<!-- a --!> b -->',
  '<!-- open',
  '<script>x</script>',
  '<svg><p>x</p></svg>',
  '&copyx',
  '&#128;',
  '</ p>',
  '<b',
  '<title>x</title>',
];

describe('scanHtml', () => {
  for (const html of SUPPORTED) {
    it(`reports what htmlparser2 reports for ${JSON.stringify(html.slice(0, 50))}`, () => {
      const events = recorder();
      assert.equal(scanHtml(html, events), true);
      assert.deepEqual(normalized(events.events), htmlparser2Events(html));
    });
  }

  it('leaves odd comments, raw-text elements, SVG, legacy references and cut-off tags to htmlparser2', () => {
    for (const html of UNSUPPORTED) assert.equal(scanHtml(html, recorder()), false, html);
  });
});
