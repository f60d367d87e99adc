/** Which sentences can state a timeline event on their own: the filter the story's and related stories' timelines share. */
import { DANGLING_OPENERS } from '../cues.js';
import { hasOpenQuote, textLength } from '../text.js';

/**
 * Tells whether a sentence can stand alone as a dated event: not a quotation, a fragment or a run-on. One that
 * opens on a reference back ("It requires …") stands alone when the caller has resolved that reference.
 */
export function canStateEvent(text: string, openerResolved = false): boolean {
  const length = textLength(text);
  // A quotation or a fragment leaning on the previous sentence does not state an event on its own.
  return length >= 5 && length <= 70 && !/^["“「]/.test(text) && !hasOpenQuote(text) && (openerResolved || !DANGLING_OPENERS.test(text));
}

/** Tells whether a sentence opens on a reference back to the one before it ("It", "This", "However"). */
export function leansBack(text: string): boolean {
  return DANGLING_OPENERS.test(text);
}
