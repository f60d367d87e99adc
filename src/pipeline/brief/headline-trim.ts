/**
 * Trims a lead sentence to headline length by deletion only: a non-restrictive aside after a name (", which runs
 * nine sites,"), an attribution tag (", the company said on Monday,"), and a trailing clause that adds a second
 * fact (", with data centres accounting for most of it"). An aside is kept when it carries a negation, hedge or
 * limit; a trailing clause when it could reach back to the kept one (", unless…", ", but only…"). What remains is still
 * stated by the source sentence, and an attributed claim keeps its attribution (", according to…" is never cut).
 */
import { MEANING_WORDS } from './cues.js';
import { textLength } from './text.js';

/** Past this many words a lead sentence is trimmed. */
const HEADLINE_WORDS = 18;
/** A trim that leaves fewer words than this is a fragment, not a headline. */
const MIN_WORDS = 5;
const MAX_ASIDE_WORDS = 14;

// The subject's aside, before any other comma: ", which runs AI centres in Guizhou," / ", a colocation provider
// with nine facilities," / ", the second generation of its chip," / ", including A, B and C," — but not an item of a list (", the C, and D").
const ASIDE =
  /^((?:(?:On|In|At|By|Since) [^,;:]+, )?[^,;:]*[A-Za-z0-9)])(, (?:(?:which|who|whose|a|an|one of|the) [^,;:]+|including [^;:]+?)),(?= (?!and |or )[a-z])/;
// ", the company said on Monday": what follows it, if anything, is a second thought the headline can do without.
const ATTRIBUTION_TAG =
  /, (?:the (?:company|firm|group|operator|regulator|ministry|agency|bank|lab|start-up|startup|utility|university|institute|researchers)|it|they|officials|analysts) (?:said|says|announced|reported)(?: on)?(?: [A-Z][a-z]+day)?(?=[,.]|$)/;
const SPEECH = /\b(said|says|told|announced|reported)\b/;
// A trailing clause that adds another fact or a description to the sentence's first one: a participle (", covering…",
// ", aiming to…"; not ", ticketing system and the servers", an item of a list), a relative or prepositional clause, a
// second main clause, a contrast, or a closing appositive (", the chips…").
const TRAILING =
  /, (?:[a-z]+ing (?=the|a|an|its|their|his|her|to|on|in|for|from|up|out|about|more|most|some|all|\d|[A-Z]|[^,;:]*$)(?![^,;:]* and (?![a-z]+ing\b))|with|which|while|after|as|amid|whose|where|but|up from|down from|and (?:said|asked|added|plans|will|is|was|has|had|its|it|the|that)|(?:the|a|an) [^;:]+$)\b/;
// A trailing clause that qualifies the one before it, or names unnamed sources for it: cutting it would leave a claim
// the source limits, or state a rumour as fact.
const REACHES_BACK =
  /\b(unless|except|if|only|provided|subject to|so long as|as long as|rather than|instead of|reportedly|allegedly|according to (?:\w+ )?(?:people|persons?|sources?|officials?)|familiar with)\b|^, (?:but )?not\b/i;

function keepsMeaning(deleted: string): boolean {
  return !MEANING_WORDS.test(deleted);
}

function dropAside(text: string): string {
  return text.replace(ASIDE, (whole: string, before: string, aside: string) =>
    textLength(aside) <= MAX_ASIDE_WORDS && keepsMeaning(aside) && !SPEECH.test(aside) ? before : whole,
  );
}

function cutAt(text: string, boundary: RegExp, safe: (deleted: string) => boolean): string {
  const found = boundary.exec(text);
  if (!found) return text;
  const kept = text.slice(0, found.index);
  const deleted = text.slice(found.index);
  return textLength(kept) >= MIN_WORDS && safe(deleted) ? kept : text;
}

// Each cut may uncover another: ", a day ahead of the deadline, and the cause is…" ends in an appositive once the
// second clause has gone.
function cutTrailing(text: string): string {
  let result = text;
  for (let round = 0; round < 3 && textLength(result) > HEADLINE_WORDS; round++) {
    const next = cutAt(result, TRAILING, (deleted) => !REACHES_BACK.test(deleted));
    if (next === result) break;
    result = next;
  }
  return result;
}

/**
 * Returns an English lead sentence as a headline: trimmed toward headline length where that can safely be done, and
 * without its closing full stop.
 */
export function trimForHeadline(sentence: string): string {
  const text = sentence.replace(/\.$/, '');
  if (textLength(text) <= HEADLINE_WORDS) return text;
  let result = cutTrailing(cutAt(dropAside(text), ATTRIBUTION_TAG, keepsMeaning));
  result = result
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+,/g, ',')
    .trim();
  return textLength(result) >= MIN_WORDS ? result : text;
}
