/** Checks hedges: no speculation or framing the source lacks, no certainty where the source hedges, no invented plans. */
import type { TextAnalysis } from '../analysis.js';
import { PLAN_CUES } from '../cues/frames.js';
import { MODAL_CUES, SENTENCE_SCOPE_CUES } from '../cues/hedges.js';
import type { Evidence } from '../evidence.js';
import { claimKeepsHedge, isPlanHedge } from '../text/claim-hedges.js';
import { coversWindow, statesWindow } from '../text/coverage.js';
import { renders } from '../text/glossary.js';
import type { CueClass, CueHit } from '../text/cues.js';
import { excerpt } from './polarity.js';
import { conditionStated } from './stated-conditions.js';

const CERTAIN_FUTURE = new Set(['will', "'ll", '将', '將', '将于', '將於']);
// Reported speech turns "will" into "would" and "shall" into "should": neither hedges a plan.
const BACKSHIFTED = new Set(['would', 'should']);
const PLANS = new Set(PLAN_CUES);
const EXPECTATIONS = /^(?:expect|due|schedul|plan|target|set to|on track|on course|on pace|head|计划|計劃|预计|預計|拟|擬|定于)/;
const MODALS = new Set(MODAL_CUES);
const CONDITIONS = new Set(['if', 'unless', '如果', '若', '假如', 'whether', '是否', '能否']);
const SENTENCE_SCOPE = new Set(SENTENCE_SCOPE_CUES);

interface SourceHit {
  hit: CueHit;
  analysis: TextAnalysis;
}

/** Returns reasons for added speculation or framing, dropped hedges, and an unsupported "will". */
export function checkModality(claim: TextAnalysis, evidence: Evidence): string[] {
  const source = (cueClass: CueClass): SourceHit[] =>
    evidence.analyses.flatMap((analysis) => analysis.cues[cueClass].map((hit) => ({ hit, analysis })));
  // "Most" and "many" generalise in a claim but hedge nothing in a source.
  const generalities = source('generality').filter(({ hit }) => hit.cue !== 'most' && hit.cue !== 'many');
  // A purpose ("aiming to clear the queue") hedges only a claim that promises the result ("will clear").
  const promises = claim.cues.future.some((hit) => CERTAIN_FUTURE.has(hit.cue));
  const guesses = [...source('speculation'), ...source('tentative'), ...generalities, ...(promises ? source('purpose') : [])];
  const sourcePermits = source('permission').length > 0;
  return [
    ...addedSpeculation(claim, guesses.length > 0, sourcePermits),
    ...addedFraming(
      claim,
      evidence,
      source('framing'),
      [...source('cause'), ...source('causal')].some((cause) => !merelyTemporal(cause)),
    ),
    // A plan or an expectation ("plans to hire") stated as done or certain ("has hired", "will hire") is a guess made fact.
    ...droppedHedge(
      claim,
      [...guesses, ...source('forecast').filter(({ hit, analysis }) => !analysis.chinese && PLANS.has(hit.cue))],
      evidence,
    ),
    ...inventedPlan(
      claim,
      guesses.length + source('future').length + source('forecast').length > 0 ||
        datesAhead(evidence) ||
        tenselessArrangement(claim, evidence),
      evidence,
    ),
  ];
}

// An intention said any way: "meant to roll out one zone at a time" for "supposed to", "as intended", "was designed to".
const INTENT = /^(?:meant to|intended to|designed to|supposed to)$/;
const INTENDED = /\b(?:meant to|supposed to|intended|designed to|was to|were to|as planned|originally planned)\b/;

const PURPOSE_FRAME = /^(?:aimed at|aims at|aiming at|so as to|with the aim of|with a view to|in order to|in a bid|bid to|effort to)$/;

// "A week after Orbis disclosed the leak": an "after" that follows a span of time dates one event by another and
// says nothing of why; a claim's "because" needs more than that.
function merelyTemporal({ hit, analysis }: SourceHit): boolean {
  return /^(?:after|since)$/.test(hit.cue) && SPAN_BEFORE.test(analysis.text.slice(Math.max(0, hit.start - 24), hit.start));
}

const SPAN_BEFORE =
  /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s+$/i;

