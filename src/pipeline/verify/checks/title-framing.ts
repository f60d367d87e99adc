/**
 * The cited articles' titles as support for a claim's framing words: a sentence that says "flagged an email"
 * under the title "… leaking 3,100 records" is about the leak, and a claim may call it that. Only the cited
 * articles' own titles count, never another story's.
 */
import type { Evidence } from '../evidence.js';
import { foldChinese } from '../text/chinese-fold.js';
import { isChinese } from '../text/normalise.js';
import { englishWords } from '../text/words.js';

/** The cited articles' titles: English stems and (Simplified) Chinese text. */
export interface TitleWords {
  stems: Set<string>;
  chineseText: string;
}

/** Collects the titles of the articles a claim cites. */
export function citedTitles(evidence: Evidence): TitleWords {
  const titles = [...new Set(evidence.cited.map((c) => c.article.title))];
  const english = titles.filter((title) => !isChinese(title));
  return {
    stems: new Set(english.flatMap((title) => englishWords(title).map((word) => word.stem))),
    chineseText: titles.filter(isChinese).map(foldChinese).join('\n'),
  };
}
