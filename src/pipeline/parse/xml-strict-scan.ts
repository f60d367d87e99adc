/**
 * Parses XML in one strict pass. On text that is well-formed by the rules of fast-xml-parser's XMLValidator, it feeds
 * the tree builder exactly the events the lenient htmlparser2 pass would, and returns the validator's verdict with it;
 * at the first construct it cannot vouch for, it gives up (null), and the caller runs htmlparser2 and the validator.
 *
 * Giving up is always safe, so every rule below errs strict: it accepts only what both parsers read the same way and
 * the validator accepts (or, for an XML declaration after leading whitespace, rejects with a message it reproduces).
 */
import type { NameParts, TreeBuilder } from './xml-tree-builder.js';

/** A syntax error as XMLValidator words it, at a character offset of the parsed text. */
export interface SyntaxError {
  message: string;
  offset: number;
}

const GREATER_THAN = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const SEMICOLON = 0x3b;
const HASH = 0x23;
const LOWER_X = 0x78;

// The validator's name rule (fast-xml-parser util.js, built the same way), for names with characters outside ASCII.
const NAME_START =
  ':A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NAME_CHARACTER = NAME_START + '\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040';
// eslint-disable-next-line no-misleading-character-class -- the validator's rule as is: combining marks may follow a name start
const NAME = new RegExp(`^[${NAME_START}][${NAME_CHARACTER}]*$`);

// ASCII character classes: 1 name start, 2 other name character, 4 XML whitespace, 8 word character (\w) in
// references, 16 what ends a name (whitespace, "/", ">", "=").
const CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  if (/[:A-Za-z_]/.test(char)) CLASS[code]! |= 1;
  else if (/[-.0-9]/.test(char)) CLASS[code]! |= 2;
  if (char === ' ' || char === '\t' || char === '\n' || char === '\r') CLASS[code]! |= 4 | 16;
  if (/\w/.test(char)) CLASS[code]! |= 8;
  if (char === '/' || char === '>' || char === '=') CLASS[code]! |= 16;
}

function isSpace(code: number): boolean {
  return code < 128 && (CLASS[code]! & 4) !== 0;
}

/** True when text[start, end) is an XML name by the validator's rule. */
function isName(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const first = text.charCodeAt(start);
  if (first >= 128 || (CLASS[first]! & 1) === 0) return first >= 128 && NAME.test(text.slice(start, end));
  for (let index = start + 1; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 128 || (CLASS[code]! & 3) === 0) return code >= 128 && NAME.test(text.slice(start, end));
  }
  return true;
}

/** Ends a tag or attribute name: whitespace, "/", ">", "=" (or the end of the text). */
function isNameEnd(code: number): boolean {
  return code < 128 ? (CLASS[code]! & 16) !== 0 : Number.isNaN(code);
}

/** Returns the end of the name at `start` (ended by whitespace, "/", ">" or "="), or -1 when it is not a valid name. */
function scanName(text: string, start: number): number {
  let index = start;
  let code = text.charCodeAt(index);
  if (code < 128 && (CLASS[code]! & 1) !== 0) {
    do code = text.charCodeAt(++index);
    while (code < 128 && (CLASS[code]! & 3) !== 0);
    if (code < 128 && (CLASS[code]! & 16) !== 0) return index;
  }
  // Names with characters outside ASCII (or broken ones) take the general rule.
  index = start;
  while (index < text.length && !isNameEnd(text.charCodeAt(index))) index++;
  return index < text.length && isName(text, start, index) ? index : -1;
}

