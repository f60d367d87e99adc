/** Turns text into terms a plain word index can match, including Chinese, Japanese and Korean. */

const CJK_CLASS = '[\\p{Script_Extensions=Han}\\p{Script_Extensions=Hiragana}\\p{Script_Extensions=Katakana}\\p{Script_Extensions=Hangul}]';
const CJK = new RegExp(CJK_CLASS, 'u');
// Letters only: CJK punctuation shares these scripts' extensions but must not become a term.
// Other letters and digits form words, stopping where a CJK run starts ("K10芯片" → k10, 芯片).
const RUN = new RegExp(`(?:(?=\\p{Letter})${CJK_CLASS})+|(?:(?!${CJK_CLASS})[\\p{Letter}\\p{Number}])+`, 'gu');

/**
 * Splits text into index terms: Latin-script words lowercased, and scripts written without
 * spaces as overlapping character bigrams (a lone character stays a unigram). Bigrams let
 * a two-character Chinese word like 芯片 match without a dictionary.
 */
export function searchTerms(text: string): string[] {
  return searchPhrases(text).flat();
}

/**
 * Splits text into phrases of terms, one phrase per word or CJK run. A query matches a CJK run
 * as a phrase (its bigrams adjacent and in order), so 数据中心 does not match 数据 … 中心 apart.
 */
export function searchPhrases(text: string): string[][] {
  const phrases: string[][] = [];
  for (const match of text.normalize('NFKC').matchAll(RUN)) {
    const run = match[0];
    if (!CJK.test(run)) {
      phrases.push([run.toLowerCase()]);
      continue;
    }
    const chars = [...run];
    if (chars.length === 1) phrases.push([run]);
    else phrases.push(chars.slice(1).map((char, i) => `${chars[i]}${char}`));
  }
  return phrases;
}
