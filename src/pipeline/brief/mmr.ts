/** Maximal marginal relevance: picks salient sentences that do not repeat each other. */
import type { Scored } from './salience.js';
import { overlap } from './same-facts.js';

export interface MmrOptions {
  count: number;
  /** Trade-off: 1 ranks by salience alone, 0 by novelty alone. */
  lambda: number;
  /** Sentences already shown elsewhere: candidates similar to them are penalised too. */
  avoid?: readonly Scored[];
  /** Candidates more similar than this to a chosen or avoided sentence are skipped outright. */
  maxSimilarity?: number;
  /** Whether two dates in common make two sentences one fact (see sameFacts); default true. */
  byDates?: boolean;
}

/** Selects up to `count` sentences by MMR from candidates sorted best first. */
export function selectMmr(candidates: readonly Scored[], options: MmrOptions): Scored[] {
  const chosen: Scored[] = [];
  const avoid = options.avoid ?? [];
  const top = candidates[0]?.score ?? 0;
  const bottom = candidates[candidates.length - 1]?.score ?? 0;
  const span = top - bottom || 1;
  const remaining = candidates.filter((candidate) => !avoid.some((other) => other.item.key === candidate.item.key));
  while (chosen.length < options.count && remaining.length > 0) {
    let bestIndex = -1;
    let bestValue = -Infinity;
    remaining.forEach((candidate, index) => {
      const similarity = Math.max(0, ...[...chosen, ...avoid].map((other) => overlap(candidate.item, other.item, options.byDates ?? true)));
      if (similarity > (options.maxSimilarity ?? 0.6)) return;
      const value = options.lambda * ((candidate.score - bottom) / span) - (1 - options.lambda) * similarity;
      if (value > bestValue) {
        bestValue = value;
        bestIndex = index;
      }
    });
    if (bestIndex < 0) break;
    chosen.push(...remaining.splice(bestIndex, 1));
  }
  return chosen;
}
