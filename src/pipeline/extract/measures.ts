/** Small text measures the extractor reports: word counts (CJK characters count as words) and sentence endings. */

function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xac00 && code <= 0xd7af)
  );
}

// Separators: ASCII whitespace and punctuation, Latin-1 punctuation, general and CJK punctuation.
function isSeparator(code: number): boolean {
  if (code < 0x80) return !((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a));
  return code <= 0xbf || (code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xff0f);
}

/** Counts words; each Chinese, Japanese or Korean character counts as one, as word processors count them. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isCjk(code)) {
      count += 1;
      inWord = false;
    } else if (isSeparator(code)) inWord = false;
    else if (!inWord) {
      count += 1;
      inWord = true;
    }
  }
  return count;
}

/** Returns true when text ends like a finished sentence (period, question mark, closing quote …). */
export function endsCleanly(text: string): boolean {
  return /[.!?…。！？」』"”’)\]]\s*$/u.test(text);
}
