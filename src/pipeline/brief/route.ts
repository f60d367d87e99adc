/** Cue-based routing: how strongly a sentence reads as the event, its impact, an action or an implication. */
import { consequenceTier } from './consequence.js';
import { ACTION_STEPS, EVENT_CUES, IMPLICATION_CUES } from './cues.js';
import { advisesReaders, givesReadersWindow } from './reader-action.js';
import { restates } from './same-facts.js';
import { ACTION_CUES_ZH, ATTRIBUTED_VIEW_ZH, DIRECTIVE_ZH, EVENT_CUES_ZH, IMPLICATION_CUES_ZH } from './cues-zh.js';
import type { Scored } from './salience.js';
import { hasDirectQuote } from './text.js';

export type Route = 'event' | 'impact' | 'action' | 'implication';

// English advice is read clause by clause (reader-action.ts): these are its two groups, as tests of the sentence.
const ACTION_READINGS = [advisesReaders, givesReadersWindow].map((reads) => ({ test: reads }));

const CUES: Record<Exclude<Route, 'impact'>, { en: readonly { test(text: string): boolean }[]; zh: readonly RegExp[] }> = {
  event: { en: EVENT_CUES, zh: EVENT_CUES_ZH },
  action: { en: ACTION_READINGS, zh: ACTION_CUES_ZH },
  implication: { en: IMPLICATION_CUES, zh: IMPLICATION_CUES_ZH },
};

// A consequence of the first tier outranks any of the second, whatever their salience (scores stay well below this).
const SURE_CONSEQUENCE = 10;

/**
 * Returns how strongly a sentence reads as the route: the share of its cue groups it matches (0 when none); for
 * "Why it matters", by the tier of consequence it states (consequence.ts).
 */
export function cueStrength(text: string, language: string, route: Route): number {
  if (route === 'impact') {
    const tier = consequenceTier(text, language);
    return tier === 1 ? SURE_CONSEQUENCE : tier === 2 ? 1 : 0;
  }
  const patterns = language === 'zh' ? CUES[route].zh : CUES[route].en;
  const matched = patterns.filter((pattern) => pattern.test(text)).length;
  if (matched === 0) return 0;
  if (route === 'action' && language === 'zh' && ATTRIBUTED_VIEW_ZH.test(text) && !DIRECTIVE_ZH.test(text)) return 0;
  const steps = route === 'action' && ACTION_STEPS.test(text) ? 0.5 : 0;
  return matched / patterns.length + steps;
}

/** Picks the best unused candidate for a route: salience plus cue strength; null when no sentence has the cue. */
export function pickForRoute(
  candidates: readonly Scored[],
  route: Route,
  language: string,
  used: ReadonlySet<string>,
  shown: readonly Scored[] = [],
): Scored | null {
  let best: Scored | null = null;
  let bestValue = -Infinity;
  for (const candidate of candidates) {
    if (used.has(candidate.item.key) || hasDirectQuote(candidate.item.sentence.text)) continue;
    // A row of the TL;DR that gives the figures of one shown above it tells the same fact again.
    if (shown.some((other) => restates(other.item, candidate.item))) continue;
    const strength = cueStrength(candidate.item.sentence.text, language, route);
    if (strength === 0) continue;
    const value = candidate.score + strength;
    if (value > bestValue) {
      bestValue = value;
      best = candidate;
    }
  }
  return best;
}
