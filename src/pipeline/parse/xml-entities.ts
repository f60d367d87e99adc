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

const REFERENCE = /&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9._-]{0,40});/g;

/** Expands the references in raw character data; `baseOffset` locates the text in the document for reports. */
export function expandEntities(raw: string, baseOffset: number, report: EntityReport): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (reference: string, body: string, index: number) => {
    const offset = baseOffset + index;
    if (body.startsWith('#')) return expandNumeric(body.slice(1), offset, report);
    return expandNamed(body, reference, offset, report);
  });
}
