/**
 * A stance checked clause by clause against a Chinese sentence: "Limited power headroom before 2028 will delay some
 * new capacity" against "2028年以前…供电余裕有限，若…延后，可能影响部分新产能的投产节奏". The claim's first half is the
 * source's plain statement, its "will" clause the source's guess: what a claim says will happen must not sit in the
 * part of the sentence a hedge governs (from the hedge's clause to the sentence end), unless the claim hedges too.
 */
import { englishTerms, type TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { renders } from '../text/glossary.js';
import { excerpt } from './polarity.js';

const CERTAIN = new Set(['will', "'ll"]);
const CLAUSE_END = /[，。；：！？,;:!?]/g;
// Guesses and conditions; an expectation (预计) or a plan (计划) backs a "will", as the modality check reads it.
const GUESS = /^(?:可能|或|恐怕|也许|也許|说不定|說不定|不排除|若|如果|假如|万一|萬一)/;

/** Returns a reason when a claim's "will" clause restates what a cited Chinese sentence only guesses. */
export function checkHedgedClauses(claim: TextAnalysis, evidence: Evidence): string[] {
  if (claim.chinese || claim.cues.speculation.length + claim.cues.tentative.length + claim.cues.forecast.length > 0) return [];
  const promise = claim.cues.future.find((hit) => CERTAIN.has(hit.cue));
  if (!promise) return [];
  const clause = claim.words.find((word) => word.start >= promise.start)?.clause;
  const promised = englishTerms(claim).filter((word) => word.start > promise.end && word.clause === clause);
  if (promised.length === 0) return [];
  for (const source of evidence.analyses) {
    if (!source.chinese) continue;
    for (const hedge of [...source.cues.speculation, ...source.cues.tentative].filter((hit) => GUESS.test(hit.cue))) {
      const from = clauseStart(source.text, hedge.start);
      const hedged = promised.filter((word) => renders(word.stem, source.text.slice(from))).length;
      const plain = promised.filter((word) => renders(word.stem, source.text.slice(0, from))).length;
      if (hedged > 0 && hedged > plain)
        return [`certainty where the source hedges: source says "${excerpt(source.text, hedge.start, hedge.end)}"`];
    }
  }
  return [];
}

function clauseStart(text: string, at: number): number {
  let start = 0;
  for (const match of text.slice(0, at).matchAll(CLAUSE_END)) start = (match.index ?? 0) + 1;
  return start;
}
