/**
 * Reads the HTML of feed fields (paragraphs, links, images, the odd entity) in one pass and reports the events
 * htmlparser2 would, in its HTML mode with entities decoded: open and close tags (implied closes included) and text.
 * Anything it cannot vouch for — declarations, raw-text elements (script, style, title…), SVG and MathML,
 * uncommon references, a tag cut off by the end — makes it give up (false), and the caller runs htmlparser2 instead.
 */
import { decodeHTMLStrict } from 'entities';

/** Receives the events, in document order. */
export interface HtmlEvents {
  open(name: string): void;
  close(name: string): void;
  text(data: string): void;
}

// htmlparser2 (Parser.js) tables, copied: the events depend on them.
const PARAGRAPH = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const TABLE_SECTIONS = new Set(['thead', 'tbody']);
const DEFINITIONS = new Set(['dd', 'dt']);
const RUBY = new Set(['rt', 'rp']);
/** Elements whose start tag closes open elements of these kinds first. */
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['p', PARAGRAPH],
  ['h1', HEADINGS],
  ['h2', HEADINGS],
  ['h3', HEADINGS],
  ['h4', HEADINGS],
  ['h5', HEADINGS],
  ['h6', HEADINGS],
  ['select', FORM_TAGS],
  ['input', FORM_TAGS],
  ['output', FORM_TAGS],
  ['button', FORM_TAGS],
  ['datalist', FORM_TAGS],
  ['textarea', FORM_TAGS],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DEFINITIONS],
  ['dt', DEFINITIONS],
  ['address', PARAGRAPH],
  ['article', PARAGRAPH],
  ['aside', PARAGRAPH],
  ['blockquote', PARAGRAPH],
  ['details', PARAGRAPH],
  ['div', PARAGRAPH],
  ['dl', PARAGRAPH],
  ['fieldset', PARAGRAPH],
  ['figcaption', PARAGRAPH],
  ['figure', PARAGRAPH],
  ['footer', PARAGRAPH],
  ['form', PARAGRAPH],
  ['header', PARAGRAPH],
  ['hr', PARAGRAPH],
  ['main', PARAGRAPH],
  ['nav', PARAGRAPH],
  ['ol', PARAGRAPH],
  ['pre', PARAGRAPH],
  ['section', PARAGRAPH],
  ['table', PARAGRAPH],
  ['ul', PARAGRAPH],
  ['rt', RUBY],
  ['rp', RUBY],
  ['tbody', TABLE_SECTIONS],
  ['tfoot', TABLE_SECTIONS],
]);
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/**
 * Names this reader leaves to htmlparser2: raw-text and RCDATA elements, foreign content (SVG, MathML) and the
 * elements that switch contexts inside it, and SVG names whose case htmlparser2 adjusts.
 */
const UNSUPPORTED = new Set([
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
  'script',
  'style',
  'title',
  'textarea',
  'xmp',
  'svg',
  'math',
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
  'foreignobject',
  'desc',
  'altglyph',
  'altglyphdef',
  'altglyphitem',
  'animatecolor',
  'animatemotion',
  'animatetransform',
  'clippath',
  'feblend',
  'fecolormatrix',
  'fecomponenttransfer',
  'fecomposite',
  'feconvolvematrix',
  'fediffuselighting',
  'fedisplacementmap',
  'fedistantlight',
  'fedropshadow',
  'feflood',
  'fefunca',
  'fefuncb',
  'fefuncg',
  'fefuncr',
  'fegaussianblur',
  'feimage',
  'femerge',
  'femergenode',
  'femorphology',
  'feoffset',
  'fepointlight',
  'fespecularlighting',
  'fespotlight',
  'fetile',
  'feturbulence',
  'glyphref',
  'lineargradient',
  'radialgradient',
  'textpath',
]);

/**
 * The 106 references HTML decodes without a ";" (the spec's legacy names). An "&" before letters that start none of
 * them is plain text; otherwise htmlparser2 decides.
 */
const LEGACY_REFERENCES = new Set(
  (
    'Aacute aacute Acirc acirc acute AElig aelig Agrave agrave amp AMP Aring aring Atilde atilde Auml auml brvbar ' +
    'Ccedil ccedil cedil cent copy COPY curren deg divide Eacute eacute Ecirc ecirc Egrave egrave ETH eth Euml euml ' +
    'frac12 frac14 frac34 gt GT Iacute iacute Icirc icirc iexcl Igrave igrave iquest Iuml iuml laquo lt LT macr ' +
    'micro middot nbsp not Ntilde ntilde Oacute oacute Ocirc ocirc Ograve ograve ordf ordm Oslash oslash Otilde ' +
    'otilde Ouml ouml para plusmn pound quot QUOT raquo reg REG sect shy sup1 sup2 sup3 szlig THORN thorn times ' +
    'Uacute uacute Ucirc ucirc Ugrave ugrave uml Uuml uuml Yacute yacute yen yuml'
  ).split(' '),
);

