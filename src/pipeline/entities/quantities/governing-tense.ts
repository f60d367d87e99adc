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
  /^(began|begun|came|went|sold|broke|rose|fell|won|lost|made|took|gave|led|hit|paid|spent|grew|held|told|met|bought|built|struck|shut|set|sent|cut|left|said|saw|began)$/i;
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

// Reads the words right before the date (past an opening preposition): "founded in", "will open in", "be decided in".
function englishTense(before: string): Tense {
  if (/\bsince\s*$/i.test(before)) return 'past';
  const words = before.match(/[A-Za-z']+/g) ?? [];
  if (words.length > 0 && PREPOSITION.test(words.at(-1)!)) words.pop();
  const [third, previous, verb] = [words.at(-3) ?? '', words.at(-2) ?? '', words.at(-1) ?? ''];
  if (!verb) return 'neutral';
  if (MODAL_FUTURE.test(previous) || MODAL_FUTURE.test(third)) return 'future';
  if (/^to$/i.test(previous)) return INTENT.test(third) ? 'future' : 'neutral';
  if (SCHEDULED.test(verb)) return /^(was|were)$/i.test(previous) ? 'past' : 'future';
  // A participle after "is" or "be" is passive ("is decided in"): the auxiliary, not the participle, has the tense.
  if (BE.test(previous)) return 'neutral';
  if (/^(was|were)$/i.test(verb)) return 'past';
  if ((PARTICIPLE.test(verb) && !NOT_PAST.test(verb)) || IRREGULAR_PAST.test(verb)) return 'past';
  return 'neutral';
}

const CHINESE_PAST = /(已|已经|已經|曾|早在)(于|於|在)?$/;
const CHINESE_FUTURE = /(将|將|计划|計劃|预计|預計|拟|擬|定于|定於|有望|最快)(于|於|在)?$/;

/** The tense the verb right before a date expression at `index` gives it, or 'neutral'. */
export function governingTense(text: string, index: number): Tense {
  const before = text.slice(Math.max(0, index - 40), index);
  if (/[\u4e00-\u9fff]\s*$/.test(before)) {
    if (CHINESE_PAST.test(before)) return 'past';
    if (CHINESE_FUTURE.test(before)) return 'future';
    return 'neutral';
  }
  return englishTense(before);
}
