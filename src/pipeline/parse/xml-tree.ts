/** Builds a namespace-aware XML tree leniently, so broken feeds still yield their items; DTDs are never processed. */
import { Parser } from 'htmlparser2';
import { scanStrict, type SyntaxError } from './xml-strict-scan.js';
import { TreeBuilder } from './xml-tree-builder.js';
import type { EntityReport } from './xml-entities.js';
import type { XmlElement } from './xml-node.js';

export type { SyntaxError } from './xml-strict-scan.js';

export interface XmlTree {
  /** A synthetic "#document" element whose children are the top-level nodes. */
  document: XmlElement;
  root: XmlElement | null;
  /** The text actually parsed (DOCTYPE blanked out); offsets in the tree point into it. */
  text: string;
  entities: EntityReport;
  doctype: { offset: number; declaresEntities: boolean } | null;
  depthExceeded: boolean;
  /** Elements still open when the text ended (a truncated download, usually), outermost first. */
  unclosed: XmlElement[];
  /** Namespace prefixes used without a declaration (first offset each); their conventional meaning was assumed. */
  undeclaredPrefixes: Map<string, number>;
  /** Control characters XML forbids, removed before parsing: count and first offset. */
  illegalCharacters: { count: number; offset: number } | null;
  /**
   * The strict syntax verdict when the single strict scan could read the text (`error` null: well-formed), or null
   * when the text needed the lenient parser, whose verdict xml-check then asks of fast-xml-parser's validator.
   */
  syntax: { error: SyntaxError | null } | null;
}

// C0 controls other than tab, LF and CR, and the two non-characters, are never allowed in XML text.
// eslint-disable-next-line no-control-regex -- matching the forbidden control characters is the point
const ILLEGAL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function removeIllegalCharacters(text: string): { text: string; found: XmlTree['illegalCharacters'] } {
  const first = text.search(ILLEGAL_CHARACTERS);
  if (first < 0) return { text, found: null };
  let count = 0;
  const cleaned = text.replace(ILLEGAL_CHARACTERS, () => {
    count++;
    return '';
  });
  return { text: cleaned, found: { count, offset: first } };
}

/**
 * Returns the offset of the first start tag ("<" and a letter) outside comments: a DOCTYPE after it is never
 * blanked, since every prefix reaching that DOCTYPE holds this tag (comments that close before the DOCTYPE are
 * exactly those that close before it in the whole text).
 */
function firstStartTag(text: string): number {
  let index = text.indexOf('<');
  while (index >= 0) {
    if (text.startsWith('<!--', index)) {
      const close = text.indexOf('-->', index + 4);
      // An unclosed comment hides nothing: the rest of the text is searched as it is.
      if (close >= 0) {
        index = text.indexOf('<', close + 3);
        continue;
      }
    }
    const next = text.charCodeAt(index + 1);
    if ((next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a)) return index;
    index = text.indexOf('<', index + 1);
  }
  return text.length;
}

/** Finds the first "<!DOCTYPE" (any case) that could precede the first start tag, or -1. */
function findDoctype(text: string): number {
  // Searching the prefix alone keeps a DOCTYPE-less feed from being read to its end twice more.
  const prolog = text.slice(0, firstStartTag(text));
  let first = -1;
  for (const opener of ['<!D', '<!d']) {
    for (let at = prolog.indexOf(opener); at >= 0 && (first < 0 || at < first); at = prolog.indexOf(opener, at + 3)) {
      if (text.slice(at + 3, at + 9).toLowerCase() === 'octype') {
        first = at;
        break;
      }
    }
  }
  return first;
}

/** Replaces a DOCTYPE (internal subset included) with spaces, keeping line breaks so offsets and lines still match. */
export function blankDoctype(text: string): { text: string; doctype: XmlTree['doctype'] } {
  const start = findDoctype(text);
  if (start < 0 || /<[A-Za-z]/.test(text.slice(0, start).replace(/<!--[\s\S]*?-->/g, ''))) {
    return { text, doctype: null };
  }
  let depth = 0;
  let quote = '';
  let end = text.length - 1;
  for (let index = start + 2; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[') depth++;
    else if (char === ']') depth = Math.max(0, depth - 1);
    else if (char === '>' && depth === 0) {
      end = index;
      break;
    }
  }
  const declaration = text.slice(start, end + 1);
  const blank = declaration.replace(/[^\n]/g, ' ');
  return {
    text: text.slice(0, start) + blank + text.slice(end + 1),
    doctype: { offset: start, declaresEntities: /<!ENTITY/i.test(declaration) },
  };
}

function parseLeniently(text: string, builder: TreeBuilder): XmlElement[] {
  const parser: Parser = new Parser(
    {
      onopentag: (name, attributes) => builder.open(name, attributes, parser.startIndex),
      onclosetag: () => builder.close(),
      ontext: (data) => builder.text(data, parser.startIndex),
      oncdatastart: () => builder.cdata(true),
      oncdataend: () => builder.cdata(false),
    },
    { xmlMode: true, decodeEntities: false, recognizeCDATA: true, recognizeSelfClosing: true },
  );
  parser.write(text);
  const unclosed = builder.openElements();
  parser.end();
  return unclosed;
}

/**
 * Parses text into a tree, recovering from any malformation; `baseUrl` seeds xml:base resolution. Well-formed text
 * (nearly every feed) takes one strict scan that also gives the syntax verdict; anything else the lenient parser.
 */
export function buildXmlTree(source: string, baseUrl: string | null): XmlTree {
  return build(source, baseUrl, true);
}

/** Parses text with the lenient parser alone, as buildXmlTree does when the strict scan gives up (tests compare the two). */
export function buildXmlTreeLeniently(source: string, baseUrl: string | null): XmlTree {
  return build(source, baseUrl, false);
}

function build(source: string, baseUrl: string | null, strictFirst: boolean): XmlTree {
  const { text: cleaned, found: illegalCharacters } = removeIllegalCharacters(source);
  const { text, doctype } = blankDoctype(cleaned);
  let builder = new TreeBuilder(baseUrl);
  const syntax = strictFirst ? scanStrict(text, builder) : null;
  let unclosed: XmlElement[] = [];
  if (syntax === null) {
    if (strictFirst) builder = new TreeBuilder(baseUrl);
    unclosed = parseLeniently(text, builder);
  }
  const document = builder.document;
  const root = document.children.find((child): child is XmlElement => child.type === 'element') ?? null;
  return {
    document,
    root,
    text,
    entities: builder.entities,
    doctype,
    depthExceeded: builder.depthExceeded,
    illegalCharacters,
    undeclaredPrefixes: builder.undeclaredPrefixes,
    unclosed,
    syntax,
  };
}

/** Returns the 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}
