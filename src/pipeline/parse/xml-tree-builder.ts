/** Assembles the XmlTree from parse events (open, close, text): namespaces, xml:base, xml:lang, entities, depth cap. */
import { resolveUrl } from '../../shared/url.js';
import { conventionalPrefixKey, namespaceKey } from './namespaces.js';
import { createEntityReport, expandEntities } from './xml-entities.js';
import type { XmlElement, XmlNode, XmlText } from './xml-node.js';

/** Deeper nesting than any real feed; beyond it elements are dropped so recursive readers stay safe. */
const MAX_DEPTH = 200;

/** Prefix → namespace key ("atom", "dc"… or the URI), "" for a prefix declared with an empty URI. */
type Scope = ReadonlyMap<string, string>;

/** What a qualified name splits into; the same few names repeat throughout a feed, so each is split once. */
export interface NameParts {
  /** The name itself, kept once for every element that bears it. */
  name: string;
  prefix: string;
  local: string;
  lowercaseLocal: string;
}

function splitName(name: string): NameParts {
  const colon = name.indexOf(':');
  const local = colon > 0 ? name.slice(colon + 1) : name;
  return { name, prefix: colon > 0 ? name.slice(0, colon) : '', local, lowercaseLocal: local.toLowerCase() };
}

/** The names met in one document, each split once and kept once: every element that bears a name shares its strings. */
export class NameTable {
  private readonly byName = new Map<string, NameParts>();

  /** Returns the parts of the name text[start, end). */
  find(text: string, start: number, end: number): NameParts {
    return this.get(text.slice(start, end));
  }

  /** Returns the parts of a name given as a string. */
  get(name: string): NameParts {
    let parts = this.byName.get(name);
    if (parts === undefined) {
      parts = splitName(name);
      this.byName.set(name, parts);
    }
    return parts;
  }
}

// Most elements hold a single child (their text): a one-slot array instead of the room push() reserves keeps large
// trees small, and with them the garbage collector's copying.
function addChild(parent: XmlElement, child: XmlNode): void {
  if (parent.children.length === 0) parent.children = [child];
  else parent.children.push(child);
}

const INITIAL_SCOPE: Scope = new Map([['xml', namespaceKey('http://www.w3.org/XML/1998/namespace')]]);

function documentElement(baseUrl: string | null): XmlElement {
  return {
    type: 'element',
    name: '#document',
    local: '#document',
    lowercaseLocal: '#document',
    namespace: '',
    attributes: {},
    children: [],
    base: baseUrl,
    hasXmlBase: false,
    lang: null,
    offset: 0,
  };
}

/** Builds the tree from events in document order; both the strict scanner and the lenient htmlparser2 pass feed it. */
export class TreeBuilder {
  readonly entities = createEntityReport();
  readonly undeclaredPrefixes = new Map<string, number>();
  readonly document: XmlElement;
  depthExceeded = false;
  /** Open elements, the document first; null for elements dropped beyond the depth cap. */
  private readonly elements: Array<XmlElement | null>;
  private readonly scopes: Scope[];
  readonly names = new NameTable();
  /** The text node an adjacent run of character data merges into: the current element's last child, if text. */
  private lastText: XmlText | null = null;
  private readonly namespaceKeys = new Map<string, string>();
  private inCdata = false;

  constructor(baseUrl: string | null) {
    this.document = documentElement(resolveUrl(baseUrl, null));
    this.elements = [this.document];
    this.scopes = [INITIAL_SCOPE];
  }

  /**
   * Opens an element; `attributes` (values as written) is taken over and its values expanded in place, unless the
   * caller knows that none holds a reference (`expand` false).
   */
  open(name: string, attributes: Record<string, string>, offset: number, expand = true): void {
    this.openNamed(this.names.get(name), attributes, offset, expand);
  }

