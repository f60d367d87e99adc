/** Picks the brief's attributed quote: a verbatim source sentence containing a direct quotation. */
import type { BriefQuote } from '../../domain/index.js';
import { isDangling } from './antecedents.js';
import { ATTRIBUTION_VERBS, PRONOUN_SPEAKER } from './cues.js';
import { ATTRIBUTION_VERBS_ZH, QUOTE_PREFIX_ZH } from './cues-zh.js';
import type { Pool, PoolSentence } from './pool.js';
import { hasDirectQuote, textLength } from './text.js';

/** Formats the quote line: "<Outlet> reported: <sentence>" (Chinese: "<媒体>报道：<句子>"). */
export function quoteLine(outlet: string, sentence: string, language: string): string {
  return language === 'zh' ? `${outlet}${QUOTE_PREFIX_ZH}${sentence}` : `${outlet} reported: ${sentence}`;
}

function isQuotable(item: PoolSentence, language: string): boolean {
  const text = item.sentence.text;
  const attribution = language === 'zh' ? ATTRIBUTION_VERBS_ZH : ATTRIBUTION_VERBS;
  const length = textLength(text);
  // A quote is verbatim, so "She said…" cannot be resolved: it would not say who is talking.
  return hasDirectQuote(text) && attribution.test(text) && !isDangling(text) && length >= 10 && length <= 60;
}

/** Returns the quote from the most salient quotable sentence, or undefined when no sentence quotes anyone. */
export function selectQuote(pool: Pool, salience: ReadonlyMap<string, number>): BriefQuote | undefined {
  let best: PoolSentence | null = null;
  let bestValue = -Infinity;
  for (const item of pool.sentences) {
    if (!isQuotable(item, pool.language)) continue;
    // A named speaker beats "she said": the quote must stand alone on the page.
    const value = (salience.get(item.key) ?? 0) - (PRONOUN_SPEAKER.test(item.sentence.text) ? 1 : 0);
    if (value > bestValue) [best, bestValue] = [item, value];
  }
  if (!best) return undefined;
  const sentence = best.sentence.text;
  return {
    text: quoteLine(best.article.outlet, sentence, pool.language),
    citations: [{ articleId: best.article.id, sentenceIds: [best.sentence.id] }],
    quote: sentence,
    outlet: best.article.outlet,
    articleId: best.article.id,
    sentenceId: best.sentence.id,
  };
}
