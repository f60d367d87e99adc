/** Plain text from an HTML fragment: block elements become line breaks, entities are decoded. */
import { Parser } from 'htmlparser2';

const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'tr',
  'section',
  'article',
  'pre',
  'figcaption',
]);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template']);

/** Returns the text of an HTML fragment with paragraphs separated by blank lines. */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (SKIPPED.has(name)) skipping += 1;
        else if (BLOCKS.has(name)) parts.push('\n\n');
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCKS.has(name)) parts.push('\n\n');
      },
      ontext(text) {
        if (skipping === 0) parts.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return parts
    .join('')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