// "Likely", "could signal": a guess needs a guessing source; a modal "may" is also met by a source's "can".
function addedSpeculation(claim: TextAnalysis, sourceGuesses: boolean, sourcePermits: boolean): string[] {
  const guess = claim.cues.speculation.find((hit) => !sourceGuesses && !(MODALS.has(hit.cue) && sourcePermits));
  return guess ? [`speculation not in cited sentences: "${excerpt(claim.text, guess.start, guess.end)}"`] : [];
}

function addedFraming(claim: TextAnalysis, evidence: Evidence, sourceFrames: SourceHit[], sourceStatesCause: boolean): string[] {
  const reasons: string[] = [];
  const chineseText = evidence.chineseText;
  const sourceIntends = INTENDED.test(evidence.englishText) || /原定|原本|按计划|按計劃|本应|本應/.test(chineseText);
  const frames = new Set(sourceFrames.map(({ hit }) => hit.cue));
  // A purpose is met by a purpose the source states in any words ("aims to" for "a move aimed at").
  const sourcePurposes = [...frames].some((cue) => PURPOSE_FRAME.test(cue)) || evidence.analyses.some((a) => a.cues.purpose.length > 0);
  const frame = claim.cues.framing.find(
    (hit) =>
      !frames.has(hit.cue) &&
      !statedInChinese(hit, chineseText) &&
      !conditionStated(hit, evidence) &&
      !(INTENT.test(hit.cue) && sourceIntends) &&
      !(PURPOSE_FRAME.test(hit.cue) && sourcePurposes),
  );
  if (frame) reasons.push(`framing not in cited sentences: "${excerpt(claim.text, frame.start, frame.end)}"`);
  const cause = claim.cues.causal[0];
  if (cause && !sourceStatesCause) reasons.push(`cause not in cited sentences: "${excerpt(claim.text, cause.start, cause.end)}"`);
  return reasons;
}

// A Chinese sentence states its relations in words no English frame list matches ("其余款项将依产能与雇用目标分期拨付"
// for "the remainder tied to capacity and hiring targets"): a frame whose governed words the whole cited sentence
// renders through the glossary (at least half of them, dates and figures aside) is the source's own, not an editor's.
function statedInChinese(hit: CueHit, chineseText: string): boolean {
  if (chineseText === '') return false;
  const words = hit.window.filter((stem) => !MONTHS.test(stem));
  return words.length > 0 && words.filter((stem) => renders(stem, chineseText)).length * 2 >= words.length;
}

const MONTHS =
  /^(?:januar|februar|march|april|may|june|juli|august|septemb|octob|novemb|decemb|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)/;

