/**
 * Substitutions: "instead of X", "rather than X" negate X only as the thing replaced. A sentence that says
 * the same by another route ("replaces X with Y", "7.0 days against 9.1", "compared with") keeps the polarity.
 */

const SUBSTITUTION_CUES = new Set(['instead of', 'rather than', '而非', '而不是', '取代', '替代']);
const STATES_SUBSTITUTION =
  /\b(?:instead of|rather than|replac(?:e|es|ed|ing)|in place of|against|versus|vs\.?|compared (?:with|to)|swap(?:s|ped|ping)?|substitut\w*|(?:down|up) from)\b|取代|替代|替换|而非|而不是|相比|对比/gi;

/** Tells whether a negation cue is a substitution ("instead of"). */
export function isSubstitution(cue: string): boolean {
  return SUBSTITUTION_CUES.has(cue.toLowerCase());
}

/**
 * Tells whether a text puts one thing in the place of, or against, another, by a phrase other than the one a
 * substitution cue negates: "alongside … rather than in place of them" denies an "in place of", never meets it.
 */
export function statesSubstitution(text: string, negated = ''): boolean {
  const denied = negated.toLowerCase();
  for (const match of text.matchAll(STATES_SUBSTITUTION)) if (!denied.includes(match[0].toLowerCase())) return true;
  return false;
}
