/**
 * The entities stage's own reading of what places a year-less date: only the verb that governs it directly
 * ("was founded in March", "will open in March", "since May", 已于3月, 将于3月). Anything looser — a tense
 * word further off in the sentence, a participle used as an adjective — leaves the date to the nearest year.
 * The brief's timeline reads tense more widely and keeps only the dates this reading agrees with,
 * so the two must stay independent readers.
 */
/** Which side of the reference a year-less date lies on, as its governing verb says. */
export type Tense = 'future' | 'past' | 'neutral';

const IRREGULAR_PAST =
  /^(began|begun|came|went|sold|broke|rose|fell|won|lost|made|took|gave|led|hit|paid|spent|grew|held|told|met|bought|built|struck|shut|set|sent|cut|left|said|saw)$/i;
const PARTICIPLE = /^[a-z]{2,}ed$/i;
// "-ed" words that are no past: "need", "seed", "speed", "shed", "feed", "bed", "red", "hundred".
const NOT_PAST = /^(need|seed|speed|shed|feed|bed|red|hundred|embed|breed|indeed|proceed|exceed|succeed)$/i;
const MODAL_FUTURE = /^(will|would|shall|won't)$/i;
// Words that put what they govern ahead: "is due in", "is expected in", "was scheduled for".
const SCHEDULED = /^(due|scheduled|slated|expected|planned|set|poised)$/i;
// Before "to ship in March": a plan or an expectation looks ahead; "began to ship in March" does not.
const INTENT =
  /^(plans?|planned|aims?|aimed|expects?|expected|intends?|intended|hopes?|hoped|is|are|set|due|scheduled|going|wants?|wanted|will|would|agreed|promised|pledged)$/i;
const BE = /^(is|are|be|being|been|am)$/i;
const PREPOSITION = /^(in|on|at|during|from|around|for)$/i;

const DETERMINER = /^(the|a|an|its|their|his|her|our|this|that|these|those)$/i;
// Before a short object ("approved the site in May"); not "that", which may open a clause ("a run that began in May").
const ARTICLE = /^(the|a|an|its|their|his|her|our)$/i;
const PRONOUN = /^(it|they|he|she|we|i)$/i;

// The tense of `verb` with the two words before it: "was founded", "will open", "plans to ship", "be decided".
function verbTense(third: string, previous: string, verb: string): Tense {
  if (!verb) return 'neutral';
  if (MODAL_FUTURE.test(previous) || MODAL_FUTURE.test(third) || MODAL_FUTURE.test(verb)) return 'future';
  if (/^to$/i.test(previous)) return INTENT.test(third) ? 'future' : 'neutral';
  if (SCHEDULED.test(verb)) return /^(was|were)$/i.test(previous) ? 'past' : 'future';
  // A participle after "is" or "be" is passive ("is decided in"): the auxiliary, not the participle, has the tense.
  if (BE.test(previous)) return 'neutral';
  if (/^(was|were)$/i.test(verb)) return 'past';
  if ((PARTICIPLE.test(verb) && !NOT_PAST.test(verb)) || IRREGULAR_PAST.test(verb)) return 'past';
  return 'neutral';
}

// The verb right before the date, past an opening preposition and a short object: "founded in", "approved the site in".
function tenseBefore(before: string): Tense {
  if (/\bsince\s*$/i.test(before)) return 'past';
  const words = before.match(/[A-Za-z']+/g) ?? [];
  if (words.length > 0 && PREPOSITION.test(words.at(-1)!)) words.pop();
  const direct = verbTense(words.at(-3) ?? '', words.at(-2) ?? '', words.at(-1) ?? '');
  if (direct !== 'neutral' || words.length < 3 || !ARTICLE.test(words.at(-2)!)) return direct;
  return verbTense(words.at(-5) ?? '', words.at(-4) ?? '', words.at(-3) ?? '');
}

// A date that opens its sentence is governed by the verb after a short subject: "In April the company trimmed …".
function tenseAfter(after: string): Tense {
  const words = (after.match(/^[\s,]*([A-Za-z' ]+)/)?.[1] ?? '').split(/\s+/).filter(Boolean);
  const subject = PRONOUN.test(words[0] ?? '') ? 1 : DETERMINER.test(words[0] ?? '') ? 2 : 0;
  if (subject === 0) return 'neutral';
  return verbTense('', words[subject - 1] ?? '', words[subject] ?? '');
}

function englishTense(text: string, index: number, end: number): Tense {
  const before = text.slice(Math.max(0, index - 40), index);
  const opening = /^\s*(in|on|during|from|since)?\s*$/i.test(before);
  return opening ? tenseAfter(text.slice(end, end + 40)) : tenseBefore(before);
}

const CHINESE_PAST = /(已|已经|已經|曾|早在)(于|於|在)?$/;
const CHINESE_FUTURE = /(将|將|计划|計劃|预计|預計|拟|擬|定于|定於|有望|最快)(于|於|在)?$/;

/** The tense the verb governing a date expression (from `index` to `end`) gives it, or 'neutral'. */
export function governingTense(text: string, index: number, end: number): Tense {
  const before = text.slice(Math.max(0, index - 40), index);
  if (/[\u4e00-\u9fff]\s*$/.test(before)) {
    if (CHINESE_PAST.test(before)) return 'past';
    if (CHINESE_FUTURE.test(before)) return 'future';
    return 'neutral';
  }
  return englishTense(text, index, end);
}
