/** Checks that a claim's predicate of commitment or state ("has signed", "approved", "was struggling") is the cited sentences' own. */
import { insideMention, type TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { stem } from '../text/stem.js';

// A commitment is a state a reader acts on: "Lumen Labs has signed the charter" where the source says it "was reviewing"
// it shares subject and object with the source and no figure, so no other check sees the gap. Each predicate is met only
// by the words listed for it, a bounded table: near-synonyms elsewhere ("join" for "sign") are too loose for a state.
const COMMITMENTS: Record<string, readonly string[]> = {
  sign: ['sign', 'signed', 'signing', 'signatory', 'signatories', 'signature', 'ink', 'inked', 'countersign', 'executed'],
  ratify: ['ratify', 'ratified', 'ratification', 'approve', 'approved', 'approval', 'pass', 'passed', 'adopt', 'adopted'],
  approve: [
    'approve',
    'approved',
    'approval',
    'clear',
    'cleared',
    'clearance',
    'authorise',
    'authorised',
    'authorize',
    'authorized',
    'authorisation',
    'authorization',
    'pass',
    'passed',
    'vote',
    'voted',
    'ratify',
    'ratified',
    'sanction',
    'sanctioned',
    'adopt',
    'adopted',
    'endorse',
    'endorsed',
    'license',
    'licensed',
    'licence',
    'permit',
    'permitted',
    'greenlit',
    'green-light',
    'backed',
  ],
  complete: [
    'complete',
    'completed',
    'completion',
    'finish',
    'finished',
    'finalise',
    'finalised',
    'finalize',
    'finalized',
    'close',
    'closed',
    'closing',
    'conclude',
    'concluded',
    'done',
    'wrapped',
  ],
  // A difficulty is a state too: "was struggling to meet its covenants" where the source says it "comfortably" meets them.
  struggle: [
    'struggle',
    'struggled',
    'struggling',
    'difficulty',
    'difficulties',
    'difficult',
    'trouble',
    'troubled',
    'hard',
    'harder',
    'battle',
    'battling',
    'strain',
    'strained',
    'straining',
    'challenge',
    'challenged',
    'challenging',
    'pressure',
    'squeeze',
    'squeezed',
    'fail',
    'failed',
    'failing',
    'unable',
    'miss',
    'missed',
    'breach',
    'breached',
    'shortfall',
    'short',
  ],
};
COMMITMENTS.finalise = COMMITMENTS.complete!;
COMMITMENTS.finalize = COMMITMENTS.complete!;
COMMITMENTS.pass = COMMITMENTS.approve!;

const ACCEPTED = new Map(Object.entries(COMMITMENTS).map(([word, mates]) => [stem(word), new Set(mates.map((mate) => stem(mate)))]));

/** Returns a reason when the claim states a commitment its English cited sentences do not. */
export function checkPredicates(claim: TextAnalysis, evidence: Evidence): string[] {
  if (claim.chinese || evidence.analyses.some((analysis) => analysis.chinese)) return [];
  // The cited sentences only: their paragraph often says the others signed ("four labs signed; Lumen is reviewing").
  const sourceStems = evidence.stems;
  const missing = claim.words.find((word) => {
    const accepted = ACCEPTED.get(phrasal(claim.text, word.start, word.end, word.stem));
    return (
      accepted &&
      !insideMention(claim, word.start, word.end) &&
      !crossesFigure(claim.text, word.end) &&
      ![...accepted].some((mate) => sourceStems.has(mate)) &&
      !(accepted === ACCEPTED.get(stem('approve')) && signedOffAlike(claim.text.slice(0, word.start), evidence.englishText))
    );
  });
  return missing ? [`predicate not in cited sentences: "${missing.word}"`] : [];
}

// A particle or a determiner changes what "sign" says: "signed up for the drill" enrols, "signed off" approves, and
// "no sign that" is a noun, an indication. Returns the predicate the word states, or its own stem.
function phrasal(text: string, start: number, end: number, wordStem: string): string {
  if (wordStem !== SIGN) return wordStem;
  if (/^\s+up\b/i.test(text.slice(end))) return 'enrol';
  if (/^\s+off\b/i.test(text.slice(end))) return stem('approve');
  return /\b(?:no|any|a|the|some|little|every)\s+$/i.test(text.slice(Math.max(0, start - 8), start)) ? 'indication' : wordStem;
}

const SIGN = stem('sign');
const SIGN_OFF = /\bsign(?:s|ed|ing)?\s+off\b/i;
const REFUSAL = /\b(?:not|never|no|unwilling|reluctant|refus\w*|declin\w*)\b[^.;]{0,30}$/i;

// A source's "sign off" meets a claimed "approve" of the same polarity: the negation checks read "sign off" and
// "approve" as different words, so "unwilling to sign off" must not support "readily approved".
function signedOffAlike(claimBefore: string, text: string): boolean {
  const match = SIGN_OFF.exec(text);
  return match !== null && REFUSAL.test(text.slice(0, match.index)) === REFUSAL.test(claimBefore);
}

// "Has passed 3 million downloads", "cleared 2,300 customers": a figure after the verb is a mark crossed, not a vote or a
// clearance; the bounds check holds it to the source's "more than".
function crossesFigure(text: string, end: number): boolean {
  return /^\s+(?:the\s+)?[\d$€£¥]/.test(text.slice(end, end + 12));
}
