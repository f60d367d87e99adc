/** Builds a namespace-aware XML tree leniently, so broken feeds still yield their items; DTDs are never processed. */
import { Parser } from 'htmlparser2';
import { resolveUrl } from '../../shared/url.js';
import { conventionalPrefixKey, namespaceKey } from './namespaces.js';
import { createEntityReport, expandEntities, type EntityReport } from './xml-entities.js';
import type { XmlElement } from './xml-node.js';

/** Deeper nesting than any real feed; beyond it elements are dropped so recursive readers stay safe. */
const MAX_DEPTH = 200;

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

/** Replaces a DOCTYPE (internal subset included) with spaces, keeping line breaks so offsets and lines still match. */
export function blankDoctype(text: string): { text: string; doctype: XmlTree['doctype'] } {
  const start = text.search(/<!DOCTYPE/i);
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

type Scope = ReadonlyMap<string, string>;

function declareNamespaces(parent: Scope, attributes: Record<string, string>): Scope {
  let scope: Map<string, string> | null = null;
  for (const [key, value] of Object.entries(attributes)) {
    if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue;
    scope ??= new Map(parent);
    scope.set(key === 'xmlns' ? '' : key.slice(6), value.trim());
  }
  return scope ?? parent;
}

function namespaceFor(name: string, scope: Scope): { local: string; namespace: string } {
  const colon = name.indexOf(':');
  const prefix = colon > 0 ? name.slice(0, colon) : '';
  const local = colon > 0 ? name.slice(colon + 1) : name;
  const uri = scope.get(prefix);
  if (uri) return { local, namespace: namespaceKey(uri) };
  return { local, namespace: prefix ? conventionalPrefixKey(prefix) : '' };
}

interface Frame {
  element: XmlElement | null;
  scope: Scope;
}

function newElement(name: string, attributes: Record<string, string>, parent: XmlElement, scope: Scope, offset: number): XmlElement {
  const { local, namespace } = namespaceFor(name, scope);
  const xmlBase = attributes['xml:base'];
  const xmlLang = attributes['xml:lang'];
  return {
    type: 'element',
    name,
    local,
    namespace,
    attributes,
    children: [],
    base: xmlBase !== undefined ? (resolveUrl(xmlBase, parent.base) ?? parent.base) : parent.base,
    hasXmlBase: parent.hasXmlBase || xmlBase !== undefined,
    lang: xmlLang !== undefined && xmlLang.trim() !== '' ? xmlLang.trim() : parent.lang,
    offset,
  };
}

function documentElement(baseUrl: string | null): XmlElement {
  return {
    type: 'element',
    name: '#document',
    local: '#document',
    namespace: '',
    attributes: {},
    children: [],
    base: baseUrl,
    hasXmlBase: false,
    lang: null,
    offset: 0,
  };
}

class TreeBuilder {
  readonly entities = createEntityReport();
  readonly undeclaredPrefixes = new Map<string, number>();
  readonly document: XmlElement;
  depthExceeded = false;
  private readonly stack: Frame[];
  private inCdata = false;

  constructor(baseUrl: string | null) {
    this.document = documentElement(resolveUrl(baseUrl, null));
    this.stack = [{ element: this.document, scope: new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]) }];
  }

  open(name: string, rawAttributes: Record<string, string>, offset: number): void {
    const frame = this.stack[this.stack.length - 1]!;
    if (!frame.element || this.stack.length > MAX_DEPTH) {
      this.depthExceeded ||= frame.element !== null;
      this.stack.push({ element: null, scope: frame.scope });
      return;
    }
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(rawAttributes)) attributes[key] = expandEntities(value, offset, this.entities);
    const scope = declareNamespaces(frame.scope, attributes);
    this.noteUndeclared([name, ...Object.keys(attributes)], scope, offset);
    const element = newElement(name, attributes, frame.element, scope, offset);
    frame.element.children.push(element);
    this.stack.push({ element, scope });
  }

  private noteUndeclared(names: string[], scope: Scope, offset: number): void {
    for (const name of names) {
      const colon = name.indexOf(':');
      const prefix = colon > 0 ? name.slice(0, colon) : '';
      if (!prefix || prefix === 'xmlns' || scope.has(prefix) || this.undeclaredPrefixes.has(prefix)) continue;
      this.undeclaredPrefixes.set(prefix, offset);
    }
  }

  close(): void {
    if (this.stack.length > 1) this.stack.pop();
  }

  /** Lists the elements open right now, outermost first. */
  openElements(): XmlElement[] {
    return this.stack.slice(1).flatMap((frame) => (frame.element ? [frame.element] : []));
  }

  text(data: string, offset: number): void {
    const parent = this.stack[this.stack.length - 1]!.element;
    if (!parent) return;
    const value = this.inCdata ? data : expandEntities(data, offset, this.entities);
    const last = parent.children[parent.children.length - 1];
    if (last?.type === 'text' && last.cdata === this.inCdata) last.value += value;
    else parent.children.push({ type: 'text', value, cdata: this.inCdata });
  }

  cdata(inside: boolean): void {
    this.inCdata = inside;
  }
}

/** Parses text into a tree, recovering from any malformation; `baseUrl` seeds xml:base resolution. */
export function buildXmlTree(source: string, baseUrl: string | null): XmlTree {
  const { text: cleaned, found: illegalCharacters } = removeIllegalCharacters(source);
  const { text, doctype } = blankDoctype(cleaned);
  const builder = new TreeBuilder(baseUrl);
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
  };
}

/** Returns the 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}
