/**
 * A plan or a promise stated as done: "公司计划在明年一季度前完成双活改造" or "will require six hours of training" told
 * as "has moved to an active-active setup". Chinese marks no tense, so a plan word there is no hedge against a claim's
 * "will" (see modality.ts); against a claim in the perfect ("has moved", "have already signed") it still is one.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { claimHedges } from '../text/claim-hedges.js';
import { coversWindow } from '../text/coverage.js';
import type { CueHit } from '../text/cues.js';
import { excerpt } from './polarity.js';

const LOOKS_AHEAD = /^(?:will|'ll|将|將|将于|將於|计划|計劃|計畫|拟|擬|预计|預計|打算|准备|準備|有望|即将|即將)$/;
const PARTICIPLE = /^(?:\w+ed|\w+en|built|made|held|run|sold|paid|laid|bought|brought|done|begun|spent|won|set|put|cut|shut)$/;
// A present verb after "already" ("already offers", "can already send").
const PRESENT = /^(?:\w+s|send|run|offer|support|serve|use|sell|ship|handle|cover)$/;
// Done in the source: a plan it reports as carried out already.
const DONE_IN_CHINESE = /已|已经|已經|完成了|此前/;

/** Returns a reason when a claim in the perfect tense covers what its source only plans or promises. */
export function checkPlanDone(claim: TextAnalysis, evidence: Evidence): string[] {
  const done = perfects(claim);
  // What a cited sentence also states in the perfect ("has frozen changes … and will publish a review") is done there too.
  const sourceDone = new Set(evidence.analyses.flatMap(perfects));
  if (claim.chinese || done.every((stem) => sourceDone.has(stem)) || looksAhead(claim)) return [];
  for (const analysis of evidence.analyses) {
    const plan = analysis.cues.future.find(
      (hit) => LOOKS_AHEAD.test(hit.cue) && !doneBefore(analysis, hit) && coversWindow(hit, claim, analysis),
    );
    if (plan)
      return [
        `certainty where the source hedges: source says "${excerpt(analysis.text, plan.start, plan.end)}" and the claim says it is done`,
      ];
    const progress = inProgress(analysis, claim);
    if (progress) return [`certainty where the source hedges: source says "${progress}" and the claim says it is done`];
  }
  return [];
}

// Work under way ("was working with regulators on emergency waivers") is no outcome: a claim in the perfect that takes
// the words it governs ("have granted emergency waivers") states as done what the source says is still being done.
const UNDER_WAY = /\b(?:is|are|was|were)\s+(?:still\s+)?(?:working|negotiating|drafting|preparing|discussing|pursuing|applying)\b/gi;
const MIN_SHARED = 2;

function inProgress(analysis: TextAnalysis, claim: TextAnalysis): string | null {
  if (analysis.chinese) return null;
  for (const match of analysis.text.matchAll(UNDER_WAY)) {
    const end = (match.index ?? 0) + match[0].length;
    const clause = analysis.words.find((word) => word.start >= end)?.clause;
    const governed = analysis.words.filter((word) => word.start >= end && word.clause === clause && word.stem.length > 3);
    if (governed.filter((word) => claim.stems.has(word.stem)).length >= MIN_SHARED) return match[0];
  }
  return null;
}

// "Has moved", "have already signed", "had switched", "already moved": a perfect states the thing done; "has to" and
// "has been told to" do not. Returns the stems of the participles.
function perfects(analysis: TextAnalysis): string[] {
  const words = analysis.words;
  return words.flatMap((word, i) => {
    // "Already moved" states it done without an auxiliary.
    const after = words[i + 1];
    if (word.word === 'already' && !/^(?:has|have|had|is|are|was|were)$/.test(words[i - 1]?.word ?? ''))
      return after !== undefined && (PARTICIPLE.test(after.word) || PRESENT.test(after.word)) ? [after.stem] : [];
    // "Already offers", "can already send", "is already running": the present, said to hold now.
    if (word.word === 'already' && /^(?:is|are)$/.test(words[i - 1]?.word ?? ''))
      return after !== undefined && /\w+ing$/.test(after.word) ? [after.stem] : [];
    if (!/^(?:has|have|had)$/.test(word.word)) return [];
    const next = /^(?:already|now|since|also|just)$/.test(words[i + 1]?.word ?? '') ? words[i + 2] : words[i + 1];
    return next !== undefined && next.clause === word.clause && PARTICIPLE.test(next.word) && next.word !== 'been' ? [next.stem] : [];
  });
}

// A promise or a pledge the claim names keeps the plan one ("promised a review by November 19").
const PROMISES = /\b(?:promis\w*|pledg\w*|vow\w*|commit\w*)\b/i;

function looksAhead(claim: TextAnalysis): boolean {
  return (
    claim.cues.future.length + claim.cues.forecast.length + claim.cues.schedule.length > 0 ||
    claimHedges(claim).length > 0 ||
    PROMISES.test(claim.text)
  );
}

function doneBefore(analysis: TextAnalysis, hit: CueHit): boolean {
  const from = Math.max(0, hit.start - 12);
  return analysis.chinese && DONE_IN_CHINESE.test(analysis.text.slice(from, hit.end + 20));
}
