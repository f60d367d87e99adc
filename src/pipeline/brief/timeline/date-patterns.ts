/**
 * Date expressions chrono-node does not read, and the tense cues that place a year-less date
 * before or after the article's publication. Data only; dates.ts applies them.
 */

/** "the second quarter of 2027", "Q2 2027", "the first half of 2027", "early 2027": the year is all that is certain. */
export const YEAR_PERIODS_EN: readonly RegExp[] = [
  /\b(?:first|second|third|fourth|1st|2nd|3rd|4th) quarter of (20\d{2})\b/gi,
  /\bQ[1-4](?: of)? (20\d{2})\b/g,
  /\b(?:first|second|latter) half of (20\d{2})\b/gi,
  /\bH[12] (20\d{2})\b/g,
  /\b(?:early|late|mid-?|end of|the end of|start of|the start of) (20\d{2})\b/gi,
];

/** A bare year after a preposition: "in 2024", "by 2030". Without one, "2027 roadmap" is not a date of an event. */
export const BARE_YEAR_EN = /\b(?:in|by|since|during|until|through|throughout|from) (20\d{2})\b(?![-/]\d)/gi;

/** "2027年第二季度", "2027年上半年", "2027年底", "2027年" (without a month after it). */
export const YEAR_PERIODS_ZH: readonly RegExp[] = [
  /(20\d{2})年(?:第?[一二三四1-4]季度?|[上下]半年|[初底末中])/g,
  /(20\d{2})年(?![\d一二三四五六七八九十]{1,2}月)/g,
];

/** "15日" with no month before it: a day of the publication's month. */
export const DAY_ONLY_ZH = /(?<![月\d])(\d{1,2})[日号號]/g;

/**
 * Chrono matches worth keeping: a number, a capitalised month or weekday ("sat", "may" and "march"
 * in lower case are words), yesterday or tomorrow ("today" mostly means "nowadays"), or Chinese date characters — not "last week".
 */
export const PRECISE_MATCH =
  /\d|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)|\b(yesterday|tomorrow)\b|[年月日]|周|週|星期|今天|昨天|明天/;

/** Future tense: a year-less month or weekday lies ahead of the publication. */
export const FUTURE_CUES =
  /\b(will|plans?|planned|scheduled|due|expects?|expected|is to|are to|next|upcoming|until|by)\b|将|將|预计|預計|计划|計劃|即将|即將|明年|下个?月/i;

/** Past tense: a year-less month lies before the publication. */
export const PAST_CUES =
  /\b(was|were|had|did|\w+ed|began|sold|broke|rose|fell|won|lost|cut|made|took|gave|led|hit|paid|spent|grew|held|told|met|bought|last|ago|earlier|previously|since)\b|去年|上个?月|已经|已經|曾|了/i;

/** Durations chrono turns into dates ("within 14 days", "eight hours after"): a count, not a stated date. */
export const DURATION =
  /\b(seconds?|minutes?|hours?|days?|weeks?|months?|years?|fortnight)\b|\d+\s*(天|小时|小時|分钟|分鐘|周|週|个月|個月|年)(内|內|后|後|前)/i;

/** Chinese year words before a month: 今年 (this year), 去年 (last year), 明年 (next year). */
export const YEAR_WORDS_ZH: Readonly<Record<string, number>> = { 今年: 0, 本年: 0, 去年: -1, 明年: 1 };

/** Background years ("founded in 2019", "since 2024"): history, not the story's events. */
export const BACKGROUND_YEAR =
  /\b(founded|established|since|launched in|started in|set up in)\s+(in\s+)?(19|20)\d{2}\b|成立于|成立於|创立于|創立於/i;
