/**
 * Which of a sentence's dates date an event. A sentence names dates that are not events: the year it is about when
 * it was told on a weekday, a plan it denies, the span a superlative counts within.
 */
import type { DateMention } from './dates.js';

// "had “no plans” for an IPO in 2027": a plan denied dates nothing that happens.
const NEGATED_PLAN =
  /\b(?:no|not any)\W{0,2}(?:immediate |current )?plans?\b|\bnot (?:plan|planning|intend|intending) to\b|没有[^，。]{0,4}计划|無[^，。]{0,4}計畫|暂无|暫無/i;

// "the largest round … that Deal Desk has tracked in 2026": a year that bounds a superlative's count dates no event.
const RANKED_WITHIN =
  /\b(?:largest|biggest|highest|lowest|most|fewest|first|(?:larger|bigger|higher|lower) than any)\b.*\b(?:tracked|seen|recorded|counted|logged)\s+(?:so far\s+)?(?:in|during|for)?\s*$/i;

// "compared with July", "up from 19% in June": the baseline of a comparison, not an event of this story. ("Since February
// 2025" dates when something began, and "与今年8月公布的上一批相比" names the earlier batch's publication: events.)
const BASELINE =
  /\b(?:compared (?:with|to)|than|versus|vs\.?)\s+(?:(?:the|its|their|a|last|this)\s+)?(?:in\s+)?$|\b(?:up|down) from\s+(?:[$€£¥]?[\d.,]+\s?(?:%|percent|[a-z]{1,8})?\s+)?(?:in\s+)?$/i;

// "voted on Friday to adopt the rule largely as proposed in July": an earlier step the sentence looks back to.
const LOOKING_BACK = /\bas\s+(?:first\s+|originally\s+)?(?:proposed|announced|planned|reported|agreed|drafted|filed)\s+(?:in|on)?\s*$/i;

// The words before a date, back to the nearest comma or clause end: what governs it.
function clauseBefore(text: string, index: number): string {
  return (
    text
      .slice(0, index)
      .split(/[,;:，；：]/)
      .pop() ?? ''
  );
}

/** Returns the mentions of `text` that date an event, in order. */
export function eventDates(text: string, mentions: readonly DateMention[]): DateMention[] {
  // "told analysts on Tuesday that every stack it will make in 2027 is sold": the day dates the event, the bare
  // year what it is about.
  const toldOn = mentions.some((mention) => mention.weekday === true);
  return mentions.filter((mention) => {
    if (toldOn && mention.precision === 'year') return false;
    const governing = clauseBefore(text, mention.index);
    if (BASELINE.test(governing) || (toldOn && !mention.weekday && LOOKING_BACK.test(governing))) return false;
    return !NEGATED_PLAN.test(governing) && !(mention.precision === 'year' && RANKED_WITHIN.test(governing));
  });
}
