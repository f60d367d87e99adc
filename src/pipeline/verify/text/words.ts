/** English word tokens with their stems and clause numbers, the unit the term and cue checks work on. */
import { stem } from './stem.js';

/** One English word of a text. */
export interface WordToken {
  /** Lower-case surface, possessive removed. */
  word: string;
  stem: string;
  start: number;
  end: number;
  /** Clause number within the text: punctuation and contrast words start a new clause. */
  clause: number;
  /** Sentence number within the text. */
  sentence: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[,;:()“”"—–.!?]/gu;
// Quote marks do not end a clause: 'no plans "at this time" to offer' is one negated clause.
const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '—', '–', '.', '!', '?']);
const CLAUSE_WORDS = new Set(['but', 'while', 'though', 'although', 'whereas', 'however', 'yet']);

// "Not yet applied", "has yet to apply", "the largest yet": there "yet" is an adverb inside its clause, not "but".
const BEFORE_ADVERBIAL_YET = new Set(['not', "n't", 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'as']);

function adverbialYet(previous: string | undefined, after: string): boolean {
  return (previous !== undefined && (BEFORE_ADVERBIAL_YET.has(previous) || previous.endsWith("n't"))) || /^\s+to\b/i.test(after);
}

/** Splits English text into words (hyphenated words become their parts), numbering clauses as it goes. */
export function englishWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let clause = 0;
  let sentence = 0;
  for (const match of text.matchAll(WORD)) {
    const surface = match[0];
    const start = match.index ?? 0;
    if (surface === '"' || surface === '“' || surface === '”') continue;
    if (CLAUSE_MARKS.has(surface)) {
      // A decimal point or thousands comma inside a number is not a clause break.
      if ((surface === '.' || surface === ',') && /\d/.test(text[start - 1] ?? '') && /\d/.test(text[start + 1] ?? '')) continue;
      clause += 1;
      if (surface === '.' || surface === '!' || surface === '?') sentence += 1;
      continue;
    }
    const word = surface.toLowerCase().replace(/['’]s$/, '');
    if (CLAUSE_WORDS.has(word) && !(word === 'yet' && adverbialYet(tokens[tokens.length - 1]?.word, text.slice(start + surface.length))))
      clause += 1;
    tokens.push({ word, stem: stem(word), start, end: start + surface.length, clause, sentence });
  }
  return tokens;
}
