/** Finds capitalised names in Latin-script text: people, firms and places the alias table does not know. */
import { ENGLISH_STOP_WORDS } from './stop-words.js';

const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+(?:(?:of|de|van|von|del|la|du)\s+)?\p{Lu}[\p{L}\p{N}'’&-]*)*/gu;
const SENTENCE_START = /(?:^|[.!?:;"“”(\n]\s*)$/;

/** Words that open sentences in capitals without naming anything (and month names, which dates cover). */
const NOT_NAMES: ReadonlySet<string> = new Set(
  `the a an but and or in on at for with as by from after before when while it its this that these those there here
  he she they we his her their our my you i if so then yet still now also only just both each every some many most
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday mr ms mrs dr`.split(/\s+/),
);

function clean(phrase: string): string {
  return phrase
    .replace(/['’]s$/u, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * Returns the names in a text as lowercase phrases, once per mention. A single capitalised word that opens a
 * sentence is left out: there the capital is grammar, not a name.
 */
export function properNames(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const words = clean(match[0]).split(' ');
    while (words.length > 0 && NOT_NAMES.has(words[0] as string)) words.shift();
    if (words.length === 0) continue;
    const atStart = SENTENCE_START.test(text.slice(Math.max(0, (match.index ?? 0) - 3), match.index ?? 0));
    if (words.length === 1 && (atStart || ENGLISH_STOP_WORDS.has(words[0] as string) || (words[0] as string).length < 3)) continue;
    names.push(words.join(' '));
  }
  return names;
}
