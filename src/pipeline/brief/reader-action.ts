/**
 * Whether an English sentence tells readers what to do ("What to do next"): advice to them, an obligation on a class of
 * them, or a window to act. A modal says so only when its subject is such a class ("Operators above 500 kW must report
 * …", "Developers who pinned Lumen-3 will have to migrate …", "Any new data centre will need …"); when it is one
 * firm, a thing or a reason, it is news or analysis ("the national grid operator must approve each connection", "the
 * software that will have to be ready first", "because each customer must qualify the stacks").
 */
import { ACTION_WINDOWS, READER_NOUNS } from './cues.js';

const MODAL =
  /\b(should|must|need(?:s|ed)? to|have to|has to|ought to|(?:are|is) required to|will need|will want to|may no longer|can no longer)\b/gi;

/** Advice: someone recommends, advises or urges, or lists recommendations. */
const ADVICE = /\b(recommend\w*|advis(?:e|es|ed)|urg(?:e|es|ed))\b/i;
// Advice with no reader named is still advice when it spells out the step ("recommends disabling", "recommendations include").
const ADVICE_STEP =
  /\b(recommendations? (?:include|are)|recommends? (?:that|\w+ing)|advises? (?:that|\w+ing)|(?:are|is) (?:advised|urged) to)\b/i;

/** Rules that bind a class of readers without a modal: "would require new large-load customers to commit". */
const REQUIREMENT =
  /(?<!\b(?:can|could|may|might) )\b(requires?|required|would require|will require)\b(?:\s+\S+){1,6}?\s+to\s+\w+|\bwithout (?:a|an) (?:licen[cs]e|permit|approval)\b/i;

/** A class of readers heading a subject: the reader nouns, loads and sites, or any noun after a quantifier. */
const HEAD = new RegExp(`^(?:${READER_NOUNS.source.replace(/^\\b\(|\)\\b$/g, '')}|loads?|centres?|centers?|hyperscalers|those)$`, 'i');
const QUANTIFIER = /^(any|every|each|all|no)$/i;
const SPECIFIC = /^(the|its|their|his|her|our|this|that)$/i;
// "Both customers", "both companies": named parties, whatever their number.
const NAMED_PAIR = /^(both)$/i;
// Words and marks that open a clause of their own: a reader noun before one is not the modal's subject.
const CLAUSE_BREAK = /^(because|since|so|but|while|although|whereas|if|when|after|as|[;:—–])$/i;
const REASON = /^(because|since|as)$/i;
// Words that may start what follows a subject's head ("customers moving from GPUs", "developers who pinned …").
const MODIFIER = /^(who|that|which|with|without|above|below|over|under|in|on|of|from|for|at|across|outside|inside|\w+ing|\w+ed)$/i;
/** How far before a modal its subject's head may sit, in words. */
const SUBJECT_REACH = 16;
/** Words a subject's head may take without a modifier that opens a clause ("customers in Europe must"). */
const SHORT_TAIL = 3;

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[;:—–]/gu) ?? [];
}

// The words that may follow a subject's head before its modal: a few ("customers in Europe must"), or a clause that a
// modifier opens ("developers who pinned …", "customers moving from GPUs"); after a quantifier, its noun first ("any
// article in which …").
function fitsTail(tail: readonly string[], quantifier: boolean): boolean {
  if (tail.length <= SHORT_TAIL + (quantifier ? 2 : 0)) return true;
  const opener = quantifier ? tail.slice(1, 4) : tail.slice(0, 1);
  return opener.some((word) => MODIFIER.test(word));
}

/** Tells whether the words of a clause before its modal end in a subject whose head is a class of readers. */
function readerSubject(before: readonly string[], after: string): boolean {
  for (let at = before.length - 1; at >= Math.max(0, before.length - SUBJECT_REACH); at--) {
    const word = before[at] as string;
    const quantifier = QUANTIFIER.test(word);
    if (!HEAD.test(word) && !quantifier) continue;
    if (!fitsTail(before.slice(at + 1), quantifier)) return false;
    // "the national grid operator must …" names one party; "any new data centre" or "operators" a class.
    const lead = before.slice(Math.max(0, at - 3), at);
    if (lead.some((other) => NAMED_PAIR.test(other))) return false;
    // A thing after a quantifier is a class only when it acts: "any new load must reduce", not "each engine must be tested".
    if (quantifier) return !/^be$/i.test(after);
    const quantified = lead.some((other) => QUANTIFIER.test(other));
    return quantified || /s$/i.test(word) || !lead.some((other) => SPECIFIC.test(other));
  }
  return false;
}

/** Tells whether a modal of the sentence has a class of readers as its subject, in a clause that gives no reason. */
function readerObligation(text: string): boolean {
  for (const match of text.matchAll(MODAL)) {
    const before = words(text.slice(0, match.index));
    // The subject sits in the modal's own clause: it starts after the last clause opener or mark.
    let start = 0;
    let reason = false;
    before.forEach((word, at) => {
      if (!CLAUSE_BREAK.test(word)) return;
      start = at + 1;
      reason = REASON.test(word);
    });
    // "because each customer must qualify the stacks" explains; it asks nothing of the reader.
    if (!reason && readerSubject(before.slice(start), words(text.slice((match.index ?? 0) + match[0].length))[0] ?? '')) return true;
  }
  return false;
}

/** Tells whether an English sentence gives readers advice or an obligation of their own. */
export function advisesReaders(text: string): boolean {
  if (ADVICE.test(text) && (ADVICE_STEP.test(text) || namesReaders(text))) return true;
  if (REQUIREMENT.test(text) && namesReaders(text)) return true;
  return readerObligation(text);
}

/** Tells whether an English sentence gives readers a window to act: a deadline, an opening, an option. */
export function givesReadersWindow(text: string): boolean {
  return ACTION_WINDOWS.test(text) && namesReaders(text);
}

/** Tells whether the sentence names a class of readers, not two named parties ("Both companies have until December 4"). */
function namesReaders(text: string): boolean {
  const all = words(text);
  return all.some((word, at) => HEAD.test(word) && !NAMED_PAIR.test(all[at - 1] ?? '') && !NAMED_PAIR.test(all[at - 2] ?? ''));
}
