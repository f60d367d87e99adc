/** Which sentences can state a timeline event on their own: the filter the story's and related stories' timelines share. */
import { DANGLING_OPENERS } from '../cues.js';
import { hasOpenQuote, textLength } from '../text.js';

/** Tells whether a sentence can stand alone as a dated event: not a quotation, a fragment or a run-on. */
export function canStateEvent(text: string): boolean {
  const length = textLength(text);
  // A quotation or a fragment leaning on the previous sentence does not state an event on its own.
  return length >= 5 && length <= 70 && !/^["“「]/.test(text) && !hasOpenQuote(text) && !DANGLING_OPENERS.test(text);
}
