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
  return parent.children.filter((child): child is XmlElement => child.type === 'element');
}

/** Lists the children with the given namespace and local name (local names compare case-insensitively). */
export function childrenNamed(parent: XmlElement, namespace: NamespaceMatch, local: string): XmlElement[] {
  const wanted = local.toLowerCase();
  return elementsOf(parent).filter((child) => child.local.toLowerCase() === wanted && matchesNamespace(child, namespace));
}

/** Returns the first child with the given namespace and local name. */
export function childNamed(parent: XmlElement, namespace: NamespaceMatch, local: string): XmlElement | null {
  return childrenNamed(parent, namespace, local)[0] ?? null;
}

/** Returns every character of an element's text, descendants included. */
export function textOf(node: XmlNode): string {
  if (node.type === 'text') return node.value;
  let text = '';
  for (const child of node.children) text += textOf(child);
  return text;
}

/** Returns the trimmed text of an element, or null when it is missing or blank. */
export function trimmedText(element: XmlElement | null | undefined): string | null {
  if (!element) return null;
  const text = textOf(element).trim();
  return text === '' ? null : text;
}

/** Returns the first non-blank trimmed text among the given children. */
export function firstText(parent: XmlElement, namespace: NamespaceMatch, local: string): XmlElement | null {
  return childrenNamed(parent, namespace, local).find((child) => trimmedText(child) !== null) ?? null;
}

/** Reads an attribute by exact name, then by local name under any prefix. */
export function attributeOf(element: XmlElement, name: string): string | null {
  const exact = element.attributes[name];
  if (exact !== undefined) return exact;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(element.attributes)) {
    const local = key.includes(':') ? key.slice(key.indexOf(':') + 1) : key;
    if (local.toLowerCase() === wanted && !key.startsWith('xmlns')) return value;
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
  const attributes = Object.entries(element.attributes)
    .filter(([key]) => key !== 'xmlns' && !key.startsWith('xmlns:'))
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join('');
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
