/**
 * Substitutions: "instead of X", "rather than X" negate X only as the thing replaced. A sentence that says
 * the same by another route ("replaces X with Y", "7.0 days against 9.1", "fell to 7.0 days from 9.1", "compared with")
 * keeps the polarity, and so does one that marks X as the old state: "originally planned for 2028", "stopped
 * attaching X", "no longer".
 */
import { ENGLISH_STOPWORDS } from '../cues/stopwords.js';

const SUBSTITUTION_CUES = new Set(['instead of', 'rather than', '而非', '而不是', '取代', '替代']);
const STATES_SUBSTITUTION =
  /\b(?:instead of|rather than|replac(?:e|es|ed|ing)|in place of|against|versus|vs\.?|compared (?:with|to)|swap(?:s|ped|ping)?|substitut\w*|(?:down|up) from|to\s+\S+(?:\s+\S+)?\s+from|originally(?:\s+(?:planned|scheduled|set|due|slated|expected|meant))?(?:\s+(?:for|in|on|at|to))?|previously|stopp(?:ed|ing)|ceased|no longer|moved away from|switched from)\b|取代|替代|替换|而非|而不是|相比|对比|原定|原计划|原計劃|不再/gi;

const OLD_STATE = /^(?:originally|previously|stopp|ceased|no longer|moved away|switched|原定|原计划|原計劃|不再)/i;

/** Tells whether a negation cue is a substitution ("instead of"). */
export function isSubstitution(cue: string): boolean {
  return SUBSTITUTION_CUES.has(cue.toLowerCase());
}

/**
 * Tells whether a text puts the same thing in the place of, or against, another: a substitution phrase followed
 * by the words the other side's cue is followed by ("replaces 64 front-panel pluggables" for "instead of 64
 * pluggable modules"). A phrase the cue itself denies ("rather than in place of them") and a swapped pair
 * ("X instead of Y" for "Y instead of X") meet nothing.
 */
export function statesSubstitution(text: string, negated: string): boolean {
  const denied = negated.toLowerCase();
  const wanted = tokens(denied);
  for (const match of text.matchAll(STATES_SUBSTITUTION)) {
    if (denied.includes(match[0].toLowerCase())) continue;
    const from = (match.index ?? 0) + match[0].length;
    // The old state a phrase marks runs to its clause's end: "originally planned for March, is now set for June".
    const stretch = OLD_STATE.test(match[0]) ? text.slice(from, from + 40).split(/[,;.，；。]/)[0]! : text.slice(from, from + 40);
    const after = tokens(stretch.toLowerCase());
    if ([...after].some((token) => wanted.has(token))) return true;
  }
  return false;
}

// Content words and figures of a short stretch; Chinese as character pairs.
function tokens(text: string): Set<string> {
  const words = (text.match(/\d+(?:\.\d+)?|[a-z]+/g) ?? []).filter((word) => !ENGLISH_STOPWORDS.has(word) && word.length > 1);
  const han = text.match(/[\u3400-\u9fff]+/g) ?? [];
  const pairs = han.flatMap((run) => Array.from({ length: Math.max(0, run.length - 1) }, (_, i) => run.slice(i, i + 2)));
  return new Set([...words.map((word) => word.replace(/s$/, '')), ...pairs]);
}
