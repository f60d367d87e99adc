/** Text clean-up shared by the checks: citation markers, quote marks, whitespace and script detection. */

const MARKER = /\s*\[\d+(?:\s*[,–-]\s*\d+)*\]/g;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN = /[A-Za-z]/g;

/** Removes the inline [n] reference markers the article section carries. */
export function stripMarkers(text: string): string {
  return text.replace(MARKER, '').trim();
}

/** Normalises quote marks, dashes and whitespace so a verbatim comparison ignores typography. */
export function normaliseQuote(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[“”„‟«»「」『』"]/g, '"')
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .replace(/^["'\s]+|["'\s]+$/g, '')
    .trim();
}

/** Tells whether a text is mostly Chinese: more CJK characters than Latin letters. */
export function isChinese(text: string): boolean {
  const cjk = text.match(CJK)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  return cjk > 0 && cjk * 2 >= latin;
}

/** Returns the language tag a text should be analysed with: "zh" for Chinese script, else the hint or "en". */
export function languageOf(text: string, hint?: string | null): string {
  if (isChinese(text)) return hint?.startsWith('zh') ? hint : 'zh';
  return hint && !hint.startsWith('zh') ? hint : 'en';
}

/** Tells whether a language tag names Chinese. */
export function isChineseTag(language: string): boolean {
  return language.toLowerCase().startsWith('zh');
}
