/** Checks that a claim keeps the polarity of its sources: no negation dropped, none added. */
import type { TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { coversWindow, statesWindow, windowsOverlap } from '../text/coverage.js';
import type { CueHit } from '../text/cues.js';
import { hasParaphrase } from '../text/paraphrase.js';
import { claimHedges } from '../text/claim-hedges.js';
import { isSubstitution, statesSubstitution } from '../text/substitution.js';
import { stem as stemOf } from '../text/stem.js';
import { keepsUnverified } from '../text/verification.js';

/** Returns a reason when the claim affirms what a cited sentence negates, or negates what it affirms. */
export function checkPolarity(claim: TextAnalysis, evidence: Evidence): string[] {
  // "Instead of 9.1" and "against 9.1" say the same: a substitution is met by one said any other way.
  const after = (text: string, end: number): string => text.slice(end, end + 24);
  const sourceNegations = evidence.analyses
    .flatMap((analysis) => analysis.cues.negation.map((hit) => ({ hit, analysis })))
    .filter(({ hit, analysis }) => !(isSubstitution(hit.cue) && statesSubstitution(claim.text, after(analysis.text, hit.end))))
    .filter(({ hit, analysis }) => !keepsUnverified(after(analysis.text, hit.end), claim.text));
  // Each source negation the claim speaks about must be matched by a claim negation about the same words, each
  // claim negation matching one source negation: "did not say how many were affected, and said no data was lost"
  // keeps two, and a claim that keeps the first ("did not say how many") has not kept the second.
  const covered = sourceNegations.filter(
    ({ hit, analysis }) =>
      coversWindow(hit, claim, analysis) &&
      !(NOT_YET.test(hit.cue) && looksAhead(claim) && !statesDone(claim, hit)) &&
      !(DIFFICULTY.test(hit.cue) && claim.words.some((word) => HARD.has(word.word))),
  );
  // Only a negation whose words the claim repeats (two of them) claims a negation of its own; one the claim touches
  // by a single word ("customers") may share a claim negation with another.
  const same = (hit: CueHit, own: CueHit): boolean => negatesSame(hit, own, claim);
  // Within one cited sentence only: two sentences often say the same negation twice ("did not name the others").
  const dropped = evidence.analyses
    .flatMap((analysis) => {
      const own = covered.filter((negation) => negation.analysis === analysis);
      return unmatched(
        own.map(({ hit }) => hit),
        claim.cues.negation,
        same,
      ).map((i) => own[i]!);
    })
    .find(({ hit }) => repeats(hit, claim) || !claim.cues.negation.some((own) => same(hit, own)));
  if (dropped) return [`negation flipped: source says "${excerpt(dropped.analysis.text, dropped.hit.start, dropped.hit.end)}"`];
  const unwilling = claim.cues.negation.find((own) => UNWILLING.test(own.cue));
  if (unwilling && NOT_UNWILLING.test(evidence.chineseText))
    return [
      `negation flipped: claim says "${excerpt(claim.text, unwilling.start, unwilling.end)}" where the source denies the unwillingness`,
    ];
  // What a Chinese source says still holds is ended by no negation of its own, whatever else it negates.
  const ended = claim.cues.negation.find((own) => stillInChinese(own, evidence) && !/不再/.test(evidence.chineseText));
  if (ended) return [`negation flipped: claim says "${excerpt(claim.text, ended.start, ended.end)}" where the source says it still holds`];
  const undone = doubleNegation(claim, evidence);
  if (undone) return [`negation flipped: claim says "${undone}" where the source does not negate it`];
  // Each claim negation about something the source states must be matched by a source negation.
  // "Would not name the vendor, nor the foundry": a "nor" carries on a negation the claim has already made, which the
  // matching above has judged; it adds none of its own.
  const added = claim.cues.negation.find(
    (own) =>
      !(/^nor$/i.test(own.cue) && claim.cues.negation.some((other) => other.start < own.start)) &&
      !(isSubstitution(own.cue) && evidence.analyses.some((analysis) => statesSubstitution(analysis.text, after(claim.text, own.end)))) &&
      (statesWindow(own, evidence) || stillInChinese(own, evidence)) &&
      !sourceNegations.some(({ hit }) => windowsOverlap(hit, own) || negatesSame(hit, own, claim)),
  );
  if (added)
    return [`negation flipped: claim says "${excerpt(claim.text, added.start, added.end)}" but the source states it without a negation`];
  return [];
}

// "中小工厂并不是舍不得花钱" ("it is not that small factories begrudge the money"): a Chinese negator before a word of
// unwillingness affirms the willingness, so a claim that they are "reluctant" turns it round.
const UNWILLING = /^(?:reluctant|unwilling|refuse[sd]?|refusing)$/;
const NOT_UNWILLING = /(?:并不是|並不是|并非|並非|不是)(?:舍不得|捨不得|不愿|不願|不肯|不想|不敢)/;

// "No longer relies on imported parts" against 仍需进口: what a Chinese source says still holds is what "no longer" ends,
// whatever words the glossary lacks.
function stillInChinese(own: CueHit, evidence: Evidence): boolean {
  return own.cue === 'no longer' && /仍|依然|依旧|依舊/.test(evidence.chineseText);
}

// "Not exempt" affirms what "exempt" denies: a negator right before a lexical negative ("exempt", "banned", "unable")
// undoes it, so it cannot share the source's plain "are exempt" as the same negation.
function doubleNegation(claim: TextAnalysis, evidence: Evidence): string | null {
  const negated = (analysis: TextAnalysis, hit: CueHit): boolean =>
    analysis.cues.negation.some(
      (other) => other !== hit && other.end <= hit.start && /^\s*$/.test(analysis.text.slice(other.end, hit.start)),
    );
  const own = claim.cues.negation.find(
    (hit) =>
      negated(claim, hit) &&
      evidence.analyses.some((analysis) => analysis.cues.negation.some((source) => source.cue === hit.cue && !negated(analysis, source))),
  );
  return own ? excerpt(claim.text, Math.max(0, claim.text.lastIndexOf(' ', own.start - 2) + 1), own.end) : null;
}

function repeats(hit: CueHit, claim: TextAnalysis): boolean {
  return hit.windowText !== '' || hit.window.filter((stem) => hasParaphrase(claim.stems, stem)).length >= 2;
}

// Indices of the source negations left without a claim negation of their own, by augmenting paths (a few cues a side).
function unmatched(sources: CueHit[], owns: CueHit[], same: (source: CueHit, own: CueHit) => boolean): number[] {
  const holder = new Array<number>(owns.length).fill(-1);
  const assign = (i: number, seen: Set<number>): boolean =>
    owns.some((own, k) => {
      if (seen.has(k) || !same(sources[i]!, own)) return false;
      seen.add(k);
      if (holder[k]! >= 0 && !assign(holder[k]!, seen)) return false;
      holder[k] = i;
      return true;
    });
  return sources.map((_, i) => i).filter((i) => !assign(i, new Set()));
}

// A Chinese difficulty (很难补齐, 难以复制) denies an ability; a claim that calls the thing hard keeps that denial.
const DIFFICULTY = /^(?:很难|很難|难以|難以)$/;
const HARD = new Set(['hard', 'difficult', 'struggle', 'struggles', 'struggling', 'tough', 'challenging', 'unlikely']);

// "Has yet to seek a permit; it plans to file by June 2027": what is not done yet is what a plan or a "will" is about.
// A claim that looks ahead to it keeps it undone; one that states it done ("has sought") still flips it.
const NOT_YET = /^(?:yet to|not yet|still needs?|still requires?|still awaits|still awaiting|尚未|还未|還未|仍未)$/;

function looksAhead(claim: TextAnalysis): boolean {
  return (
    claim.cues.future.length + claim.cues.forecast.length + claim.cues.schedule.length > 0 ||
    claimHedges(claim).some(({ family }) => family === 'plan')
  );
}

// "Has already sought a permit … and plans to file": the claim's plan is about something else; the undone word it
// states with a perfect or "already" is stated done.
function statesDone(claim: TextAnalysis, hit: CueHit): boolean {
  const head = hit.window[0];
  if (head === undefined || hit.windowText) return false;
  return claim.words.some(
    (word, i) =>
      hasParaphrase(new Set([word.stem]), head) && claim.words.slice(Math.max(0, i - 2), i).some((before) => DONE_MARKS.has(before.word)),
  );
}

const DONE_MARKS = new Set(['already', 'has', 'have', 'had']);

// The same proposition negated in other words: "no journalist will be made redundant" and "rules out redundancies".
// A negation that ends its sentence ("the other 400 will not", "go without one") elides its predicate: it is said of
// the whole sentence before it, so it matches a source negation of any word there.
function negatesSame(source: CueHit, own: CueHit, claim: TextAnalysis): boolean {
  if (windowsOverlap(source, own) || unNegates(own, source)) return true;
  // "Tickets no longer possible online": a negated predicate adjective is said of its subject, which may stand where
  // the source's object does ("cannot file tickets online").
  if (!source.windowText && PREDICATES.has(own.window[0] ?? '')) {
    const scope = new Set([...own.window, ...own.subject]);
    if (source.window.slice(0, 3).filter((stem) => hasParaphrase(scope, stem)).length >= 2) return true;
  }
  // A pro-form after it ("the other 400 go without one") elides the predicate as surely as the sentence's end.
  if (source.windowText || own.windowText || claim.words.some((word) => word.start >= own.end && !PRO_FORMS.has(word.word))) return false;
  const before = new Set(claim.words.filter((word) => word.end <= own.start).map((word) => word.stem));
  return source.window.some((stem) => hasParaphrase(before, stem));
}

// "Were unaffected" is "were not affected": a negative in un- carries the word the source negates inside it.
function unNegates(own: CueHit, source: CueHit): boolean {
  const base = /^un(\p{L}{4,})$/u.exec(own.cue)?.[1];
  return base !== undefined && !source.windowText && source.window.slice(0, 1).some((stem) => hasParaphrase(new Set([stemOf(base)]), stem));
}

const PRO_FORMS = new Set(['one', 'ones', 'it', 'them', 'any', 'either', 'that', 'those']);

const PREDICATES = new Set(['possible', 'available', 'allowed', 'permitted', 'open', 'offered', 'accepted', 'able'].map(stemOf));

/** Returns the cue with a few words after it, for a reason a person can read. */
export function excerpt(text: string, start: number, end: number): string {
  const tail = text.slice(end, end + 40);
  const stop = tail.search(/[,.;:，。；：]/);
  return `${text.slice(start, end)}${stop >= 0 ? tail.slice(0, stop) : tail}`.trim();
}
