/**
 * Trims a lead sentence to headline length by deletion only: a non-restrictive aside after a name (", which runs
 * nine sites,"), an attribution tag (", the company said on Monday,"), and a trailing clause that adds a second
 * fact (", with data centres accounting for most of it"). Each deletion is skipped when the deleted text carries a
 * negation, hedge or limit, so what remains is still stated by the source sentence.
 */
import { MEANING_WORDS } from './cues.js';
import { textLength } from './text.js';

/** Past this many words a lead sentence is trimmed. */
const HEADLINE_WORDS = 18;
/** A trim that leaves fewer words than this is a fragment, not a headline. */
const MIN_WORDS = 5;
const MAX_ASIDE_WORDS = 14;

// The subject's aside, before any other comma: ", which runs AI centres in Guizhou," / ", a colocation provider
// with nine facilities," / ", the second generation of its chip," — but not an item of a list (", the C, and D").
const ASIDE =
  /^((?:(?:On|In|At|By|Since) [^,;:]+, )?[^,;:]*[A-Za-z0-9)])(, (?:which|who|whose|a|an|one of|the) [^,;:]+),(?= (?!and |or )[a-z])/;
// ", the company said on Monday": what follows it, if anything, is a second thought the headline can do without.
const ATTRIBUTION_TAG =
  /, (?:the (?:company|firm|group|operator|regulator|ministry|agency|bank|lab|start-up|startup|utility|university|institute|researchers)|it|they|officials|analysts) (?:said|says|announced|reported)(?: on)?(?: [A-Z][a-z]+day)?(?=[,.]|$)/;
const SPEECH = /\b(said|says|told|announced|reported)\b/;
// A trailing clause that adds another fact or a description to the sentence's first one: a participle (", covering…",
// ", aiming to…"; not ", ticketing system and the servers", an item of a list), a relative or prepositional clause, a
// second main clause, or a closing appositive (", the chips…").
const TRAILING =
  /, (?:[a-z]+ing (?=the|a|an|its|their|his|her|to|on|in|for|from|up|out|about|more|most|some|all|\d|[A-Z]|[^,;:]*$)(?![^,;:]* and (?![a-z]+ing\b))|with|which|while|after|as|according to|amid|whose|where|up from|down from|and (?:said|asked|added|plans|will|is|was|has|had|its|it|the)|(?:the|a|an) [^,;:]+$)\b/;

function keepsMeaning(deleted: string): boolean {
  return !MEANING_WORDS.test(deleted);
}

function dropAside(text: string): string {
  return text.replace(ASIDE, (whole: string, before: string, aside: string) =>
    textLength(aside) <= MAX_ASIDE_WORDS && keepsMeaning(aside) && !SPEECH.test(aside) ? before : whole,
  );
}

function cutAt(text: string, boundary: RegExp): string {
  const found = boundary.exec(text);
  if (!found) return text;
  const kept = text.slice(0, found.index);
  const deleted = text.slice(found.index);
  return textLength(kept) >= MIN_WORDS && keepsMeaning(deleted) ? kept : text;
}

/**
 * Returns an English lead sentence as a headline: trimmed toward headline length where that can safely be done, and
 * without its closing full stop.
 */
export function trimForHeadline(sentence: string): string {
  const text = sentence.replace(/\.$/, '');
  if (textLength(text) <= HEADLINE_WORDS) return text;
  let result = cutAt(dropAside(text), ATTRIBUTION_TAG);
  if (textLength(result) > HEADLINE_WORDS) result = cutAt(result, TRAILING);
  result = result
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+,/g, ',')
    .trim();
  return textLength(result) >= MIN_WORDS ? result : text;
}
