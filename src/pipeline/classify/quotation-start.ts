/**
 * Evidence a reader can take in: a sentence that ends a quotation of several sentences ("…," said Carla Jennings)
 * starts mid-quote on its own, so the label keeps the sentences that open it beside it.
 */
import type { Sentence } from '../../domain/sentence.js';
import { closesQuotation, joinSentences, opensQuotation } from '../segment/index.js';

// Quotations run a few sentences; past this many, the opening mark is more likely a stray one.
const MAX_QUOTED_SENTENCES = 3;

/**
 * Returns the sentences of the paragraph before `index` back to the one that opens the quotation sentence `index`
 * closes, joined; undefined when the sentence closes no quotation or its opening is not found.
 */
export function quotationStart(sentences: readonly { sentence: Sentence }[], index: number): string | undefined {
  const sentence = sentences[index]?.sentence;
  if (!sentence || !closesQuotation(sentence.text)) return undefined;
  const before: string[] = [];
  for (let at = index - 1; at >= 0 && before.length < MAX_QUOTED_SENTENCES; at--) {
    const previous = (sentences[at] as { sentence: Sentence }).sentence;
    if (previous.paragraph !== sentence.paragraph) return undefined;
    before.unshift(previous.text);
    if (opensQuotation(previous.text)) return joinSentences(before);
  }
  return undefined;
}
