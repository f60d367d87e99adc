/**
 * Finds capitalised English names the alias table does not know ("Claire Dumont", "Penang"), as kind
 * 'other' with id "name:<lowercased>". Headlines in title case and lone sentence-initial words are skipped.
 */
import type { Candidate } from './candidate.js';
import type { LatinToken } from './latin-tokens.js';
import { NAME_CONNECTORS, NAME_STOPWORDS } from './name-stopwords.js';
import type { EntityMention } from './types.js';

// Starts with one capital and has a lowercase letter: "Penang", "McKinsey"; not "GPUs" or "MWh".
const TITLE_WORD = /^\p{Lu}(?!\p{Lu})[\p{L}\p{M}]*\p{Ll}[\p{L}\p{M}]*$/u;
const INNER_SEPARATOR = /^(?: |-|'|’)$/;
const SENTENCE_START = /(?:^|[.!?:;"“(\n]\s*|\n)$/;
const MAX_WORDS = 6;

function isNameWord(token: LatinToken): boolean {
  return TITLE_WORD.test(token.raw) && !NAME_STOPWORDS.has(token.key);
}

// A short line (4–20 words) that is mostly capitalised and has no closing punctuation is a title-case
// headline, in which every word looks like a name.
function titleCaseLines(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const words = line.match(/[A-Za-z][\w'’-]*/g) ?? [];
    const significant = words.filter((word) => word.length > 3);
    const capitalised = significant.filter((word) => /^[A-Z]/.test(word)).length;
    const closed = /[.!?。;:"”)]\s*$/.test(line);
    if (!closed && significant.length >= 4 && words.length <= 20 && capitalised / significant.length >= 0.7)
      spans.push([offset, offset + line.length]);
    offset += line.length + 1;
  }
  return spans;
}

// Marks the characters of known mentions (1) and of headlines (2), so each token is checked in O(1).
function coverageMask(text: string, known: Candidate[]): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const [start, end] of titleCaseLines(text)) mask.fill(2, start, end);
  for (const candidate of known) mask.fill(1, candidate.start, candidate.end);
  return mask;
}

// Known mentions start and end on token boundaries, so a token is covered when either end is.
function covered(mask: Uint8Array, token: LatinToken): boolean {
  return mask[token.start] !== 0 || mask[token.end - 1] !== 0;
}

// Extends a name over following name words and inner connectors; stops at a known entity, and takes
// a hyphenated lowercase part of a given name ("Ji-hoon").
function groupEnd(text: string, tokens: LatinToken[], first: number, mask: Uint8Array): number {
  let last = first;
  for (let next = first + 1; next < tokens.length && next - first < MAX_WORDS * 2; next++) {
    const token = tokens[next]!;
    const separator = text.slice(tokens[next - 1]!.end, token.start);
    if (!INNER_SEPARATOR.test(separator) || mask[token.start] === 1) break;
    if (isNameWord(token) || (separator === '-' && next - 1 === last && /^\p{Ll}+$/u.test(token.raw))) last = next;
    else if (!NAME_CONNECTORS.has(token.raw)) break;
  }
  return last;
}

function toMention(text: string, tokens: LatinToken[], first: number, last: number): EntityMention | null {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const sentenceInitial = SENTENCE_START.test(text.slice(Math.max(0, start - 3), start));
  let capitalised = 0;
  for (let index = first; index <= last; index++) if (isNameWord(tokens[index]!)) capitalised++;
  // One capitalised word opening a sentence may be any word; a lone two-letter word is an abbreviation.
  if (capitalised === 1 && (sentenceInitial || start === 0 || end - start < 3)) return null;
  if (last - first + 1 > MAX_WORDS * 2 - 1) return null;
  const surface = text.slice(start, end);
  const name = surface.replace(/\s+/g, ' ');
  return { id: `name:${name.toLowerCase()}`, kind: 'other', name, surface, start, end, source: 'name' };
}

/** Returns the unknown capitalised names of `text` outside the alias matches in `known`. */
export function findUnknownNames(text: string, tokens: LatinToken[], known: Candidate[]): EntityMention[] {
  const mask = coverageMask(text, known);
  const mentions: EntityMention[] = [];
  for (let first = 0; first < tokens.length; first++) {
    const token = tokens[first]!;
    if (token.joined || !isNameWord(token) || covered(mask, token)) continue;
    const last = groupEnd(text, tokens, first, mask);
    if (tokens[last + 1]?.joined) {
      first = last;
      continue;
    }
    const mention = toMention(text, tokens, first, last);
    if (mention) mentions.push(mention);
    first = last;
  }
  return mentions;
}