  /** Opens an element whose name the caller found in `names`; otherwise as open(). */
  openNamed(parts: NameParts, attributes: Record<string, string>, offset: number, expand: boolean): void {
    const depth = this.elements.length;
    const parent = this.elements[depth - 1]!;
    let scope = this.scopes[depth - 1]!;
    if (!parent || depth > MAX_DEPTH) {
      this.depthExceeded ||= parent !== null;
      this.elements.push(null);
      this.scopes.push(scope);
      return;
    }
    let declares = false;
    let prefixed = false;
    for (const key in attributes) {
      if (expand) attributes[key] = expandEntities(attributes[key]!, offset, this.entities);
      if (key.startsWith('xmlns')) declares = true;
      if (key.indexOf(':') > 0) prefixed = true;
    }
    if (declares) scope = this.declareNamespaces(scope, attributes);
    if (parts.prefix !== '') this.noteUndeclared(parts.prefix, scope, offset);
    if (prefixed) {
      for (const key in attributes) {
        const colon = key.indexOf(':');
        if (colon > 0) this.noteUndeclared(key.slice(0, colon), scope, offset);
      }
    }
    const element = this.newElement(parts, attributes, parent, scope, offset);
    addChild(parent, element);
    this.lastText = null;
    this.elements.push(element);
    this.scopes.push(scope);
  }

  private newElement(parts: NameParts, attributes: Record<string, string>, parent: XmlElement, scope: Scope, offset: number): XmlElement {
    const declared = scope.get(parts.prefix);
    const namespace = declared ? declared : parts.prefix ? conventionalPrefixKey(parts.prefix) : '';
    const xmlBase = attributes['xml:base'];
    const xmlLang = attributes['xml:lang'];
    return {
      type: 'element',
      name: parts.name,
      local: parts.local,
      lowercaseLocal: parts.lowercaseLocal,
      namespace,
      attributes,
      children: [],
      base: xmlBase !== undefined ? (resolveUrl(xmlBase, parent.base) ?? parent.base) : parent.base,
      hasXmlBase: parent.hasXmlBase || xmlBase !== undefined,
      lang: xmlLang !== undefined && xmlLang.trim() !== '' ? xmlLang.trim() : parent.lang,
      offset,
    };
  }

  private declareNamespaces(parent: Scope, attributes: Record<string, string>): Scope {
    let scope: Map<string, string> | null = null;
    for (const key in attributes) {
      if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue;
      const uri = attributes[key]!.trim();
      const prefix = key === 'xmlns' ? '' : key.slice(6);
      let namespace = uri === '' ? '' : this.namespaceKeys.get(uri);
      if (namespace === undefined) {
        namespace = namespaceKey(uri);
        this.namespaceKeys.set(uri, namespace);
      }
      // Feeds often repeat their root's declarations on every item: no new scope for a binding already in force.
      if (scope === null && parent.get(prefix) === namespace) continue;
      scope ??= new Map(parent);
      scope.set(prefix, namespace);
    }
    return scope ?? parent;
  }

  private noteUndeclared(prefix: string, scope: Scope, offset: number): void {
    if (prefix === 'xmlns' || scope.has(prefix) || this.undeclaredPrefixes.has(prefix)) return;
    this.undeclaredPrefixes.set(prefix, offset);
  }

  /** Closes the innermost open element, if any. */
  close(): void {
    if (this.elements.length > 1) {
      // Closing an element dropped beyond the depth cap leaves its parent's last child as it was.
      if (this.elements.pop() !== null) this.lastText = null;
      this.scopes.pop();
    }
  }

  /** Lists the elements open right now, outermost first. */
  openElements(): XmlElement[] {
    const open: XmlElement[] = [];
    for (let index = 1; index < this.elements.length; index++) {
      const element = this.elements[index];
      if (element) open.push(element);
    }
    return open;
  }

  /**
   * Adds character data (references expanded unless inside CDATA, or `expand` false: the caller knows there are
   * none), merged with a preceding run of the same kind.
   */
  text(data: string, offset: number, expand = true): void {
    const parent = this.elements[this.elements.length - 1];
    if (!parent) return;
    const value = this.inCdata || !expand ? data : expandEntities(data, offset, this.entities);
    const last = this.lastText;
    if (last !== null && last.cdata === this.inCdata) last.value += value;
    else addChild(parent, (this.lastText = { type: 'text', value, cdata: this.inCdata }));
  }

  /** Marks the start (true) or end (false) of a CDATA section. */
  cdata(inside: boolean): void {
    this.inCdata = inside;
  }
}