// A claim that covers what a source hedges must keep a hedge, a forecast verb, or (for a permission
// "may") a modal of its own.
function droppedHedge(claim: TextAnalysis, guesses: SourceHit[], evidence: Evidence): string[] {
  // A forecast verb keeps a claim tentative ("Atlas expects…") unless the claim also says "will"; a
  // schedule ("is due to") keeps an expectation an expectation.
  // A negated one ("with no immediate plan to build") keeps nothing.
  const forecasts =
    claim.cues.forecast.some((hit) => !negatedCue(claim, hit)) && !claim.cues.future.some((hit) => CERTAIN_FUTURE.has(hit.cue));
  // A condition the claim keeps ("if validation goes smoothly") keeps conditions only, not the estimate around one.
  const conditional = (hit: CueHit): boolean => CONDITIONS.has(hit.cue);
  const hedges = claim.cues.tentative.filter((hit) => !conditional(hit));
  if (claim.cues.speculation.length + hedges.length > 0 || forecasts) return [];
  const keepsConditions = claim.cues.tentative.length > 0;
  // A schedule ("is set to") keeps a plan or an expectation one, not a guess: "I'm betting" is no timetable.
  const schedules = claim.cues.schedule.length > 0;
  // Calling a figure a promise or goal keeps the figure one, and a plan a plan; it keeps no guess about anything else
  // ("Stratos's pledge … will become a formal remedy" where the source says it "may").
  const promised = PROMISES.test(claim.text);
  const claimPermits = claim.cues.permission.length > 0;
  const claimGeneralises = claim.cues.generality.length > 0;
  // The same cue in the claim keeps the hedge ("designed to burn" quoted as it stands).
  const ownCues = new Set(Object.values(claim.cues).flatMap((hits) => hits.map((own) => own.cue)));
  // So does any hedge marker of the claim's own governing the hedged words ("plans general availability" for
  // "plans to make … generally available", "claiming to hold" for "claimed to have taken", "to be built").
  const kept = (hit: CueHit, analysis: TextAnalysis): boolean =>
    ownCues.has(hit.cue) ||
    keepsClaimVerb(hit, claim) ||
    (keepsConditions && (conditional(hit) || hit.cueClass === 'speculation')) ||
    claimKeepsHedge(claim, hit) ||
    (promised && (isPlanHedge(hit) || hedgedFigure(hit, claim, analysis, evidence))) ||
    (schedules && (PLANS.has(hit.cue) || EXPECTATIONS.test(hit.cue))) ||
    (MODALS.has(hit.cue) && (claimPermits || deontic(hit, analysis))) ||
    (hit.cueClass === 'generality' && claimGeneralises);
  const dropped = guesses.find(
    ({ hit, analysis }) =>
      !kept(hit, analysis) &&
      (coversWindow(hit, claim, analysis) ||
        (!promised && hedgedFigure(hit, claim, analysis, evidence)) ||
        governsSentence(hit, analysis) ||
        hedgedPrediction(hit, claim, analysis)),
  );
  if (!dropped) return [];
  return [`certainty where the source hedges: source says "${excerpt(dropped.analysis.text, dropped.hit.start, dropped.hit.end)}"`];
}

// "The company claims twice the throughput" restated as "Stratos claims twice the throughput": the claim names the
// subject its own way and keeps the verb that makes the statement the company's.
const CLAIM_VERBS = new Set(['claims', 'claimed']);
function keepsClaimVerb(hit: CueHit, claim: TextAnalysis): boolean {
  const verb = hit.cue.split(' ').at(-1) ?? '';
  return hit.cue.includes(' ') && CLAIM_VERBS.has(verb) && claim.words.some((word) => word.word === verb);
}

// "No immediate plan to", "not expected to": a negator a word or two before a cue, in its clause, turns it around.
function negatedCue(analysis: TextAnalysis, hit: CueHit): boolean {
  return analysis.cues.negation.some((own) => own.end <= hit.start && /^[\s\w-]{0,16}$/.test(analysis.text.slice(own.end, hit.start)));
}

// "Analysts estimate the project will cover 50% to 60%": a figure the claim states from inside a hedge's clause
// is the hedged thing, whatever words the claim names it with.
// A claim that calls the figure a promise or a goal ("promising 2,400 jobs") keeps it one.
const PROMISES = /\b(?:promis\w*|pledg\w*|vow\w*|aim\w*|target\w*|goals?|ambitions?)\b/i;

// Another cited sentence stating the figure plainly ("will employ 2,400 people") settles it.
function hedgedFigure(hit: CueHit, claim: TextAnalysis, source: TextAnalysis, evidence: Evidence): boolean {
  if (hit.cueClass === 'negation') return false;
  return source.quantities.some(
    (q) =>
      q.kind !== 'date' &&
      !evidence.analyses.some((other) => other !== source && other.quantities.some((o) => o.key === q.key)) &&
      q.start >= hit.end &&
      !/[,;:.!?](?!\d)|[，；：。！？]/.test(source.text.slice(hit.end, q.start)) &&
      claim.quantities.some((c) => c.key === q.key),
  );
}

// "Other companies … should assume the same trick will be tried on them": a prediction inside a hedge's clause is the
// hedged thing. A claim that takes the hedge's subject and says "will" of it states the guess as certain.
function hedgedPrediction(hit: CueHit, claim: TextAnalysis, source: TextAnalysis): boolean {
  if (source.chinese || hit.cueClass === 'negation' || !claim.cues.future.some((own) => CERTAIN_FUTURE.has(own.cue))) return false;
  const clauseEnd = source.text.slice(hit.end).search(/[.;:!?](?!\d)/);
  const inClause = source.cues.future.some(
    (future) => CERTAIN_FUTURE.has(future.cue) && future.start > hit.end && (clauseEnd < 0 || future.start < hit.end + clauseEnd),
  );
  return inClause && hit.subject.filter((stem) => claim.stems.has(stem)).length >= 2;
}