/** Returns the offset of the ";" closing the reference at `ampersand`, or -1 where XMLValidator calls the "&" unexpected. */
function referenceEnd(text: string, ampersand: number): number {
  let index = ampersand + 1;
  const first = text.charCodeAt(index);
  if (first === SEMICOLON) return -1;
  if (first === HASH) {
    index++;
    // The validator takes only a lowercase "x" for hexadecimal references.
    const hex = text.charCodeAt(index) === LOWER_X;
    if (hex) index++;
    for (; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === SEMICOLON) return index;
      const digit = code >= 0x30 && code <= 0x39;
      if (!(digit || (hex && ((code >= 0x61 && code <= 0x66) || (code >= 0x41 && code <= 0x46))))) return -1;
    }
    return -1;
  }
  // Up to 20 word characters, then ";".
  for (let count = 0; index < text.length; index++, count++) {
    const code = text.charCodeAt(index);
    if (code < 128 && (CLASS[code]! & 8) !== 0 && count < 20) continue;
    return code === SEMICOLON ? index : -1;
  }
  return -1;
}

function isWhitespaceRun(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!isSpace(text.charCodeAt(index))) return false;
  return true;
}

/**
 * Scans `text` into `builder`. Returns the validator's first error (null: none) when the text was read the way
 * htmlparser2 reads it, or null when the scan gave up; the builder is then in an undefined state and must be discarded.
 */
export function scanStrict(text: string, builder: TreeBuilder): { error: SyntaxError | null } | null {
  const length = text.length;
  // The validator drops a leading BOM and counts lines without it; leave that rare case to it.
  if (length === 0 || text.charCodeAt(0) === 0xfeff) return null;
  const open: string[] = [];
  let error: SyntaxError | null = null;
  let started = false;
  let position = 0;
  // htmlparser2's startIndex, the offset the builder is given for the next event; it differs from the event's own
  // offset after an end tag with whitespace before ">" and after a processing instruction, and the trees must match.
  let startIndex = 0;
  // The next "&" at or after `position` (-1: none left), found once for the whole text rather than per chunk.
  let nextAmpersand = text.indexOf('&');
  while (position < length) {
    const lt = text.indexOf('<', position);
    const end = lt < 0 ? length : lt;
    if (end > position) {
      // Outside the root only whitespace is allowed; inside, every "&" must start a reference the validator accepts.
      const hasReferences = nextAmpersand >= 0 && nextAmpersand < end;
      if (open.length === 0) {
        if (!isWhitespaceRun(text, position, end)) return null;
      } else {
        while (nextAmpersand >= 0 && nextAmpersand < end) {
          const semicolon = referenceEnd(text, nextAmpersand);
          if (semicolon < 0 || semicolon >= end) return null;
          nextAmpersand = text.indexOf('&', semicolon + 1);
        }
      }
      builder.text(text.slice(position, end), startIndex, hasReferences);
      startIndex = end;
    }
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);
    if (next === SLASH) {
      // End tag: exactly the innermost open name, optional whitespace, ">".
      const name = open[open.length - 1];
      if (name === undefined || !text.startsWith(name, lt + 2)) return null;
      let index = lt + 2 + name.length;
      let code = text.charCodeAt(index);
      while (isSpace(code)) code = text.charCodeAt(++index);
      if (code !== GREATER_THAN) return null;
      open.pop();
      builder.close();
      startIndex = lt + 3 + name.length;
      position = index + 1;
    } else if (next === BANG) {
      if (text.startsWith('--', lt + 2)) {
        // htmlparser2 also ends a comment at "--!>"; the validator only at "-->".
        const close = text.indexOf('-->', lt + 4);
        if (close < 0 || text.slice(lt + 4, close).includes('--!>')) return null;
        position = close + 3;
        startIndex = position;
      } else if (open.length > 0 && text.startsWith('[CDATA[', lt + 2)) {
        const close = text.indexOf(']]>', lt + 9);
        if (close < 0) return null;
        builder.cdata(true);
        builder.text(text.slice(lt + 9, close), startIndex, false);
        builder.cdata(false);
        position = close + 3;
        startIndex = position;
      } else {
        // A DOCTYPE after the prolog, or another declaration: the two parsers disagree on where it ends.
        return null;
      }
    } else if (next === QUESTION) {
      const close = text.indexOf('?>', lt + 2);
      const target = text.charCodeAt(lt + 2);
      if (close < 0 || !(target < 128 && (CLASS[target]! & 1) !== 0)) return null;
      if (!started && error === null) {
        // Before the first tag the validator reads the target up to "?" or a space, and allows "xml" only at offset 0.
        let targetEnd = lt + 2;
        while (targetEnd < close && text.charCodeAt(targetEnd) !== QUESTION && text.charCodeAt(targetEnd) !== 0x20) targetEnd++;
        if (targetEnd > 5 && targetEnd - lt - 2 === 3 && text.startsWith('xml', lt + 2)) {
          error = { message: 'XML declaration allowed only at the start of the document.', offset: targetEnd };
        }
      }
      position = close + 2;
      startIndex = close + 1;
    } else {
      const nameEnd = scanName(text, lt + 1);
      if (nameEnd < 0) return null;
      // One root: a second top-level element is "Multiple possible root nodes" to the validator.
      if (open.length === 0) {
        if (started) return null;
        started = true;
      }
      const name = builder.names.find(text, lt + 1, nameEnd);
      const tagEnd = scanAttributes(text, nameEnd, name, startIndex, nextAmpersand, builder);
      if (tagEnd < 0) return null;
      // Only a self-closing tag has "/" right before its ">": names and quoted values cannot end in one.
      if (text.charCodeAt(tagEnd - 2) === SLASH) builder.close();
      else open.push(name.name);
      position = tagEnd;
      startIndex = tagEnd;
    }
    if (nextAmpersand >= 0 && nextAmpersand < position) nextAmpersand = text.indexOf('&', position);
  }
  if (!started || open.length > 0) return null;
  return { error };
}

