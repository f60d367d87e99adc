/** Test helper: compares rendered markup without its source formatting (line breaks, indentation). */

/** Collapses whitespace runs, and drops whitespace before ">" and between tags, as a browser's rendering mostly would. */
export function squash(markup: string): string {
  return markup
    .replace(/\s+/g, ' ')
    .replace(/\s+(\/?)>/g, '$1>')
    .replace(/>\s+</g, '><');
}
