/** Picks the brief's attributed quote: a verbatim source sentence with a direct quotation, else a clear attributed statement. */
import type { BriefQuote } from '../../domain/index.js';
import { isDangling } from './antecedents.js';
import { ATTRIBUTION_VERBS, PRONOUN_SPEAKER, UNNAMED_SPEAKER } from './cues.js';
import { ATTRIBUTION_VERBS_ZH, QUOTE_PREFIX_ZH } from './cues-zh.js';
import type { Pool, PoolSentence } from './pool.js';
import { hasDirectQuote, hasOpenQuote, textLength } from './text.js';

// Any direct quotation outranks a plain attributed statement: salience spans far less than this.
const STATEMENT_GAP = 10;

/** Formats the quote line: "<Outlet> reported: <sentence>" (Chinese: "<媒体>报道：<句子>"). */
export function quoteLine(outlet: string, sentence: string, language: string): string {
  return language === 'zh' ? `${outlet}${QUOTE_PREFIX_ZH}${sentence}` : `${outlet} reported: ${sentence}`;
}

function attributed(item: PoolSentence, language: string): boolean {
  const text = item.sentence.text;
  const attribution = language === 'zh' ? ATTRIBUTION_VERBS_ZH : ATTRIBUTION_VERBS;
  const length = textLength(text);
  // A quote is verbatim, so "She said…" cannot be resolved: it would not say who is talking.
  return attribution.test(text) && !isDangling(text) && length >= 10 && length <= 60;
}

// A direct quotation, else a clear attributed statement ("Corvane said the K10 ships in 2027"): never a
// fragment of a longer quotation or a sentence whose speaker is only a pronoun.
function quoteValue(item: PoolSentence, language: string, salience: ReadonlyMap<string, number>): number | null {
  if (!attributed(item, language)) return null;
  const text = item.sentence.text;
  const direct = hasDirectQuote(text);
  const statement = item.selectable && !hasOpenQuote(text) && /[.!?。！？]$/.test(text.trim());
  if (!direct && (!statement || PRONOUN_SPEAKER.test(text) || UNNAMED_SPEAKER.test(text))) return null;
  // A named speaker beats "she said": the quote must stand alone on the page.
  return (salience.get(item.key) ?? 0) - (PRONOUN_SPEAKER.test(text) ? 1 : 0) + (direct ? STATEMENT_GAP : 0);
}

/** Returns the quote from the most salient quotable sentence, or undefined when no sentence attributes anything to anyone. */
export function selectQuote(pool: Pool, salience: ReadonlyMap<string, number>): BriefQuote | undefined {
  let best: PoolSentence | null = null;
  let bestValue = -Infinity;
  for (const item of pool.sentences) {
    const value = quoteValue(item, pool.language, salience);
    if (value !== null && value > bestValue) [best, bestValue] = [item, value];
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
