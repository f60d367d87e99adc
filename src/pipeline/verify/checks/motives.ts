/**
 * An editor's motive: "raising prices 25% from December 1 to push customers into long-term contracts". An infinitive
 * of purpose after a finished clause says why the thing was done; the cited sentences have to say so too, with a
 * purpose of their own (aims to, 旨在, in a bid to) or the motive's own verb.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { renders } from '../text/glossary.js';
import { hasParaphrase } from '../text/paraphrase.js';
import { stem } from '../text/stem.js';

// Verbs of steering someone, heading something off or taking ground: what a motive is made of, never a plain result.
const MOTIVES = new Set(
  [
    'push',
    'force',
    'lure',
    'attract',
    'woo',
    'court',
    'pressure',
    'squeeze',
    'deter',
    'discourage',
    'coax',
    'steer',
    'nudge',
    'appease',
    'placate',
    'undercut',
    'punish',
    'reward',
    'head',
    'fend',
    'stave',
    'ward',
    'pre-empt',
    'preempt',
    'dodge',
    'sidestep',
    'outflank',
    'neutralise',
    'neutralize',
    'blunt',
    'recoup',
    'shore',
    // Round 11: a strategic gain ("to secure a foothold in open-source models") is a motive as surely as a push.
    'secure',
    'cement',
    'bolster',
    'strengthen',
    'establish',
    'capture',
    'grab',
    'diversify',
    'hedge',
    'position',
    'protect',
    'defend',
    'consolidate',
    'dominate',
    'counter',
    'rival',
  ].map(stem),
);
// Words after which "to" is a verb's or an adjective's complement, not a purpose: "plans to push", "is set to lure".
const CONTROLLERS =
  /^(?:\w+ed|is|are|was|were|be|been|being|has|have|had|wants?|plans?|aims?|seeks?|needs?|tries|try|hopes?|going|able|unable|likely|set|due|ready|about|how|what|where|whether|used|ought|way|ways|bid|effort|attempt|move|decision|plan|intention|push|pressure|power|right|chance|order|so|as)$/;
const CHINESE_PURPOSE = /旨在|为了|為了|以便|以求|目的|意在|用以|从而|從而|促使|推动|推動|迫使|吸引|引导|引導/;

/** Returns a reason when the claim gives a motive ("to push customers") its sources do not state. */
export function checkMotives(claim: TextAnalysis, evidence: Evidence): string[] {
  if (claim.chinese) return [];
  const words = claim.words;
  for (const [i, word] of words.entries()) {
    const verb = words[i + 1];
    const before = words[i - 1];
    if (word.word !== 'to' || !verb || !before || !MOTIVES.has(verb.stem) || CONTROLLERS.test(before.word)) continue;
    if (hasParaphrase(evidence.stems, verb.stem) || renders(verb.stem, evidence.chineseText)) continue;
    if (CHINESE_PURPOSE.test(evidence.chineseText) || evidence.analyses.some((a) => a.cues.purpose.length > 0)) continue;
    if (purposeIn(evidence)) continue;
    return [`motive not in cited sentences: "to ${verb.word}"`];
  }
  return [];
}

// An English source states a purpose when it has one of the purpose or framing cues that say why.
function purposeIn(evidence: Evidence): boolean {
  return evidence.analyses.some((a) => a.cues.framing.some((hit) => /aim|bid|effort|order|meant|design|intend/.test(hit.cue)));
}
