/** Builds a light element tree from HTML in one htmlparser2 pass, within fixed time and memory bounds. */
import { Parser } from 'htmlparser2';
import { SKIPPED_TAGS } from './tag-sets.js';

/** One element of the light tree; text children are plain strings. */
export interface LightElement {
  tag: string;
  attrs: Record<string, string>;
  children: LightNode[];
  parent: LightElement | null;
  /** Characters of visible text below this element (whitespace runs count once). */
  textLength: number;
  /** Characters of that text inside links. */
  linkLength: number;
  /** Commas in that text (Latin and CJK), a cheap sign of prose. */
  commaCount: number;
  /** Set by pruning: why this subtree is not content (0 = kept). */
  pruned: number;
  /** Class and id, camelCase split, computed once on first use (see classAndId). */
  names?: string;
  /** Visible length and commas of this element's own text runs, computed once (see computeStats). */
  ownText?: { length: number; commas: number };
}

export type LightNode = LightElement | string;

/** What the head and scripts declare, gathered during the same pass. */
export interface HeadData {
  title: string;
  htmlLang: string | null;
  /** Every <meta>'s attributes, in document order. */
  metas: Array<Record<string, string>>;
  /** Every <link>'s attributes, in document order. */
  links: Array<Record<string, string>>;
  /** Raw bodies of <script type="application/ld+json">. */
  jsonLd: string[];
  /** The document's <base href>, if any. */
  baseHref: string | null;
}

export interface LightDocument {
  root: LightElement;
  head: HeadData;
  /** Set when the input was cut at a bound (size, depth, work). */
  truncated: boolean;
  elementCount: number;
}

/** Pages beyond this many characters are cut: no article needs more, and parsing stays bounded. */
export const MAX_INPUT_CHARS = 6_000_000;
/** Elements deeper than this are flattened into their ancestor, keeping recursion shallow. */
export const MAX_TREE_DEPTH = 256;
const MAX_ELEMENTS = 250_000;
// htmlparser2 keeps its open-element stack in an array it unshifts, so each open tag costs the
// current depth; this budget caps the total (≈ 0.2 s) against pathological nesting.
const MAX_STACK_WORK = 150_000_000;
const CHUNK_CHARS = 262_144;
const WHITESPACE_ONLY = /^\s*$/;

/** Creates a detached element (also used by tests and the feed fallback). */
export function createElement(tag: string, attrs: Record<string, string> = {}, parent: LightElement | null = null): LightElement {
  return { tag, attrs, children: [], parent, textLength: 0, linkLength: 0, commaCount: 0, pruned: 0 };
}

class TreeBuilder {
  readonly root = createElement('#root');
  readonly head: HeadData = { title: '', htmlLang: null, metas: [], links: [], jsonLd: [], baseHref: null };
  current: LightElement = this.root;
  depth = 0;
  overflow = 0;
  skipping = 0;
  skipTag = '';
  capture: 'title' | 'json' | null = null;
  captured = '';
  parserDepth = 0;
  stackWork = 0;
  elementCount = 0;
  stopped = false;

  open(name: string, attrs: Record<string, string>): void {
    this.parserDepth += 1;
    this.stackWork += this.parserDepth;
    if (this.stackWork > MAX_STACK_WORK || this.elementCount > MAX_ELEMENTS) this.stopped = true;
    if (this.skipping > 0) {
      if (name === this.skipTag) this.skipping += 1;
      return;
    }
    if (this.noteHead(name, attrs)) return;
    if (SKIPPED_TAGS.has(name)) {
      this.skipping = 1;
      this.skipTag = name;
      return;
    }
    if (this.depth >= MAX_TREE_DEPTH) {
      this.overflow += 1;
      return;
    }
    const element = createElement(name, attrs, this.current);
    this.current.children.push(element);
    this.current = element;
    this.depth += 1;
    this.elementCount += 1;
  }

  // Head elements feed metadata; <title> and JSON-LD scripts capture their text.
  noteHead(name: string, attrs: Record<string, string>): boolean {
    if (name === 'meta') this.head.metas.push(attrs);
    else if (name === 'link') this.head.links.push(attrs);
    else if (name === 'html') this.head.htmlLang ??= attrs.lang ?? attrs['xml:lang'] ?? null;
    else if (name === 'base') this.head.baseHref ??= attrs.href ?? null;
    else if (name === 'title' && !this.head.title) this.capture = 'title';
    else if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) this.capture = 'json';
    else return false;
    if (this.capture) {
      this.skipping = 1;
      this.skipTag = name;
      this.captured = '';
    }
    return true;
  }

  close(name: string): void {
    this.parserDepth = Math.max(0, this.parserDepth - 1);
    if (this.skipping > 0) {
      if (name === this.skipTag) this.skipping -= 1;
      if (this.skipping === 0) this.endCapture();
      return;
    }
    if (this.overflow > 0) {
      this.overflow -= 1;
      return;
    }
    if (this.current.tag !== name || this.current.parent === null) return;
    this.current = this.current.parent;
    this.depth -= 1;
  }

  endCapture(): void {
    if (this.capture === 'title') this.head.title = this.captured.replace(/\s+/g, ' ').trim();
    else if (this.capture === 'json') this.head.jsonLd.push(this.captured);
    this.capture = null;
    this.captured = '';
  }

  text(data: string): void {
    if (this.skipping > 0) {
      if (this.capture && this.captured.length < 1_000_000) this.captured += data;
      return;
    }
    const children = this.current.children;
    const last = children[children.length - 1];
    // Entities split one text run into several events; joining keeps words whole.
    if (typeof last === 'string') children[children.length - 1] = last + data;
    else children.push(WHITESPACE_ONLY.test(data) ? ' ' : data);
  }
}

/** Parses HTML into a light tree, skipping scripts, styles and other non-text subtrees. */
export function buildLightTree(html: string): LightDocument {
  const builder = new TreeBuilder();
  const parser = new Parser(
    {
      onopentag: (name, attrs) => builder.open(name, attrs),
      onclosetag: (name) => builder.close(name),
      ontext: (data) => builder.text(data),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  const input = html.length > MAX_INPUT_CHARS ? html.slice(0, MAX_INPUT_CHARS) : html;
  for (let start = 0; start < input.length && !builder.stopped; start += CHUNK_CHARS) {
    parser.write(input.slice(start, start + CHUNK_CHARS));
  }
  if (!builder.stopped) parser.end();
  return {
    root: builder.root,
    head: builder.head,
    truncated: builder.stopped || input.length < html.length,
    elementCount: builder.elementCount,
  };
}
