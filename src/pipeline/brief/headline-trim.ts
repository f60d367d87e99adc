/**
 * Trims a lead sentence to headline length by deletion only: a non-restrictive aside after a name (", which runs
 * nine sites,"), an attribution tag (", the company said on Monday,"), and a trailing clause that adds a second
 * fact (", with data centres accounting for most of it"). An aside is kept when it carries a negation, hedge or
 * limit; a trailing clause when it could reach back to the kept one (", unless…", ", but only…"). What remains is still
 * stated by the source sentence, and an attributed claim keeps its attribution (", according to…" is never cut).
 */
import { MEANING_WORDS } from './cues.js';
import { baseLanguage, textLength } from './text.js';

/** Past this many words a lead sentence is trimmed. */
const HEADLINE_WORDS = 18;
/** A trim that leaves fewer words than this is a fragment, not a headline. */
const MIN_WORDS = 5;
const MAX_ASIDE_WORDS = 14;

// The subject's aside, before any other comma: ", which runs AI centres in Guizhou," / ", a colocation provider
// with nine facilities," / ", the second generation of its chip," / ", including A, B and C," — but not an item of a list (", the C, and D").
const ASIDE =
  /^((?:(?:On|In|At|By|Since) [^,;:]+, )?[^,;:]*[A-Za-z0-9)])(, (?:(?:which|who|whose|a|an|one of|the) [^,;:]+|including [^;:]+?)),(?= (?!and |or )[a-z])/;
// An indefinite appositive after a later name, with the sentence going on after it: "… at the Halcyon Institute, an
// independent AI research non-profit in Toronto, examined …" ("the" may open an item of a list, so it does not count).
const APPOSITIVE = /(?<=[A-Z][\w-]*), (?:a|an) [^,;:]+,(?= (?!and |or )[a-z])/;
// ", the company said on Monday": what follows it, if anything, is a second thought the headline can do without.
const ATTRIBUTION_TAG =
  /, (?:the (?:company|firm|group|operator|regulator|ministry|agency|bank|lab|start-up|startup|utility|university|institute|researchers)|it|they|officials|analysts) (?:said|says|announced|reported)(?: on)?(?: [A-Z][a-z]+day)?(?=[,.]|$)/;
const SPEECH = /\b(said|says|told|announced|reported)\b/;
// A trailing clause that adds another fact or a description to the sentence's first one: a participle (", covering…",
// ", aiming to…"; not ", ticketing system and the servers", an item of a list), a relative or prepositional clause, a
// second main clause, a contrast, or a closing appositive (", the chips…"; with no comma of its own, or it may be an
// aside before the main verb: "The paper, published by …, an independent non-profit, examined …").
const TRAILING =
  /, (?:[a-z]+ing (?=the|a|an|its|their|his|her|to|on|in|for|from|up|out|about|more|most|some|all|\d|[A-Z]|[^,;:]*$)(?![^,;:]* and (?![a-z]+ing\b))|with|which|while|after|as|amid|whose|where|but|on (?:a|an)|up (?:from|\d)|down (?:from|\d)|and (?:said|asked|added|plans|will|is|was|has|had|its|it|the|that)|(?:the|a|an) [^,;:]+$)\b/;
// A trailing clause that qualifies the one before it, or names unnamed sources for it: cutting it would leave a claim
// the source limits, or state a rumour as fact.
const REACHES_BACK =
  /\b(unless|except|if|only|provided|subject to|so long as|as long as|rather than|instead of|reportedly|allegedly|according to (?:\w+ )?(?:people|persons?|sources?|officials?)|familiar with)\b|^, (?:but )?not\b/i;

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH_DAY = '(?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}';
// The day the news broke ("said on Wednesday that", "On October 30, X switched on", "published on Wednesday, November
// 18, its"): the card and the timeline date the story, the headline can say what happened without it.
// Outlets leave out the comma after a short opening phrase as often as not ("On Wednesday Helioscale and …").
const NEWS_DAY_OPENING = new RegExp(`^On (?:${WEEKDAY}(?:,? ${MONTH_DAY})?|${MONTH_DAY}),? (?=[A-Z])`);
const NEWS_DAY = new RegExp(` on (?:${WEEKDAY}(?:, ${MONTH_DAY},?)?|${MONTH_DAY},?)(?=[ ,])`, 'g');
// A day after these words is when something is due, not when it was told ("will open on Monday", "until Friday").
const AHEAD = /\b(?:will|would|to|due|from|until|by|before|starting|scheduled|set|expected|planned)\b[^,;]{0,48}$/;

