/**
 * Hedge markers a claim may keep in its own words: a plan, an estimate, a claim someone makes, a future passive.
 * A claim that keeps one over the words a source hedges states nothing as certain, whichever word it picks, as
 * long as the marker is of the hedge's family: saying someone "claims" keeps a claim, not an estimate or a doubt.
 */
import type { TextAnalysis } from '../analysis.js';
import { DETERMINERS } from '../cues/hedges.js';
import type { CueHit } from './cues.js';
import { renders } from './glossary.js';
import { hasParaphrase } from './paraphrase.js';

/** The families of hedge a claim can keep. */
export type HedgeFamily = 'plan' | 'estimate' | 'report';

// One class of markers per family, not the phrases dev cases used.
const ENGLISH_MARKERS: [HedgeFamily, RegExp][] = [
  [
    'plan',
    /^(?:plans?|planned|planning|aims?|aimed|aiming|intends?|intended|expects?|expected|expecting|proposed|proposes|targeted|pledged)$/,
  ],
  [
    'estimate',
    /^(?:flagged|guided|forecasts?|forecasted|estimates?|estimated|projected|pencilled|penciled|anticipated|anticipates|pegs?|pegged|reckons?|reckoned|gauges?|gauged|calculates?|calculated)$/,
  ],
  ['report', /^(?:claimed|claiming|alleged|alleging|allegedly|reportedly|purportedly|reported|reporting|reports|rumou?red|believed)$/],
];
const CHINESE_MARKERS: [HedgeFamily, RegExp][] = [
  ['plan', /计划|計劃|計畫|拟|擬|将|將|有望|目标|目標|力争|力爭|希望/g],
  ['estimate', /预计|預計|估计|估計|预估|預估/g],
  ['report', /称|稱|声称|聲稱/g],
];
// The source hedges each family keeps; a doubt ("whether", "unclear") is kept by none.
const KEPT_BY: Record<HedgeFamily, RegExp> = {
  plan: /^(?:plan|expect|intend|aim|propos|target|aspire|looks set|力图|力圖|谋求|謀求|寻求|尋求|筹划|籌劃|筹备|籌備|争取|爭取|力求|schedul|due|set to|on track|on course|on pace|head|hope|tentativ|provisional|preliminary|letter of|memorandum|non-binding|draft|contemplat|moot|float|tipped|in line|stands to|widely expected|意向|打算|设想|設想|框架|备忘|備忘|征求|徵求|want|seek|tries|try|pending|计划|計劃|拟|擬|预计|預計|将|將|希望|力争|力爭|目标|目標|有意)/,
  estimate:
    /^(?:estimat|forecast|guid|project|put|expect|reckon|anticipat|envisag|envision|foresee|(?:人|师|師|机构|機構|方)?(?:测算|測算)|粗估|预测|預測|预判|預判|估测|估測|研判|on track|on course|on pace|head|预计|預計|估计|估計|预估|預估|预期|預期)/,
  report:
    /^(?:claim|compan|it claims|firm|alleg|reported|purported|self-reported|unverified|familiar|people|person|according|sources|respondents|is believed|are believed|is understood|are understood|is seen|are seen|is thought|are thought|is said|are said|rumou?red|touted|据悉|據悉|据报道|據報道|据称|據稱|传闻|傳聞|participants|surveyed|polled|interviewees|privately|off the record|anonymity|not authori|称|稱|知情|消息)/,
};
const PARTICIPLE = /^(?:\w+ed|\w+en|built|made|held|run|sold|put|paid|laid|bought|brought|done|begun|spent)$/;
const DETERMINER_WORDS = new Set(DETERMINERS);
const PROJECTED = /^(?:a|an|the|that|its|their|about|around|roughly|some|\d[\d.,]*)$/;
const SCOPE = 8;

interface Marker {
  family: HedgeFamily;
  /** Stems of the words the marker governs: the words after it in its sentence. */
  scope: string[];
}

/** Returns the hedge markers of an English claim with the words each governs. */
export function claimHedges(claim: TextAnalysis): Marker[] {
  const markers: Marker[] = [];
  const words = claim.words;
  words.forEach((word, i) => {
    // "To be built", "claims to hold": a future passive is a plan; a claim is one only as a verb.
    const futurePassive = word.word === 'be' && words[i - 1]?.word === 'to' && PARTICIPLE.test(words[i + 1]?.word ?? '');
    const claimsVerb = word.word === 'claims' && /^(?:to|that)$/.test(words[i + 1]?.word ?? '');
    // "Projects a record 151 GW" estimates; "nuclear projects are built" names things.
    const projectsVerb = /^projects?$/.test(word.word) && PROJECTED.test(words[i + 1]?.word ?? '');
    const family = futurePassive
      ? 'plan'
      : claimsVerb
        ? 'report'
        : projectsVerb
          ? 'estimate'
          : ENGLISH_MARKERS.find(([, pattern]) => pattern.test(word.word))?.[0];
    // "Its forecast", "the planned plant": after a determiner the marker names a thing and hedges nothing.
    if (!family || DETERMINER_WORDS.has(words[i - 1]?.word ?? '')) return;
    const scope = words.filter((other, k) => other.sentence === word.sentence && k > i && k <= i + SCOPE).map((other) => other.stem);
    markers.push({ family, scope });
  });
  return markers;
}

/** True when a marker of the hedge's family in the claim governs words of the source hedge's window (either language). */
export function claimKeepsHedge(claim: TextAnalysis, hit: CueHit): boolean {
  const keeps = (family: HedgeFamily): boolean => KEPT_BY[family].test(hit.cue);
  if (claim.chinese) return chineseKeeps(claim, hit, keeps);
  return claimHedges(claim).some(
    ({ family, scope }) =>
      keeps(family) &&
      (hit.windowText
        ? scope.some((stem) => stem.length > 2 && renders(stem, hit.windowText))
        : hit.window.some((stem) => hasParaphrase(new Set(scope), stem))),
  );
}

function chineseKeeps(claim: TextAnalysis, hit: CueHit, keeps: (family: HedgeFamily) => boolean): boolean {
  const governed = hit.windowText || hit.window.join(' ');
  for (const [family, pattern] of CHINESE_MARKERS) {
    if (!keeps(family)) continue;
    for (const match of claim.text.matchAll(pattern)) {
      const from = (match.index ?? 0) + match[0].length;
      const after = claim.text.slice(from, from + 12);
      for (let i = 0; i + 2 <= after.length; i += 1) if (governed.includes(after.slice(i, i + 2))) return true;
    }
  }
  return false;
}

/** True when the claim names a figure a plan or an estimate ("the $11 billion it had flagged"), which keeps it a target. */
export function claimNamesEstimate(claim: TextAnalysis): boolean {
  return claimHedges(claim).some(({ family }) => family !== 'report');
}

/** True when a source hedge is a plan or an expectation ("expects to", "plans to"), which a claim's goal word keeps. */
export function isPlanHedge(hit: CueHit): boolean {
  return KEPT_BY.plan.test(hit.cue);
}
