/** Checks the model's sentences against the instructions withheld from it: an echo of one must not reach the brief. */
import { contentTerms } from '../text.js';
import { looksLikeInstruction } from '../../model/index.js';
import type { SourceBlock } from './source-block.js';

/** Returns why a brief sentence is refused as steered by injected text, or null when it is clean. */
export function injectionReason(text: string, block: SourceBlock): string | null {
  if (looksLikeInstruction(text)) return 'reads as an instruction to a model';
  if (block.withheld.length === 0) return null;
  const injected = new Set(block.withheld.flatMap((numbered) => contentTerms(numbered.sentence.text)));
  const reported = new Set<string>();
  for (const numbered of block.sentences.values()) for (const term of contentTerms(numbered.sentence.text)) reported.add(term);
  // A term found only in a withheld instruction ("bankrupt") can only have come from obeying it.
  const echoed = contentTerms(text).filter((term) => injected.has(term) && !reported.has(term));
  return echoed.length > 0 ? `repeats text from an instruction embedded in a source (${[...new Set(echoed)].join(', ')})` : null;
}
