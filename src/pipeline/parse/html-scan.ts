/**
 * Reads the HTML of feed fields (paragraphs, links, images, the odd entity) in one pass and reports the events
 * htmlparser2 would, in its HTML mode with entities decoded: open and close tags (implied closes included) and text.
 * Anything it cannot vouch for — declarations, raw-text elements (script, style, title…), SVG and MathML,
 * uncommon references, a tag cut off by the end — makes it give up (false), and the caller runs htmlparser2 instead.
 */
import { OPEN_IMPLIES_CLOSE, UNSUPPORTED, VOID_ELEMENTS } from './html-elements.js';
import {
  DOUBLE_QUOTE,
  EQUALS,
  GREATER_THAN,
  SINGLE_QUOTE,
  SLASH,
  decodeText,
  isAsciiLetter,
  isEndOfTagSection,
  isWhitespace,
} from './html-text.js';

/** Receives the events, in document order. */
export interface HtmlEvents {
  open(name: string): void;
  close(name: string): void;
  text(data: string): void;
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
