/** Acronyms against their spelled-out form: "CFO" and "chief financial officer", "PUE" and "power usage effectiveness". */
import type { WordToken } from './words.js';

// Joining words an acronym usually skips ("Ministry of Industry and Information Technology" is MIIT).
const SKIPPED = new Set(['of', 'and', 'for', 'the', 'on', 'in']);
const ACRONYM = /^[A-Z]{2,6}s?$/;

/** Tells whether a surface word is written as an acronym ("CFO", "PUEs"). */
export function isAcronym(surface: string): boolean {
  return ACRONYM.test(surface) && !/^[A-Z][a-z]/.test(surface);
}

/** Tells whether consecutive words of `words` (joining words aside) start with the letters of `acronym`, in order. */
export function spellsOut(acronym: string, words: readonly WordToken[]): boolean {
  const letters = acronym.replace(/s$/, '').toLowerCase();
  return words.some((_, first) => spanFrom(letters, words, first) > 0);
}

// The number of words from `first` that spell `letters`, or 0 when they do not.
function spanFrom(letters: string, words: readonly WordToken[], first: number): number {
  let at = 0;
  let i = first;
  while (at < letters.length && i < words.length) {
    const word = words[i]!.word;
    if (word[0] === letters[at]) at += 1;
    else if (!(at > 0 && SKIPPED.has(word))) return 0;
    i += 1;
  }
  return at === letters.length ? i - first : 0;
}

/** Returns the offsets of words of `words` that spell out one of `acronyms` ("chief financial officer" for "CFO"). */
export function spelledOutStarts(acronyms: readonly string[], words: readonly WordToken[]): Set<number> {
  const covered = new Set<number>();
  for (const acronym of acronyms) {
    const letters = acronym.replace(/s$/, '').toLowerCase();
    words.forEach((_, first) => {
      const length = spanFrom(letters, words, first);
      for (let i = first; i < first + length; i++) covered.add(words[i]!.start);
    });
  }
  return covered;
}

/** Returns the acronyms written in a text. */
export function acronymsIn(text: string): string[] {
  return [...text.matchAll(/\b[A-Z]{2,6}s?\b/g)].map((match) => match[0]).filter(isAcronym);
}
