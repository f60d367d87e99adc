/** Finds the clauses of a Chinese source sentence a claim is about, so cues in the other clauses are left alone. */
import { chineseTerms, englishTerms, type TextAnalysis } from '../analysis.js';
import { renders } from './glossary.js';

interface Span {
  start: number;
  end: number;
}

/** A clause of the source, and whether it is the one sharing the most with the claim. */
export interface AlignedClause extends Span {
  best: boolean;
}

const CLAUSE_END = /[，。；：！？,;:!?]/g;

/**
 * Returns the spans of the source's clauses the claim is about: those sharing at least half as much with
 * the claim (words, entities, numbers) as the clause that shares the most.
 */
export function alignedClauses(source: TextAnalysis, claim: TextAnalysis): AlignedClause[] {
  const clauses = clausesOf(source.text);
  const scores = clauses.map((clause) => score(source, claim, clause));
  const best = Math.max(...scores);
  if (best <= 0) return clauses.map((clause) => ({ ...clause, best: false }));
  return clauses.flatMap((clause, i) => (scores[i]! > 0 && scores[i]! * 2 >= best ? [{ ...clause, best: scores[i] === best }] : []));
}

function clausesOf(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(CLAUSE_END)) {
    const end = (match.index ?? 0) + 1;
    if (end - start > 1) spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

function score(source: TextAnalysis, claim: TextAnalysis, clause: Span): number {
  const text = source.text.slice(clause.start, clause.end);
  const inside = (span: Span): boolean => span.start >= clause.start && span.end <= clause.end;
  const ids = new Set(claim.entities.map((entity) => entity.id));
  const keys = new Set(claim.quantities.map((quantity) => quantity.key));
  const entities = source.entities.filter((entity) => inside(entity) && ids.has(entity.id)).length;
  const quantities = source.quantities.filter((quantity) => inside(quantity) && keys.has(quantity.key)).length;
  const words = claim.chinese
    ? chineseTerms(claim).filter((term) => text.includes(term)).length
    : englishTerms(claim).filter((word) => renders(word.stem, text)).length;
  return words + entities + quantities;
}
