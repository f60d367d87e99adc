/** Text helpers for feed fields: HTML to plain text for titles and summaries, and plain text to safe HTML. */
import { Parser } from 'htmlparser2';
import { scanHtml, type HtmlEvents } from './html-scan.js';

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'figure',
  'figcaption',
  'section',
  'article',
  'hr',
  'dd',
  'dt',
]);
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template']);

// A tag-looking run or an entity reference: only then is a field worth an HTML parse.
const LOOKS_LIKE_HTML = /<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?\/?>|<!--|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

const INLINE_SPACES = /[ \t\r\f\v\u00a0]+/g;
const LINE_BREAK_PADDING = /[^\S\n]*\n[^\S\n]*/g;
const BLANK_LINES = /\n{3,}/g;
const NEEDS_TIDYING = /[\t\n\r\f\v\u00a0]| {2}/;

/** Collapses runs of whitespace to single spaces and trims; null when nothing is left. */
export function collapseWhitespace(text: string | null | undefined): string | null {
  if (text == null) return null;
  const collapsed = text.replace(/[\s\u00a0]+/g, ' ').trim();
  return collapsed === '' ? null : collapsed;
}

/** Tidies plain text: spaces collapsed within lines, at most one blank line in a row, trimmed; null when empty. */
export function tidyText(text: string): string | null {
  // Most fields (titles, names) are one line with single spaces: then only the ends need trimming.
  if (!NEEDS_TIDYING.test(text)) {
    const trimmed = text.trim();
    return trimmed === '' ? null : trimmed;
  }
  // Whole-text passes rather than a split per line: collapse spaces, trim every line (JavaScript's whitespace, as
  // String.prototype.trim has it, on both sides of each line break), cap blank lines, trim the whole.
  const tidied = text.replace(INLINE_SPACES, ' ').replace(LINE_BREAK_PADDING, '\n').replace(BLANK_LINES, '\n\n').trim();
  return tidied === '' ? null : tidied;
}

/** Keeps what htmlToText wants of HTML events: text outside skipped elements, a line break at each block boundary. */
class TextCollector implements HtmlEvents {
  collected = '';
  private skipping = 0;

  open(name: string): void {
    if (SKIPPED_TAGS.has(name)) this.skipping++;
    else if (BLOCK_TAGS.has(name)) this.collected += '\n';
  }

  close(name: string): void {
    if (SKIPPED_TAGS.has(name)) this.skipping = Math.max(0, this.skipping - 1);
    else if (BLOCK_TAGS.has(name) && name !== 'br' && name !== 'hr') this.collected += '\n';
  }

  text(data: string): void {
    if (this.skipping === 0) this.collected += data;
  }
}

function collectWithHtmlparser2(html: string): string {
  const collector = new TextCollector();
  const parser = new Parser(
    {
      // onopentagname rather than onopentag: the parser then never builds attribute objects, which are not needed here.
      onopentagname: (name) => collector.open(name),
      onclosetag: (name) => collector.close(name),
      ontext: (data) => collector.text(data),
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return collector.collected;
}

/** Converts HTML to plain text: tags dropped, entities decoded, block boundaries kept as line breaks. */
export function htmlToText(html: string | null | undefined): string | null {
  if (html == null) return null;
  if (!LOOKS_LIKE_HTML.test(html)) return tidyText(html);
  // html-scan reads common feed HTML as htmlparser2 would, several times faster; the rest goes to htmlparser2.
  const collector = new TextCollector();
  return tidyText(scanHtml(html, collector) ? collector.collected : collectWithHtmlparser2(html));
}

/** Converts an HTML-or-text field to one line of plain text (for titles). */
export function htmlToLine(html: string | null | undefined): string | null {
  return collapseWhitespace(htmlToText(html));
}

/** Escapes text for inclusion in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Turns plain text into HTML paragraphs: blank lines separate paragraphs, single newlines become <br>. */
export function textToHtml(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  return trimmed
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

const BLOCK_MARKUP = /<(?:p|div|br|img|ul|ol|li|table|blockquote|h[1-6]|figure|pre|iframe|video|audio)\b/i;

/**
 * Says whether an RSS description holds a full article rather than a teaser: block-level markup
 * (paragraphs, images, lists…) and at least 200 characters of text. Such descriptions also become contentHtml.
 * `plainText` is htmlToText(html) when the caller already has it.
 */
export function isRichMarkup(html: string | null | undefined, plainText?: string | null): boolean {
  if (!html || !BLOCK_MARKUP.test(html)) return false;
  return ((plainText === undefined ? htmlToText(html) : plainText)?.length ?? 0) >= 200;
}
