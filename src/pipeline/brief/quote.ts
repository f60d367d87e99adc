/** Picks the brief's attributed quote: a verbatim source sentence with a direct quotation, else a clear attributed statement. */
import type { BriefQuote } from '../../domain/index.js';
import { isDangling } from './antecedents.js';
import { ATTRIBUTION_VERBS, PRONOUN_SPEAKER, UNNAMED_SPEAKER } from './cues.js';
import { ATTRIBUTION_VERBS_ZH, QUOTE_PREFIX_ZH } from './cues-zh.js';
import type { Pool, PoolSentence } from './pool.js';
import { closesQuotation, hasDirectQuote, hasOpenQuote, opensQuotation, textLength } from './text.js';

// Any direct quotation outranks a plain attributed statement: salience spans far less than this.
const STATEMENT_GAP = 10;
// A quotation whose speaker is only "she said" ranks below every quotation with a named speaker.
const PRONOUN_PENALTY = STATEMENT_GAP / 2;
// A quotation of several sentences is shown whole only up to this length (words, or characters / 2 in Chinese).
const MAX_QUOTE_LENGTH = 70;

/** A quotable passage: one sentence, or a quotation opened in one sentence and closed, attributed, in the next. */
interface Passage {
  items: readonly PoolSentence[];
  text: string;
}

/** Formats the quote line: "<Outlet> reported: <sentence>" (Chinese: "<媒体>报道：<句子>"). */
export function quoteLine(outlet: string, sentence: string, language: string): string {
  return language === 'zh' ? `${outlet}${QUOTE_PREFIX_ZH}${sentence}` : `${outlet} reported: ${sentence}`;
}

function attributed(passage: Passage, language: string, maxLength: number): boolean {
  const attribution = language === 'zh' ? ATTRIBUTION_VERBS_ZH : ATTRIBUTION_VERBS;
  const length = textLength(passage.text);
  // A quote is verbatim, so "She said…" cannot be resolved: it would not say who is talking.
  return attribution.test(passage.text) && !isDangling(passage.text) && length >= 10 && length <= maxLength;
}

// A direct quotation, else a clear attributed statement ("Corvane said the K10 ships in 2027"): never a
// fragment of a longer quotation or a sentence whose speaker is only a pronoun.
function quoteValue(passage: Passage, language: string, salience: ReadonlyMap<string, number>): number | null {
  const { text, items } = passage;
  const single = items.length === 1;
  if (!attributed(passage, language, single ? 60 : MAX_QUOTE_LENGTH)) return null;
  const direct = hasDirectQuote(text);
  const statement = single && items[0]!.selectable && !hasOpenQuote(text) && /[.!?。！？]$/.test(text.trim());
  if (!direct && (!statement || PRONOUN_SPEAKER.test(text) || UNNAMED_SPEAKER.test(text))) return null;
  // A named speaker beats "she said": the quote must stand alone on the page.
  const first = salience.get(items[0]!.key) ?? 0;
  return first - (PRONOUN_SPEAKER.test(text) ? PRONOUN_PENALTY : 0) + (direct ? STATEMENT_GAP : 0);
}

/**
 * Each sentence as a passage, and each quotation that runs over two sentences ("“Our customers are asking about 2028.
 * This plant is how we answer them,” Park said.") joined whole: its halves alone are fragments.
 */
function passagesOf(pool: Pool): Passage[] {
  const passages: Passage[] = pool.sentences.map((item) => ({ items: [item], text: item.sentence.text }));
  const joiner = pool.language === 'zh' ? '' : ' ';
  for (const item of pool.sentences) {
    const next = pool.byArticle.get(item.article.id)?.[item.position + 1];
    if (!next || next.language !== pool.language || !opensQuotation(item.sentence.text) || !closesQuotation(next.sentence.text)) continue;
    passages.push({ items: [item, next], text: `${item.sentence.text}${joiner}${next.sentence.text}` });
  }
  return passages;
}

/** Returns the quote from the most salient quotable sentence, or undefined when no sentence attributes anything to anyone. */
export function selectQuote(pool: Pool, salience: ReadonlyMap<string, number>): BriefQuote | undefined {
  let best: Passage | null = null;
  let bestValue = -Infinity;
  for (const passage of passagesOf(pool)) {
    const value = quoteValue(passage, pool.language, salience);
    if (value !== null && value > bestValue) [best, bestValue] = [passage, value];
  }
  if (!best) return undefined;
  const first = best.items[0]!;
  return {
    text: quoteLine(first.article.outlet, best.text, pool.language),
    citations: [{ articleId: first.article.id, sentenceIds: best.items.map((item) => item.sentence.id) }],
    quote: best.text,
    outlet: first.article.outlet,
    articleId: first.article.id,
    sentenceId: first.sentence.id,
  };
}
