/** Expands character references in feed text: XML's five, numeric ones, and HTML's named entities that RSS feeds leak. */
import { decodeHTMLStrict } from 'entities';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** What entity expansion met, kept to report once per name rather than once per occurrence. */
export interface EntityReport {
  /** HTML named entities XML does not define (e.g. &nbsp;), expanded anyway: first offset and count. */
  htmlNamed: Map<string, { offset: number; count: number }>;
  /** Names neither XML nor HTML define (e.g. DTD-declared entities, which are never expanded). */
  unknown: Map<string, { offset: number; count: number }>;
  /** Numeric references to code points XML forbids, replaced by U+FFFD. */
  invalidNumeric: { offset: number; count: number } | null;
}

/** Creates an empty report. */
export function createEntityReport(): EntityReport {
  return { htmlNamed: new Map(), unknown: new Map(), invalidNumeric: null };
}

function note(map: Map<string, { offset: number; count: number }>, name: string, offset: number): void {
  const seen = map.get(name);
  if (seen) seen.count++;
  else map.set(name, { offset, count: 1 });
}

function isAllowedCodePoint(codePoint: number): boolean {
  if (codePoint === 0x9 || codePoint === 0xa || codePoint === 0xd) return true;
  if (codePoint < 0x20 || codePoint > 0x10ffff) return false;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false;
  return codePoint !== 0xfffe && codePoint !== 0xffff;
}

function expandNumeric(digits: string, offset: number, report: EntityReport): string {
  const codePoint = digits[0] === 'x' || digits[0] === 'X' ? parseInt(digits.slice(1), 16) : parseInt(digits, 10);
  if (Number.isFinite(codePoint) && isAllowedCodePoint(codePoint)) return String.fromCodePoint(codePoint);
  if (report.invalidNumeric) report.invalidNumeric.count++;
  else report.invalidNumeric = { offset, count: 1 };
  return '\uFFFD';
}

function expandNamed(name: string, reference: string, offset: number, report: EntityReport): string {
  const xml = XML_ENTITIES[name];
  if (xml !== undefined) return xml;
  const html = decodeHTMLStrict(reference);
  if (html !== reference) {
    note(report.htmlNamed, name, offset);
    return html;
  }
  // Left as written: expanding DTD-declared entities is how billion-laughs attacks work.
  note(report.unknown, name, offset);
  return reference;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isNameCharacter(code: number): boolean {
  return isLetter(code) || isDigit(code) || code === 0x2e || code === 0x5f || code === 0x2d;
}

/**
 * Returns the offset of the ";" ending a reference whose "&" is at `ampersand`, or -1 when none starts there. The
 * grammar is /&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9._-]{0,40});/, read without a regex (feeds
 * escape their HTML, so this runs for every &lt; of it).
 */
function referenceEnd(raw: string, ampersand: number): number {
  let index = ampersand + 1;
  let code = raw.charCodeAt(index);
  let accepts = isNameCharacter;
  let limit = 41;
  if (code === 0x23) {
    code = raw.charCodeAt(++index);
    accepts = isDigit;
    if (code === 0x78 || code === 0x58) {
      // "#x" followed by a digit could still be the decimal form only if "x" were a digit: it is not.
      code = raw.charCodeAt(++index);
      accepts = isHexDigit;
    }
    limit = 8;
    if (!accepts(code)) return -1;
  } else if (!isLetter(code)) return -1;
  const start = index;
  while (index - start < limit && accepts(code)) code = raw.charCodeAt(++index);
  return code === 0x3b ? index : -1;
}

/** Expands the references in raw character data; `baseOffset` locates the text in the document for reports. */
export function expandEntities(raw: string, baseOffset: number, report: EntityReport): string {
  let ampersand = raw.indexOf('&');
  if (ampersand < 0) return raw;
  let expanded = '';
  let copied = 0;
  while (ampersand >= 0) {
    const semicolon = referenceEnd(raw, ampersand);
    if (semicolon < 0) {
      ampersand = raw.indexOf('&', ampersand + 1);
      continue;
    }
    const offset = baseOffset + ampersand;
    const body = raw.slice(ampersand + 1, semicolon);
    const replacement =
      body.charCodeAt(0) === 0x23
        ? expandNumeric(body.slice(1), offset, report)
        : expandNamed(body, raw.slice(ampersand, semicolon + 1), offset, report);
    expanded += raw.slice(copied, ampersand) + replacement;
    copied = semicolon + 1;
    ampersand = raw.indexOf('&', copied);
  }
  return copied === 0 ? raw : expanded + raw.slice(copied);
}
