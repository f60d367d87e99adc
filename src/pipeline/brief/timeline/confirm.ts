/**
 * Second opinion on a date: the entities stage reads the same sentence (as the verifier will). A
 * date both readers agree on is kept; where they differ (a year-less month read as past by one and
 * as next year by the other) the event is left out rather than published with a doubtful date.
 */
import { extractQuantities } from '../../entities/index.js';
import type { DateMention } from './dates.js';

/** Tells whether the entities stage reads a date in the sentence that agrees with the mention. */
export function confirmDate(text: string, language: string, published: string | null, mention: DateMention): boolean {
  const dates = extractQuantities(text, { language, reference: published }).filter((quantity) => quantity.kind === 'date' && quantity.date);
  return dates.some((quantity) => {
    const date = quantity.date ?? '';
    // A quarter or half ("Q2 2027") is dated to its first month there; the timeline gives it as its year.
    if (quantity.quarter !== undefined || quantity.half !== undefined) return mention.precision === 'year' && date.startsWith(mention.date);
    return date.startsWith(mention.date) && date.length >= mention.date.length;
  });
}