function startsWithLegacyReference(name: string): boolean {
  for (let length = 2; length <= 6 && length <= name.length; length++) {
    if (LEGACY_REFERENCES.has(name.slice(0, length))) return true;
  }
  return false;
}

const HASH = 0x23;
const SEMICOLON = 0x3b;
const SLASH = 0x2f;
const GREATER_THAN = 0x3e;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0c || code === 0x0d;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39);
}

/** Ends a tag name or a tag: whitespace, "/" or ">". */
function isEndOfTagSection(code: number): boolean {
  return code === SLASH || code === GREATER_THAN || isWhitespace(code);
}

/** Code points a numeric reference may name and decode to themselves (no replacement, no windows-1252 remapping). */
function isPlainCodePoint(codePoint: number): boolean {
  return (
    codePoint === 0x09 ||
    codePoint === 0x0a ||
    codePoint === 0x0d ||
    (codePoint >= 0x20 && codePoint <= 0x7e) ||
    (codePoint >= 0xa0 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/**
 * Decodes the text between tags. Supports "&" not starting a reference, complete named references ("&amp;",
 * "&eacute;") and numeric ones to plain code points; returns null for anything else (references without ";",
 * unknown names), whose legacy decoding is left to htmlparser2.
 */
function decodeText(html: string, start: number, end: number): string | null {
  let ampersand = html.indexOf('&', start);
  if (ampersand < 0 || ampersand >= end) return html.slice(start, end);
  let decoded = '';
  let copied = start;
  while (ampersand >= 0 && ampersand < end) {
    const first = html.charCodeAt(ampersand + 1);
    if (first === HASH) {
      let index = ampersand + 2;
      const hex = (html.charCodeAt(index) | 0x20) === 0x78;
      if (hex) index++;
      const digitsStart = index;
      let code = html.charCodeAt(index);
      while (index < end && index - digitsStart < 7 && (hex ? isAsciiAlphanumeric(code) : code >= 0x30 && code <= 0x39)) {
        code = html.charCodeAt(++index);
      }
      if (code !== SEMICOLON || index === digitsStart || index >= end) return null;
      const digits = html.slice(digitsStart, index);
      if (hex && !/^[0-9a-fA-F]+$/.test(digits)) return null;
      const codePoint = Number.parseInt(digits, hex ? 16 : 10);
      if (!isPlainCodePoint(codePoint)) return null;
      decoded += html.slice(copied, ampersand) + String.fromCodePoint(codePoint);
      copied = index + 1;
    } else if (isAsciiAlphanumeric(first)) {
      let index = ampersand + 1;
      let code = first;
      while (index < end && isAsciiAlphanumeric(code)) code = html.charCodeAt(++index);
      if (code !== SEMICOLON || index >= end) {
        // "AT&T", "Q&A": no reference unless a legacy name starts the run.
        if (startsWithLegacyReference(html.slice(ampersand + 1, index))) return null;
        ampersand = html.indexOf('&', index);
        continue;
      }
      const reference = html.slice(ampersand, index + 1);
      const character = decodeHTMLStrict(reference);
      if (character === reference) {
        // An unknown name is text too, unless a legacy name starts it ("&copyright;").
        if (startsWithLegacyReference(html.slice(ampersand + 1, index))) return null;
      } else {
        decoded += html.slice(copied, ampersand) + character;
        copied = index + 1;
      }
    }
    // Any other "&" is a literal ampersand, to htmlparser2 as to browsers.
    ampersand = html.indexOf('&', ampersand + 1);
  }
  return copied === start ? html.slice(start, end) : decoded + html.slice(copied, end);
}

/** Returns the offset just past the ">" ending the start tag whose attributes begin at `index`, or -1. */
function startTagEnd(html: string, index: number): number {
  const length = html.length;
  for (;;) {
    if (index >= length) return -1;
    let code = html.charCodeAt(index);
    if (code === GREATER_THAN) return index + 1;
    if (isWhitespace(code)) {
      index++;
      continue;
    }
    if (code === SLASH) {
      // htmlparser2's "self-closing" state: whitespace is skipped, ">" ends the tag, anything else is an attribute.
      index++;
      while (index < length && isWhitespace(html.charCodeAt(index))) index++;
      continue;
    }
    // An attribute name runs to "=", whitespace, "/" or ">" (its first character may be "=").
    code = html.charCodeAt(++index);
    while (index < length && !isEndOfTagSection(code) && code !== EQUALS) code = html.charCodeAt(++index);
    while (index < length && isWhitespace(code)) code = html.charCodeAt(++index);
    if (code !== EQUALS) continue;
    code = html.charCodeAt(++index);
    while (index < length && isWhitespace(code)) code = html.charCodeAt(++index);
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      const close = html.indexOf(code === DOUBLE_QUOTE ? '"' : "'", index + 1);
      if (close < 0) return -1;
      index = close + 1;
    } else {
      // Unquoted: to whitespace or ">".
      while (index < length && !isWhitespace(code) && code !== GREATER_THAN) code = html.charCodeAt(++index);
    }
  }
}

/** Reads a tag name at `start` (ended by whitespace, "/" or ">") as htmlparser2 names it: lowercased, image → img. */
function tagName(html: string, start: number, end: number): string {
  const name = html.slice(start, end).toLowerCase();
  return name === 'image' ? 'img' : name;
}

function openElement(name: string, stack: string[], events: HtmlEvents): void {
  // A second <form> inside a form is ignored altogether.
  if (name === 'form' && stack.includes('form')) return;
  const closes = OPEN_IMPLIES_CLOSE.get(name);
  if (closes) {
    while (stack.length > 0 && closes.has(stack[stack.length - 1]!)) events.close(stack.pop()!);
  }
  events.open(name);
  if (VOID_ELEMENTS.has(name)) events.close(name);
  else stack.push(name);
}

function closeElement(name: string, stack: string[], events: HtmlEvents): void {
  if (VOID_ELEMENTS.has(name)) {
    // </br> is read as <br>; other void end tags are ignored.
    if (name === 'br') {
      events.open('br');
      events.close('br');
    }
    return;
  }
  const position = stack.lastIndexOf(name);
  if (position >= 0) {
    while (stack.length > position) events.close(stack.pop()!);
  } else if (name === 'p') {
    // A </p> with no open paragraph is an empty one.
    events.open('p');
    events.close('p');
  }
}

/**
 * Reports the events of `html` to `events`. Returns false, having possibly reported some, when the HTML holds a
 * construct this reader leaves to htmlparser2; the caller then discards what it received.
 */
export function scanHtml(html: string, events: HtmlEvents): boolean {
  const length = html.length;
  const stack: string[] = [];
  let position = 0;
  let textStart = 0;
  while (position < length) {
    const lt = html.indexOf('<', position);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (isAsciiLetter(next)) {
      let nameEnd = lt + 2;
      while (nameEnd < length && !isEndOfTagSection(html.charCodeAt(nameEnd))) nameEnd++;
      const end = startTagEnd(html, nameEnd);
      if (end < 0) return false;
      const name = tagName(html, lt + 1, nameEnd);
      if (UNSUPPORTED.has(name)) return false;
      if (!emitText(html, textStart, lt, events)) return false;
      openElement(name, stack, events);
      position = textStart = end;
    } else if (next === SLASH && isAsciiLetter(html.charCodeAt(lt + 2))) {
      let nameEnd = lt + 3;
      while (nameEnd < length && !isEndOfTagSection(html.charCodeAt(nameEnd))) nameEnd++;
      const close = html.indexOf('>', nameEnd);
      if (close < 0) return false;
      const name = tagName(html, lt + 2, nameEnd);
      if (UNSUPPORTED.has(name)) return false;
      if (!emitText(html, textStart, lt, events)) return false;
      closeElement(name, stack, events);
      position = textStart = close + 1;
    } else if (next === 0x21 && html.startsWith('--', lt + 2)) {
      // A comment reports nothing; it ends at the first "-->" unless "--!>" comes first or it is an abrupt "<!-->".
      const close = html.indexOf('-->', lt + 4);
      const body = html.slice(lt + 4, close);
      if (close < 0 || body.startsWith('>') || body.startsWith('->') || body.includes('--!>')) return false;
      if (!emitText(html, textStart, lt, events)) return false;
      position = textStart = close + 3;
    } else if (next === 0x21 || next === 0x3f || next === SLASH) {
      // Declarations, processing instructions and odd end tags.
      return false;
    } else {
      // "<" before anything else is text.
      position = lt + 1;
    }
  }
  // Elements still open are closed at the end; their line breaks would only be trimmed away.
  return emitText(html, textStart, length, events);
}

function emitText(html: string, start: number, end: number, events: HtmlEvents): boolean {
  if (end <= start) return true;
  const text = decodeText(html, start, end);
  if (text === null) return false;
  events.text(text);
  return true;
}
