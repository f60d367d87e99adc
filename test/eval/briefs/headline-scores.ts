/**
 * How an English headline reads against the demo's gold story title, written by the people who wrote the demo:
 * content-term F1 (a long lead sentence scores low on precision, a teaser title low on recall), and its length.
 */
import { contentTerms, isHanText, textLength } from '../../../src/pipeline/brief/text.js';

/** Headlines past this many words read as a paragraph on a story card. */
export const HEADLINE_WORDS = 20;

/** Term F1 and length of an English headline against the gold title; null for a Chinese headline (the gold is English). */
export function headlineScore(headline: string, goldTitle: string): { termF1: number; words: number } | null {
  if (isHanText(headline)) return null;
  const predicted = new Set(contentTerms(headline));
  const gold = new Set(contentTerms(goldTitle));
  const shared = [...predicted].filter((term) => gold.has(term)).length;
  const precision = predicted.size === 0 ? 0 : shared / predicted.size;
  const recall = gold.size === 0 ? 0 : shared / gold.size;
  const termF1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { termF1, words: textLength(headline) };
}
