/** Character classes and text decoding for the HTML scanner: what it decodes itself and what it leaves to htmlparser2. */
import { decodeHTMLStrict } from 'entities';

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
export const SLASH = 0x2f;
export const GREATER_THAN = 0x3e;
export const EQUALS = 0x3d;
export const DOUBLE_QUOTE = 0x22;
export const SINGLE_QUOTE = 0x27;

export function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0c || code === 0x0d;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39);
}

/** Ends a tag name or a tag: whitespace, "/" or ">". */
export function isEndOfTagSection(code: number): boolean {
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
export function decodeText(html: string, start: number, end: number): string | null {
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
