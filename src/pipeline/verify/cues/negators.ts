/** Negation cues in English and Chinese, kept apart from the polarity check that uses them. */
import { cueList } from './list.js';

/**
 * English negators, matched as whole words (lower case). Refusal and denial verbs count: "declined to
 * say" and "did not say" state the same thing, and "denies" flips a claim as surely as "not". Words such
 * as "exempt", "bars" and "omitted" ("left out closed models" is "did not test closed models") negate what follows them too, and so does an unwillingness ("were often unwilling to sign off").
 */
export const ENGLISH_NEGATORS = cueList(`
  not, n't, no, never, without, none, nobody, nothing, neither, nor, cannot, declined, declines, decline, refused, refuses,
  refuse, denied, denies, deny, failed, fails, failing, unable, non, lack, lacks, lacked, lacking, exempt, unaffected, unchanged, bars, barred, bans,
  banned, prohibits, prohibited, forbids, forbidden, excludes, excluded, unwilling, reluctant, omitted, omits, omit, skipped, skips,
  undisclosed`);

/**
 * Multi-word English negations, matched before single words so "no longer" is one cue. Lexical negatives count
 * like "not": "have yet to reach" is "have not reached", "cut off from" is "unable to reach", "still needs
 * approval" has not got it. A refusal in -ing counts before its "to" only ("declining to give the amount"): alone,
 * "declining" is a fall.
 */
export const ENGLISH_NEGATION_PHRASES = cueList(`no evidence, no sign, no longer, not yet, rather than, instead of, rules out, ruled out,
  rule out, fail to, yet to, declining to, refusing to, off from, fall short, falls short, fell short, falling short,
  except, except for, excluding, save for, left out, leaves out, leave out, leaving out, still needs, still need, still requires, still require, still awaits, still awaiting`);

/**
 * English phrases that contain a negator but negate nothing ("whether we teach them or not"); "left out of the boom" is
 * a place among others, not "left out" of an object.
 */
export const ENGLISH_NOT_NEGATIONS = cueList(`or not, not only, not just, no doubt, not least, nothing but, no matter,
  no more than, not more than, no fewer than, no less than, not less than, no later than, no earlier than,
  left out of, leave out of, leaves out of`);

/**
 * Chinese negators, simplified and traditional. Longer cues win over shorter ones ("没有" over "没"); a
 * one-character negator counts only where a word starts (see analysis.ts).
 */
export const CHINESE_NEGATORS = cueList(`
  并非, 並非, 并不, 並不, 并未, 並未, 还未, 還未, 仍未, 均未, 皆未, 都未, 从不, 從不, 没有, 沒有, 尚未, 从未, 從未, 不再, 不是, 否认, 否認, 拒绝, 拒絕, 无法, 無法, 未能, 不能, 不会, 不會, 不得,
  毫无, 毫無, 很难, 很難, 难以, 難以, 不, 没, 沒, 未, 无, 無, 非`);

/**
 * Chinese words that start with a negator character but do not negate ("未来" is "future", "不少" is
 * "quite a few", "非常" is "very", "无锡" is a city, "非法" is "illegal" and "不足" a shortage or "less than", words of their own as in English): a negator
 * inside one of these is skipped.
 */
export const CHINESE_NOT_NEGATIONS = cueList(`
  未来, 未來, 不少, 不过, 不過, 不断, 不斷, 不仅, 不僅, 不同, 不论, 不論, 无论, 無論, 不管, 不但, 不久, 非常, 非洲, 不错, 不錯, 不妨,
  很难看, 很難看, 不禁, 无人, 無人, 不足以, 并购, 併購, 不如, 无线, 無線, 无锡, 無錫, 不只, 不止, 不单, 不外, 非营利, 非營利, 非法, 不足`);