function dropNewsDay(text: string): string {
  const opened = text.replace(NEWS_DAY_OPENING, '');
  return opened
    .replace(NEWS_DAY, (day: string, offset: number) => (AHEAD.test(opened.slice(0, offset)) ? day : ''))
    .replace(/\b(said|says|announced|told (?:\w+ ){0,3}?\w+) that (?=[A-Za-z])/, '$1 ');
}

function keepsMeaning(deleted: string): boolean {
  return !MEANING_WORDS.test(deleted);
}

function droppable(aside: string): boolean {
  return textLength(aside) <= MAX_ASIDE_WORDS && keepsMeaning(aside) && !SPEECH.test(aside);
}

function dropAside(text: string): string {
  const subject = text.replace(ASIDE, (whole: string, before: string, aside: string) => (droppable(aside) ? before : whole));
  // Inside an aside of its own ("The paper, published … at the Institute, an …, examined"), its closing comma stays.
  return subject.replace(APPOSITIVE, (aside: string, offset: number) => {
    if (!droppable(aside)) return aside;
    return (subject.slice(0, offset).match(/,/g) ?? []).length % 2 === 1 ? ',' : '';
  });
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
  const undated = dropNewsDay(text);
  if (textLength(undated) <= HEADLINE_WORDS) return textLength(undated) >= MIN_WORDS ? undated : text;
  let result = cutTrailing(cutAt(dropAside(undated), ATTRIBUTION_TAG, keepsMeaning));
  result = result
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+,/g, ',')
    .trim();
  return textLength(result) >= MIN_WORDS ? result : text;
}

/** Past this many characters a Chinese lead sentence is trimmed. */
const HEADLINE_CHARS_ZH = 50;
const MIN_CHARS_ZH = 12;
// "11月3日，" / "上周五，": a date that opens the sentence; the timeline keeps it.
const DATE_CLAUSE_ZH = /^(?:\d{1,2}月\d{1,2}日|(?:上|本|下)?(?:周|星期)[一二三四五六日天]|[昨今前]天|近日|日前|当天)$/;
// A later clause that limits or conditions the ones before it: cutting it would state more than the source.
const REACHES_BACK_ZH = /除非|前提|条件是|條件是|仅限|僅限|只有|才能|才会|才會|[据據](?:知情|消息|悉|传|傳)|传闻|傳聞|或将|或將|可能/;
// "台電12日公布" / "玉川资本11月16日宣布": the day the news was told, as in English headlines.
const NEWS_DAY_ZH = /(?:\d{1,2}月)?\d{1,2}日(?=宣布|表示|称|稱|公布|发布|發布|透露|指出)/;
// "玉川资本宣布，" says who speaks; what it announced is in the next clause, which must stay.
const SPEECH_ZH = /(?:宣布|表示|称|稱|指出|说|說|透露|公布|介绍|介紹|强调|強調|认为|認為)$/;

/**
 * Returns a Chinese lead sentence as a headline: an opening date clause goes, then trailing clauses while it is long,
 * by deletion only and never past a clause that limits the kept ones; without its closing full stop.
 */
export function trimForHeadlineZh(sentence: string): string {
  const text = sentence.replace(/[。.]$/, '').replace(NEWS_DAY_ZH, '');
  if ([...text].length <= HEADLINE_CHARS_ZH) return text;
  const clauses = text.split('，');
  if (clauses.length > 1 && DATE_CLAUSE_ZH.test(clauses[0]!)) clauses.shift();
  let kept = clauses.join('，');
  while (clauses.length > 1 && [...kept].length > HEADLINE_CHARS_ZH) {
    const last = clauses.pop()!;
    const shorter = clauses.join('，');
    if (REACHES_BACK_ZH.test(last) || SPEECH_ZH.test(shorter) || [...shorter].length < MIN_CHARS_ZH) break;
    kept = shorter;
  }
  return kept;
}

/** Returns a sentence as a headline in its brief's language: trimmed in English and Chinese, as written otherwise. */
export function asHeadline(sentence: string, language: string): string {
  const base = baseLanguage(language);
  return base === 'en' ? trimForHeadline(sentence) : base === 'zh' ? trimForHeadlineZh(sentence) : sentence;
}
