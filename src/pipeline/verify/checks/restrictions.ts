/**
 * A restriction dropped: "the full 1-million-token window is limited to higher-volume accounts" ties the window to
 * its holders. A claim that gives the window ("entry tiers can already send the full window") and names none of those
 * holders turns a privilege of some into a fact for all, with no negator for the polarity check to miss.
 */
import { englishTerms, type TextAnalysis } from '../analysis.js';
import { GENERIC_WORDS } from '../cues/stopwords.js';
import type { Evidence } from '../evidence.js';
import { hasParaphrase } from '../text/paraphrase.js';
import type { WordToken } from '../text/words.js';

const RESTRICTION = /^(?:limited|restricted|reserved|confined)$/;
const THING_WORDS = 4;

/** Returns a reason when the claim states a restricted thing without the holders the source restricts it to. */
export function checkRestrictions(claim: TextAnalysis, evidence: Evidence): string[] {
  if (claim.chinese) return [];
  const waived = waivedCondition(claim, evidence);
  if (waived) return [waived];
  for (const source of evidence.analyses) {
    if (source.chinese) continue;
    const content = englishTerms(source).filter((word) => !GENERIC_WORDS.has(word.word));
    for (const [i, word] of source.words.entries()) {
      const next = source.words[i + 1]?.word;
      if (!RESTRICTION.test(word.word) || (next !== 'to' && next !== 'for') || negated(source.words, i)) continue;
      const thing = content.filter((w) => w.clause === word.clause && w.end <= word.start).slice(-THING_WORDS);
      const holder = content.filter((w) => w.clause === word.clause && w.start > word.end);
      if (thing.length < 2 || holder.length === 0) continue;
      if (said(claim, thing) * 2 >= thing.length && said(claim, holder) === 0 && !keepsRestriction(claim))
        return [`restriction dropped: source says "${source.text.slice(thing[0]!.start, holder.at(-1)!.end)}"`];
    }
  }
  return [];
}

// "Would not be limited to companies that signed" widens rather than restricts.
function negated(words: readonly WordToken[], at: number): boolean {
  return words.slice(Math.max(0, at - 3), at).some((word) => /^(?:not|never|no|n't)$/.test(word.word) || word.word.endsWith("n't"));
}

// "Pays only for electricity delivered" against "pays whether or not it is delivered": a claim that waives the
// condition a source's "only" sets (regardless of, with or without) says the opposite.
const WAIVER = /\b(?:whether or not|regardless of|irrespective of|with or without)\b/i;
const ONLY_WINDOW = 4;
const WAIVER_WINDOW = 8;

function waivedCondition(claim: TextAnalysis, evidence: Evidence): string | null {
  const waiver = WAIVER.exec(claim.text);
  if (!waiver) return null;
  const waived = claim.words.filter((word) => word.start >= waiver.index + waiver[0].length).slice(0, WAIVER_WINDOW);
  for (const source of evidence.analyses) {
    for (const [i, word] of source.words.entries()) {
      if (word.word !== 'only') continue;
      const condition = source.words.slice(i + 1, i + 1 + ONLY_WINDOW).filter((w) => w.word.length > 3);
      if (condition.some((w) => waived.some((own) => own.stem === w.stem)))
        return `restriction dropped: source says "${source.text.slice(word.start, condition.at(-1)!.end)}"`;
    }
  }
  return null;
}

function said(claim: TextAnalysis, words: readonly WordToken[]): number {
  return words.filter((word) => hasParaphrase(claim.stems, word.stem)).length;
}

// A claim that limits the thing itself ("only", "limited", "restricted", "reserved", "exclusive") keeps a restriction.
function keepsRestriction(claim: TextAnalysis): boolean {
  return claim.words.some((word) => /^(?:only|limited|restricted|reserved|exclusive|exclusively|confined)$/.test(word.word));
}
