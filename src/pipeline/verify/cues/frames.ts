/** Future, schedule, forecast and framing cues: how a statement looks ahead or puts a fact into a frame. */
import { cueList } from './list.js';

/**
 * Future and plan cues. A claim that says something "will" happen needs one of these (or a hedge) in the
 * source; otherwise it states as a plan what the source reports as done, or invents the plan. Chinese marks
 * no tense, so an announcement (宣布) counts: it is how a plan is reported.
 */
export const FUTURE_CUES = cueList(`
  will, 'll, would, plans to, plan to, planned to, planning to, plans for, due to, is due, are due, scheduled, set to, aims,
  aim to, aiming, targets, targeted, expects, expected, expect, intends, going to, upcoming, agreed to, agreement to,
  agreement for, for * to, is to, are to, next year, effective, takes effect, begins, starts, opens, runs until,
  by the end of,
  将, 將, 计划, 計劃, 計畫, 拟, 擬, 预计, 預計, 目标, 目標, 即将, 即將, 明年, 将于, 將於, 定于, 起, 须, 須, 要求, 宣布, 宣佈`);

/** Schedules: a claim that says something "is due" or "is scheduled" keeps a source's expectation an expectation. */
export const SCHEDULE_CUES = cueList(`
  due to, is due, are due, scheduled, set to, on track, on schedule, timetable, target date, 定于, 计划于, 計劃於`);

/** Claim words that keep a forecast a forecast: a claim with one does not state a hedged source as certain. */
export const ATTRIBUTED_FORECAST_CUES = cueList(`
  expects, expected, expect, expecting, plans to, plan to, planned to, planning to, plans for, aims, aim to, aiming, targets,
  targeted, intends, forecast, forecasts, projected, would, should, hopes, seeks, wants, proposed, proposes,
  预计, 預計, 计划, 計劃, 目标, 目標, 拟, 擬, 希望`);

/**
 * Plans and expectations a source reports ("plans to hire", "expects to list"): a claim covering one must keep
 * it a plan; "will" alone states it as settled. Chinese 计划 and 预计 also mark a bare schedule, so only
 * English counts; purposes ("aims to") hedge only a promised result (see PURPOSE_CUES).
 */
export const PLAN_CUES = cueList(`
  expects, expected, expect, expecting, plans to, plan to, planned to, planning to, plans for, intends, forecast, forecasts,
  projected, proposed, proposes, targets, targeted`);

/**
 * Interpretive framings: phrases that put a fact into a frame (a motive, a trend, a context, what the fact "at
 * heart" or "chiefly" is) which the source has to state itself, in the same words.
 */
export const FRAMING_CUES = cueList(`
  comes as, come as, coming as, amid, part of, answer to, response to, in response, in a bid, bid to, effort to, push to,
  designed to ease, designed to help, tied to, underscores, underscore, underscored, underscoring, highlights, highlight, highlighted,
  highlighting, reflects, marks a, marking a, a sign, pointing to, points to, pave the way, paves the way, paving the way,
  set the stage, sets the stage, setting the stage,
  point to, adds to, add to, adds pressure, add pressure, follows, follow, following, in order to, meant to,
  aimed at, aims at, aiming at, so as to, with the aim of, with a view to,
  at heart, at bottom, at its core, takeaway, takeaways, upshot, bottom line, at root, in essence, essentially, fundamentally, first and foremost, above all, chiefly,
  primarily, principally, the real story, is really, was really, first of all, most of all, more than anything, at its heart,
  ultimately about, really about, all about,
  proves that, prove that, proved that, proof that, central finding, main finding, key finding, chief finding, headline finding,
  mainly about, largely about, mostly about, a blow to, a boost for, a boost to, a win for, a setback for, a victory for,
  a coup for, a wake-up call, a turning point, a watershed,
  旨在, 为了, 為了, 标志着, 標誌著, 凸显, 凸顯, 之际, 之際, 背景下`);

/** Causal framings in a claim ("because of"): the source must state some cause (CAUSE_CUES). */
export const CAUSAL_FRAMING_CUES = cueList(
  `because of, because, driven by, prompted by, owing to, as a result of, thanks to, 由于, 由於, 因为, 因為`,
);

/** Ways a source states a cause; any of them supports a claim's causal framing. */
export const CAUSE_CUES = cueList(`
  because, due to, driven, drive, attributed, attributes, accounting for, account for, accounts for, caused, causes, blamed,
  reflecting, as a result, after, since, so that, thanks to, pointing to, owing to, what makes, makes possible, made possible,
  enables, enabled, result of, on the grounds, root cause, reason, reasons, why, led to, leads to, lead to, prompted, triggered,
  由于, 由於, 因为, 因為, 受, 带动, 帶動, 推动, 推動, 原因, 导致, 導致`);

/**
 * Framing phrases that, after a determiner or possessive, name a thing and frame nothing: "their response to rush
 * orders" is a response time, "the answer to the question" an answer.
 */
export const NOT_FRAMING = ['the', 'a', 'its', 'their', 'his', 'her', 'our', 'whose'].flatMap((determiner) => [
  `${determiner} response to`,
  `${determiner} answer to`,
]);
