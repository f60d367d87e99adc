/** Text helpers for feed fields: HTML to plain text for titles and summaries, and plain text to safe HTML. */
import { Parser } from 'htmlparser2';

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

/** Collapses runs of whitespace to single spaces and trims; null when nothing is left. */
export function collapseWhitespace(text: string | null | undefined): string | null {
  if (text == null) return null;
  const collapsed = text.replace(/[\s\u00a0]+/g, ' ').trim();
  return collapsed === '' ? null : collapsed;
}

/** Tidies plain text: spaces collapsed within lines, at most one blank line in a row, trimmed; null when empty. */
export function tidyText(text: string): string | null {
  const lines = text.split('\n').map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim());
  const joined = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return joined === '' ? null : joined;
}

/** Converts HTML to plain text: tags dropped, entities decoded, block boundaries kept as line breaks. */
export function htmlToText(html: string | null | undefined): string | null {
  if (html == null) return null;
  if (!LOOKS_LIKE_HTML.test(html)) return tidyText(html);
  let text = '';
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED_TAGS.has(name)) skipping++;
        else if (BLOCK_TAGS.has(name)) text += '\n';
      },
      onclosetag(name) {
        if (SKIPPED_TAGS.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK_TAGS.has(name) && name !== 'br' && name !== 'hr') text += '\n';
      },
      ontext(data) {
        if (skipping === 0) text += data;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return tidyText(text);
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
 */
export function isRichMarkup(html: string | null | undefined): boolean {
  if (!html || !BLOCK_MARKUP.test(html)) return false;
  return (htmlToText(html)?.length ?? 0) >= 200;
}
