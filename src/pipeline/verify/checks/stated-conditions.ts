/** Tells whether a claim's "tied to" restates a condition its cited sentences state, rather than framing a motive. */
import type { Evidence } from '../evidence.js';
import type { CueHit } from '../text/cues.js';
import { hasParaphrase } from '../text/paraphrase.js';

// "The remaining $960 million tied to milestones" for "released in tranches as FAF hits milestones": a payment tied to
// what the source makes it wait on restates a condition, not a motive, when the source states that condition.
export function conditionStated(hit: CueHit, evidence: Evidence): boolean {
  const head = hit.window[0];
  if (hit.cue !== 'tied to' || head === undefined) return false;
  const mates = new Set([head]);
  return evidence.analyses.some((analysis) =>
    analysis.words.some(
      (word) => hasParaphrase(mates, word.stem) && CONDITION_BEFORE.test(analysis.text.slice(Math.max(0, word.start - 32), word.start)),
    ),
  );
}

// The condition opens a few words before what it waits on ("as FAF hits milestones", "once it meets its targets").
const CONDITION_BEFORE = /\b(?:as|when|once|upon|if|subject to|contingent on|conditional on|depending on|dependent on)\s+(?:\S+\s+){0,3}$/i;