const NO_ATTRIBUTES: Record<string, string> = Object.freeze({});

/**
 * Reads the attributes of a start tag from `index` (just past its name) and opens the element in the builder at
 * `offset`; `nextAmpersand` tells whether any value may hold a reference. Returns the offset after the tag's ">", or
 * -1 to give up.
 */
function scanAttributes(text: string, index: number, name: NameParts, offset: number, nextAmpersand: number, builder: TreeBuilder): number {
  let attributes: Record<string, string> | null = null;
  for (;;) {
    let code = text.charCodeAt(index);
    let spaced = false;
    while (isSpace(code)) {
      spaced = true;
      code = text.charCodeAt(++index);
    }
    if (code === GREATER_THAN) {
      index++;
      break;
    }
    if (code === SLASH) {
      if (text.charCodeAt(index + 1) !== GREATER_THAN) return -1;
      index += 2;
      break;
    }
    // The validator wants whitespace before every attribute, a name, "=", and a quoted value.
    if (!spaced) return -1;
    const nameStart = index;
    index = scanName(text, nameStart);
    if (index < 0) return -1;
    const attribute = text.slice(nameStart, index);
    code = text.charCodeAt(index);
    while (isSpace(code)) code = text.charCodeAt(++index);
    if (code !== EQUALS) return -1;
    code = text.charCodeAt(++index);
    while (isSpace(code)) code = text.charCodeAt(++index);
    if (code !== DOUBLE_QUOTE && code !== SINGLE_QUOTE) return -1;
    const close = text.indexOf(code === DOUBLE_QUOTE ? '"' : "'", index + 1);
    if (close < 0) return -1;
    attributes ??= {};
    // A repeated attribute is an error to the validator. Names the prototype has ("constructor", "__proto__") are
    // found too: giving up on them is safe, and "__proto__" could not be stored as an attribute anyway.
    if (attributes[attribute] !== undefined) return -1;
    attributes[attribute] = text.slice(index + 1, close);
    index = close + 1;
  }
  if (attributes === null) builder.openNamed(name, NO_ATTRIBUTES, offset, false);
  else builder.openNamed(name, attributes, offset, nextAmpersand >= 0 && nextAmpersand < index);
  return index;
}
