/**
 * A citation of the wrong article: the claim's own content (words its cited sentences lack) is nowhere in the cited
 * articles, yet sits together in one sentence of another article of the story. An editor's paraphrase brings words
 * of its own too, but those rarely gather in one sentence of the other article the story happens to hold. Against a
 * cited Chinese article only the words the glossary knows and the cited sentence does not render count, and the other
 * sentence must say nearly all of the claim.
 */
import { englishTerms, type TextAnalysis } from '../analysis.js';
import { GENERIC_WORDS } from '../cues/stopwords.js';
import type { Evidence } from '../evidence.js';
import type { IndexedArticle, SourceIndex } from '../sources.js';
import { chineseFor } from '../text/glossary.js';
import { hasParaphrase, matesOf } from '../text/paraphrase.js';
import { isChinese } from '../text/normalise.js';
import { englishWords } from '../text/words.js';
import { NUMBER_WORDS } from '../cues/calendar.js';

/** Words of the claim that must sit together in one sentence of another article. */
const MIN_MOVED = 3;
/** A claim this short is mostly a paraphrase's own words; it is left to the term check. */
const MIN_TERMS = 4;
/** How much more of the claim that sentence must say than the cited ones. */
const MIN_GAIN = 0.3;
/** Against a Chinese cited article: how much of the claim the other sentence must say. */
const CHINESE_SHARE = 0.8;

/** Returns a reason when the claim's distinctive words come from an article it does not cite. */
export function checkWrongArticle(claim: TextAnalysis, evidence: Evidence, index: SourceIndex): string[] {
  if (claim.chinese) return [];
  const cited = new Set(evidence.cited.map((c) => c.article));
  // Against a Chinese article the glossary cannot tell an absent word from one it does not render: only words it
  // knows count as the claim's own, and the other sentence must say nearly all of the claim.
  const chinese = [...cited].some((article) => isChinese(index.whole(article).text));
  // A cited Chinese sentence that gives the claim's figures or dates is the claim's source, whatever words it lacks.
  if (chinese && claim.quantities.some((q) => evidence.quantities.some((cited) => cited.key === q.key))) return [];
  const inCited = [...cited].map((article) => articleReader(article, index));
  const terms = englishTerms(claim).filter(
    (word) => !GENERIC_WORDS.has(word.word) && !GENERIC_WORDS.has(word.stem) && NUMBER_WORDS[word.word] === undefined,
  );
  const own = terms.filter(
    (word) => !hasParaphrase(evidence.stems, word.stem) && !(chinese && (!known(word.stem) || renderedIn(word.stem, evidence.chineseText))),
  );
  if (terms.length < MIN_TERMS || own.length < MIN_MOVED) return [];
  if (!chinese && !own.some((word) => !inCited.some((reads) => reads(word.stem)))) return [];
  const citedShare = chinese ? CHINESE_SHARE - MIN_GAIN : (terms.length - own.length) / terms.length;
  for (const article of index.articles.values()) {
    if (cited.has(article)) continue;
    for (const sentence of article.sentences) {
      const analysis = index.analyse(article, sentence);
      const moved = own.filter((word) => sentenceReads(analysis, word.stem));
      const share = terms.filter((word) => sentenceReads(analysis, word.stem)).length / terms.length;
      const foreign = chinese || moved.some((word) => !inCited.some((reads) => reads(word.stem)));
      if (moved.length >= MIN_MOVED && foreign && share - citedShare >= MIN_GAIN)
        return [`wrong article: ${moved.map((w) => `"${w.word}"`).join(', ')} come from article ${article.id}, not the cited one`];
    }
  }
  return [];
}

// Whether a whole article says a word, in English or in a Chinese rendering of it or a near-synonym.
function articleReader(article: IndexedArticle, index: SourceIndex): (stem: string) => boolean {
  const text = index.whole(article).text;
  const stems = new Set(englishWords(text).map((word) => word.stem));
  return (stem) => hasParaphrase(stems, stem) || renderedIn(stem, text);
}

function sentenceReads(analysis: TextAnalysis, stem: string): boolean {
  return analysis.chinese ? renderedIn(stem, analysis.text) : hasParaphrase(analysis.stems, stem);
}

function known(stem: string): boolean {
  return [...matesOf(stem)].some((mate) => chineseFor(mate) !== undefined);
}

function renderedIn(stem: string, text: string): boolean {
  return [...matesOf(stem)].some((mate) => (chineseFor(mate) ?? []).some((zh) => text.includes(zh)));
}
