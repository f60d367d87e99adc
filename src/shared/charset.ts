/** Turns fetched bytes into text, choosing the character encoding the way browsers and feed readers do. */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type BodyKind = 'xml' | 'html' | 'json';

export interface DecodedBody {
  text: string;
  /** The encoding actually used, as a canonical label ("utf-8", "gb18030", "windows-1252"). */
  encoding: string;
  warnings: string[];
}

// WHATWG maps these legacy labels to a superset; real pages labelled "iso-8859-1" or "gb2312"
// routinely contain characters only the superset has.
const LABEL_ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'gb_2312-80': 'gb18030',
  'iso-ir-58': 'gb18030',
  'x-euc-cn': 'gb18030',
  'euc-cn': 'gb18030',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  cp1252: 'windows-1252',
  'big5-hkscs': 'big5',
  'x-big5': 'big5',
  'cn-big5': 'big5',
  sjis: 'shift_jis',
  'shift-jis': 'shift_jis',
  'x-sjis': 'shift_jis',
  ms_kanji: 'shift_jis',
  'windows-31j': 'shift_jis',
  'x-euc-jp': 'euc-jp',
  'ks_c_5601-1987': 'euc-kr',
  'windows-949': 'euc-kr',
  cp949: 'euc-kr',
  koi8r: 'koi8-r',
  'utf-16': 'utf-16le',
  unicode: 'utf-16le',
};

/** Returns the canonical encoding for a charset label, or null when the label is unknown. */
export function normalizeCharset(label: string): string | null {
  const cleaned = label
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  if (!cleaned) return null;
  const aliased = LABEL_ALIASES[cleaned] ?? cleaned.replace(/^cp(125\d)$/, 'windows-$1');
  return iconv.encodingExists(aliased) ? aliased : null;
}

function sniffBom(bytes: Buffer): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/** Reads the charset parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*("[^"]*"|'[^']*'|[^;\s]+)/i.exec(contentType);
  return match?.[1] ? match[1].replace(/^["']|["']$/g, '').trim() : null;
}

// UTF-16 without a BOM still starts an XML document with "<?" in two-byte units.
function sniffUtf16Xml(bytes: Buffer): string | null {
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) return 'utf-16be';
  return null;
}

function declaredInDocument(bytes: Buffer, kind: BodyKind): string | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  if (kind === 'xml') {
    const match = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']\s*([A-Za-z0-9._:-]+)\s*["']/.exec(head);
    return match?.[1] ?? null;
  }
  if (kind === 'html') {
    const direct = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
    return direct?.[1] ?? null;
  }
  return null;
}

function isValidUtf8(bytes: Buffer): boolean {
  // Validates without building a string; the body is decoded once, after the choice.
  return isUtf8(bytes);
}

// GBK text puts nearly every high byte in a high/high pair; Latin-1 text has high bytes
// isolated between ASCII letters. The share of paired high bytes separates the two.
function looksLikeGb18030(bytes: Buffer): boolean {
  let high = 0;
  let paired = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (byte < 0x80) continue;
    const next = bytes[index + 1] ?? 0;
    if (byte >= 0x81 && byte <= 0xfe && next >= 0x40 && next <= 0xfe && next !== 0x7f) {
      high += next >= 0x80 ? 2 : 1;
      paired += next >= 0x80 ? 2 : 0;
      index++;
      continue;
    }
    high++;
  }
  return high > 0 && paired / high > 0.9;
}

/** Length of the valid UTF-8 sequence starting at `index`, or 0 when the bytes there are not one. */
function utf8SequenceLength(bytes: Buffer, index: number): number {
  const lead = bytes[index]!;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  for (let offset = 1; offset < length; offset++) {
    const next = bytes[index + offset];
    if (next === undefined || next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

// UTF-8 text with a few damaged bytes still has nearly all its high bytes in valid sequences;
// GBK or Latin-1 text almost never does. Decoding such text as GBK would garble all of it.
function mostlyUtf8(bytes: Buffer): boolean {
  let high = 0;
  let valid = 0;
  for (let index = 0; index < bytes.length; index++) {
    if (bytes[index]! < 0x80) continue;
    const length = utf8SequenceLength(bytes, index);
    if (length > 0) {
      valid += length;
      high += length;
      index += length - 1;
    } else {
      high += 1;
    }
  }
  return high > 0 && valid / high >= 0.9;
}

function decodeWith(bytes: Buffer, encoding: string): string {
  const text = encoding === 'utf-8' ? bytes.toString('utf8') : iconv.decode(bytes, encoding);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

interface Choice {
  encoding: string;
  source: string;
}

function chooseDeclared(bytes: Buffer, hints: DecodeHints, warnings: string[]): Choice | null {
  const candidates: Array<[string | null, string]> = [
    [charsetFromContentType(hints.contentType), 'Content-Type'],
    [declaredInDocument(bytes, hints.kind), hints.kind === 'xml' ? 'XML declaration' : '<meta charset>'],
  ];
  for (const [label, source] of candidates) {
    if (!label) continue;
    const encoding = normalizeCharset(label);
    // A declaration readable as ASCII proves the bytes are not UTF-16, whatever it claims.
    if (encoding?.startsWith('utf-16') && source !== 'Content-Type') {
      warnings.push(`charset: ${source} says ${label} but the bytes are 8-bit; decoded as utf-8`);
      return { encoding: 'utf-8', source: 'fallback' };
    }
    if (encoding) return { encoding, source };
    warnings.push(`charset: unknown label "${label}" in ${source}; decoded as utf-8`);
    return { encoding: 'utf-8', source: 'fallback' };
  }
  return null;
}

function rescueInvalidUtf8(bytes: Buffer, choice: Choice, hints: DecodeHints, warnings: string[]): string {
  const declared = normalizeCharset(declaredInDocument(bytes, hints.kind) ?? '');
  if (!(declared && declared !== 'utf-8') && mostlyUtf8(bytes)) {
    warnings.push('charset: the bytes are UTF-8 with a few invalid sequences; those were replaced');
    return 'utf-8';
  }
  const guess = declared && declared !== 'utf-8' ? declared : looksLikeGb18030(bytes) ? 'gb18030' : 'windows-1252';
  const where = choice.source === 'fallback' ? 'no charset was declared' : `${choice.source} said utf-8`;
  warnings.push(`charset: ${where} but the bytes are not valid UTF-8; decoded as ${guess}`);
  return guess;
}

export interface DecodeHints {
  contentType?: string | null;
  kind: BodyKind;
}

/** Decodes a body: BOM, then Content-Type charset, then the document's own declaration, then UTF-8 (checked). */
export function decodeBody(bytes: Buffer, hints: DecodeHints): DecodedBody {
  const warnings: string[] = [];
  const bom = sniffBom(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, warnings };
  const utf16 = hints.kind === 'xml' ? sniffUtf16Xml(bytes) : null;
  if (utf16) return { text: decodeWith(bytes, utf16), encoding: utf16, warnings };
  const choice = chooseDeclared(bytes, hints, warnings) ?? { encoding: 'utf-8', source: 'fallback' };
  let encoding = choice.encoding;
  if (encoding === 'utf-8' && !isValidUtf8(bytes)) encoding = rescueInvalidUtf8(bytes, choice, hints, warnings);
  return { text: decodeWith(bytes, encoding), encoding, warnings };
}