// A conditional that opens its cited sentence ("If it does, this round will look cheap") governs all a claim can take
// from that sentence, whatever words the claim restates it in.
function governsSentence(hit: CueHit, source: TextAnalysis): boolean {
  if (!SENTENCE_SCOPE.has(hit.cue)) return false;
  const before = source.text.slice(0, hit.start);
  if (/^[\s"'“‘「『(（]*$/.test(before)) return true;
  // Chinese puts the subject before its condition ("智元-3若表現如公司所稱，代表…"): a condition in the opening clause,
  // after a short subject, governs the sentence too. 若 in a speaker's name ("高若溪称") is no condition: a condition
  // ends its clause before the statement and says nothing of who speaks (except what was said: 如公司所稱).
  if (!source.chinese || before.length > 12 || /[，,。；;：:！？、]/.test(before)) return false;
  const condition = source.text.slice(hit.end).split(/[，,。；;：:！？]/)[0]!;
  return condition.length < source.text.length - hit.end && !/(?<!所)(?:称|稱|表示|说|說|指出)/.test(condition);
}

// "May not", "may no longer": a negated modal forbids; it does not guess.
function deontic(hit: CueHit, analysis: TextAnalysis): boolean {
  return /^\s+(?:not|no|never)\b/i.test(analysis.text.slice(hit.end, hit.end + 12));
}

// Chinese marks no tense: an arrangement it states ("合资公司中灵峰云持股60%") may be one still to come, so a claim's
// "will" restating that arrangement (the verb it governs is the source's) invents no plan unless the source marks
// it done (已, 曾, 完成). A "will" of an outcome the source never states ("will make Qingyang the cheapest") does.
function tenselessArrangement(claim: TextAnalysis, evidence: Evidence): boolean {
  if (evidence.englishText !== '' || evidence.chineseText === '' || /已|曾|完成|此前|过去|過去/.test(evidence.chineseText)) return false;
  return claim.cues.future.some((hit) => CERTAIN_FUTURE.has(hit.cue) && statesWindow(hit, evidence));
}

// "Letters start going out on Wednesday" looks ahead when Wednesday comes after the article's publication.
function datesAhead(evidence: Evidence): boolean {
  return evidence.cited.some(({ article, analysis }) => {
    const published = article.published ? Date.parse(article.published) : NaN;
    return analysis.quantities.some((q) => q.kind === 'date' && q.value > published);
  });
}

// "Will", and an expectation or plan the claim attributes ("is expected to", "plans to"), need a source that looks ahead.
function inventedPlan(claim: TextAnalysis, sourceLooksAhead: boolean, evidence: Evidence): string[] {
  const promise =
    claim.cues.future.find((hit) => CERTAIN_FUTURE.has(hit.cue)) ?? claim.cues.forecast.find((hit) => !BACKSHIFTED.has(hit.cue));
  if (!promise || sourceLooksAhead) return [];
  // An expectation or plan the claim only names ("analysts had expected", "its capex plan") is met by a source
  // that names one ("an analyst estimate", "planned capital expenditure", "the forecast" of the paragraph).
  if (!CERTAIN_FUTURE.has(promise.cue) && namesForecast(evidence)) return [];
  return [`claim says "${promise.cue}" but the cited sentences state no plan or forecast`];
}

const FORECAST_NOUNS =
  /\b(?:estimates?|estimated|forecasts?|forecasted|projections?|projected|outlook|consensus|guidance|expectations?|plans?|planned|budgeted|targets?|goals?|ambitions?)\b|预计|预期|预测|计划|规划|估计/;

function namesForecast(evidence: Evidence): boolean {
  return (
    FORECAST_NOUNS.test(`${evidence.englishText}\n${evidence.chineseText}`) ||
    /\b(?:forecasts?|outlook|projections?)\b/i.test(evidence.context.text)
  );
}
