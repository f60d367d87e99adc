/**
 * Quotation marks across sentence boundaries: a quotation of several sentences is split by the segmenter, and its
 * pieces open or close a quotation they do not finish. Curly and corner marks are counted by kind, straight ones by parity.
 */
const CURLY_OPENS = /[“「『]/g;
const CURLY_CLOSES = /[”」』]/g;

// Opening curly marks minus closing ones, and the straight quotes: how a sentence leaves its quotations.
function quoteMarks(text: string): { curly: number; straight: number } {
  const curly = (text.match(CURLY_OPENS)?.length ?? 0) - (text.match(CURLY_CLOSES)?.length ?? 0);
  return { curly, straight: text.match(/"/g)?.length ?? 0 };
}

/** Tells whether quotation marks open or close without their pair: a piece of a multi-sentence quote. */
export function hasOpenQuote(text: string): boolean {
  const { curly, straight } = quoteMarks(text);
  return straight % 2 === 1 || curly !== 0;
}

/** Tells whether a sentence leaves a quotation open: more opening marks than closing ones, or an odd straight quote that opens. */
export function opensQuotation(text: string): boolean {
  const { curly, straight } = quoteMarks(text);
  if (curly !== 0) return curly > 0;
  const last = text.lastIndexOf('"');
  return straight % 2 === 1 && (last === 0 || /[\s(:—–-]/.test(text[last - 1] ?? ''));
}

/** Tells whether a sentence closes a quotation it did not open: more closing marks, or an odd straight quote after a word. */
export function closesQuotation(text: string): boolean {
  const { curly, straight } = quoteMarks(text);
  if (curly !== 0) return curly < 0;
  const first = text.indexOf('"');
  return straight % 2 === 1 && first > 0 && /\S/.test(text[first - 1] ?? '');
}
