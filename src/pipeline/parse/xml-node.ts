/** The small XML tree the feed adapters read, with namespace-aware queries and an HTML serialiser. */

export interface XmlText {
  type: 'text';
  /** Character data with entities already expanded. */
  value: string;
  /** True for CDATA sections, whose content was never entity-decoded. */
  cdata: boolean;
}

export interface XmlElement {
  type: 'element';
  /** Qualified name as written, e.g. "dc:creator". */
  name: string;
  /** Local part of the name, e.g. "creator". */
  local: string;
  /** The local name lowercased, which the queries below match (feeds are careless about case). */
  lowercaseLocal: string;
  /** Short namespace key ("atom", "dc", "media"…), "" for none, or the raw URI when unknown. */
  namespace: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** Base URL in scope (xml:base resolved against its ancestors and the document URL). */
  base: string | null;
  /** True when an xml:base on this element or an ancestor set `base` (rather than only the document URL). */
  hasXmlBase: boolean;
  /** Language in scope from xml:lang. */
  lang: string | null;
  /** Character offset of the start tag in the parsed text. */
  offset: number;
}

export type XmlNode = XmlElement | XmlText;

/** Namespace keys treated as "the format's own elements" when matching plain names. */
export type NamespaceMatch = string | readonly string[];

function matchesNamespace(element: XmlElement, namespace: NamespaceMatch): boolean {
  return typeof namespace === 'string' ? element.namespace === namespace : namespace.includes(element.namespace);
}

/** Lists the element children of a node. */
export function elementsOf(parent: XmlElement): XmlElement[] {
  const elements: XmlElement[] = [];
  for (const child of parent.children) if (child.type === 'element') elements.push(child);
  return elements;
}

// The queries below run dozens of times per item: plain loops, no intermediate arrays.

/** Lists the children with the given namespace and local name (local names compare case-insensitively). */
export function childrenNamed(parent: XmlElement, namespace: NamespaceMatch, local: string): XmlElement[] {
  const wanted = local.toLowerCase();
  const found: XmlElement[] = [];
  for (const child of parent.children) {
    if (child.type === 'element' && child.lowercaseLocal === wanted && matchesNamespace(child, namespace)) found.push(child);
  }
  return found;
}

/** Returns the first child with the given namespace and local name. */
export function childNamed(parent: XmlElement, namespace: NamespaceMatch, local: string): XmlElement | null {
  const wanted = local.toLowerCase();
  for (const child of parent.children) {
    if (child.type === 'element' && child.lowercaseLocal === wanted && matchesNamespace(child, namespace)) return child;
  }
  return null;
}

/** Says whether any child element is in the given namespace (extension readers skip their work when none is). */
export function hasChildIn(parent: XmlElement, namespace: string): boolean {
  for (const child of parent.children) if (child.type === 'element' && child.namespace === namespace) return true;
  return false;
}

/** Returns every character of an element's text, descendants included. */
export function textOf(node: XmlNode): string {
  if (node.type === 'text') return node.value;
  const children = node.children;
  // Most elements hold one run of text: return it rather than build a copy.
  if (children.length === 1) return textOf(children[0]!);
  let text = '';
  for (const child of children) text += textOf(child);
  return text;
}

/** Returns the trimmed text of an element, or null when it is missing or blank. */
export function trimmedText(element: XmlElement | null | undefined): string | null {
  if (!element) return null;
  const text = textOf(element).trim();
  return text === '' ? null : text;
}

/** Returns the first child with the given namespace and local name whose trimmed text is not blank. */
export function firstText(parent: XmlElement, namespace: NamespaceMatch, local: string): XmlElement | null {
  const wanted = local.toLowerCase();
  for (const child of parent.children) {
    if (child.type === 'element' && child.lowercaseLocal === wanted && matchesNamespace(child, namespace) && trimmedText(child) !== null) {
      return child;
    }
  }
  return null;
}

/** Lists the non-blank trimmed texts of the children with the given namespace and local name. */
export function childTexts(parent: XmlElement, namespace: NamespaceMatch, local: string): string[] {
  const wanted = local.toLowerCase();
  const texts: string[] = [];
  for (const child of parent.children) {
    if (child.type !== 'element' || child.lowercaseLocal !== wanted || !matchesNamespace(child, namespace)) continue;
    const text = trimmedText(child);
    if (text !== null) texts.push(text);
  }
  return texts;
}

/** Counts the children with the given namespace and local name. */
export function countChildrenNamed(parent: XmlElement, namespace: NamespaceMatch, local: string): number {
  const wanted = local.toLowerCase();
  let count = 0;
  for (const child of parent.children) {
    if (child.type === 'element' && child.lowercaseLocal === wanted && matchesNamespace(child, namespace)) count++;
  }
  return count;
}

/** Reads an attribute by exact name, then by local name under any prefix. */
export function attributeOf(element: XmlElement, name: string): string | null {
  const attributes = element.attributes;
  const exact = attributes[name];
  if (exact !== undefined) return exact;
  const wanted = name.toLowerCase();
  for (const key in attributes) {
    const colon = key.indexOf(':');
    const local = colon >= 0 ? key.slice(colon + 1) : key;
    if (local.length === wanted.length && local.toLowerCase() === wanted && !key.startsWith('xmlns')) return attributes[key]!;
  }
  return null;
}

/** True when an element has element children (markup written inline rather than escaped). */
export function hasElementChildren(element: XmlElement): boolean {
  return element.children.some((child) => child.type === 'element');
}

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function serializeElement(element: XmlElement): string {
  // Inline XHTML often carries a prefix ("xhtml:p"); HTML consumers want the bare tag.
  const tag = element.namespace === 'xhtml' ? element.local : element.name;
  let attributes = '';
  for (const key in element.attributes) {
    if (key !== 'xmlns' && !key.startsWith('xmlns:')) attributes += ` ${key}="${escapeAttribute(element.attributes[key]!)}"`;
  }
  // In XML mode an unclosed HTML <br> swallows what follows it; hand that back as siblings.
  if (VOID_ELEMENTS.has(tag.toLowerCase())) return `<${tag}${attributes}>${serializeChildren(element)}`;
  return `<${tag}${attributes}>${serializeChildren(element)}</${tag}>`;
}

/** Serialises an element's children as HTML (text re-escaped, CDATA kept as the markup it holds). */
export function serializeChildren(element: XmlElement): string {
  let html = '';
  for (const child of element.children) {
    if (child.type === 'element') html += serializeElement(child);
    else html += child.cdata ? child.value : escapeText(child.value);
  }
  return html;
}

/**
 * Returns the HTML an element carries: its decoded text when the markup was escaped or in CDATA
 * (the usual case), or its serialised children when the publisher wrote the markup inline.
 */
export function markupOf(element: XmlElement | null | undefined): string | null {
  if (!element) return null;
  const html = hasElementChildren(element) ? serializeChildren(element) : textOf(element);
  const trimmed = html.trim();
  return trimmed === '' ? null : trimmed;
}
