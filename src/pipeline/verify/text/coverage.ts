/** Tells whether a claim speaks about what a cue in a source governs (its window), across languages. */
import { chineseTerms, englishTerms, type TextAnalysis } from '../analysis.js';
import { alignedClauses } from './align.js';
import type { CueHit } from './cues.js';
import { renders } from './glossary.js';
import { hasParaphrase } from './paraphrase.js';
import { stem as stemOf } from './stem.js';

const LIGHT_NOUNS = new Set(
  ['right', 'kind', 'sort', 'form', 'type', 'degree', 'level', 'amount', 'lot', 'part', 'bit', 'sign', 'hint'].map(stemOf),
);
const REPORTING = new Set(['say', 'said', 'says', 'told', 'tell', 'tells', 'according'].map(stemOf));

/**
 * True when the claim contains the cue's first governed word, or two of its governed words. The claim's
 * own attribution ("Helioscale said …") does not count: "did not say" is about something else.
 */
export function coversWindow(hit: CueHit, claim: TextAnalysis, source?: TextAnalysis): boolean {
  if (hit.windowText) return coversChineseWindow(hit, claim, source);
  if (claim.chinese || hit.window.length === 0) return false;
  const stems = new Set([...claim.stems].filter((stem) => !REPORTING.has(stem)));
  // "Without a right of veto" negates the veto: a light noun before "of" hands the head role to the next word.
  // Alone it is the governed word itself ("unwilling to sign off").
  const [first, ...rest] = LIGHT_NOUNS.has(hit.window[0] ?? '') && hit.window.length > 1 ? hit.window.slice(1) : hit.window;
  // "Has not said whether it will challenge": a claim that reports the unsaid thing as said covers it.
  if (first !== undefined && REPORTING.has(first) && rest[0] !== undefined && [...claim.stems].some((stem) => REPORTING.has(stem)))
    return hasParaphrase(stems, rest[0]);
  if (first !== undefined && hasParaphrase(stems, first)) return true;
  return rest.filter((stem) => hasParaphrase(stems, stem)).length >= 2;
}

// Against Chinese, a claim covers a window when it shares a word with it: a Chinese term, a glossary
// rendering of an English word, or an entity named inside the window.
function coversChineseWindow(hit: CueHit, claim: TextAnalysis, source?: TextAnalysis): boolean {
  const window = hit.windowText;
  // A cue in a clause the claim is not about ("不得…倾销" beside "须…公开价格清单") governs nothing the claim says.
  const clauses = source ? alignedClauses(source, claim) : [];
  // A hedge that ends its clause ("分析师估计，…") governs the clause after it.
  const governed = source && hit.cueClass !== 'negation' && /^[，,：:]/.test(source.text.slice(hit.end)) ? hit.end + 1 : hit.start;
  // It governs the rest of its sentence too: "业内人士估计，如果验证顺利，…将优先供应…" hedges the last clause.
  // So it does when the claim is about its own clause, the basis of the estimate ("以300兆瓦满负荷运行估算，…一年可节省…"),
  // and also about any clause after it.
  const ownBest = clauses.some((clause) => clause.best && clause.start <= hit.start && clause.end >= hit.end);
  if (governed > hit.start && clauses.some((clause) => clause.start >= hit.end && (clause.best || ownBest))) return true;
  const inClause = clauses.findIndex((clause) => governed >= clause.start && governed < clause.end);
  if (source && inClause < 0) return false;
  // A hedge in the clause the claim is most about governs the claim, whatever words the glossary lacks.
  if (source && hit.cueClass !== 'negation' && clauses[inClause]?.best) return true;
  if (claim.chinese) return chineseTerms(claim).some((term) => window.includes(term));
  if (source) {
    const ids = new Set(claim.entities.map((entity) => entity.id));
    const windowEnd = hit.end + window.length;
    if (source.entities.some((entity) => entity.start >= hit.end && entity.end <= windowEnd && ids.has(entity.id))) return true;
  }
  return englishTerms(claim).some((word) => renders(word.stem, window));
}

// Light verbs carry no proposition of their own: "failed to get around the safeguards" is about the safeguards.
const LIGHT_VERBS = new Set(['get', 'got', 'make', 'made', 'do', 'did', 'take', 'took', 'have', 'had', 'go', 'went'].map(stemOf));

/** True when a source states the governed word of a claim's cue (in any language). */
export function statesWindow(hit: CueHit, evidence: { stems: ReadonlySet<string>; chineseText: string }): boolean {
  if (hit.windowText) return hit.windowText.length >= 2 && evidence.chineseText.includes(hit.windowText.slice(0, 2));
  const first = LIGHT_VERBS.has(hit.window[0] ?? '') && hit.window.length > 1 ? hit.window[1] : hit.window[0];
  if (first === undefined) return false;
  return hasParaphrase(evidence.stems, first) || renders(first, evidence.chineseText);
}

/**
 * True when two cues govern overlapping words (the same negation, said twice). Across languages the
 * windows cannot be aligned word for word, so any two negations are taken to match.
 */
export function windowsOverlap(source: CueHit, claim: CueHit): boolean {
  if (Boolean(source.windowText) !== Boolean(claim.windowText)) return true;
  if (source.windowText && claim.windowText) return bigrams(claim.windowText).some((pair) => source.windowText.includes(pair));
  // The source's head must fall in the claim's window: "did not say what happens" and "do not pass" negate
  // different things. A source cue that ends its clause ("users are exempt") is said of the word just before
  // it, which a claim may put before its own cue ("users do not have to comply").
  if (source.governsBefore) {
    const claimScope = new Set([...claim.window, ...claim.subject]);
    return source.window.slice(0, 1).some((stem) => hasParaphrase(claimScope, stem));
  }
  const claimWindow = new Set(claim.window);
  return source.window.slice(0, 2).some((stem) => hasParaphrase(claimWindow, stem));
}

function bigrams(text: string): string[] {
  return Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => text.slice(i, i + 2));
}
