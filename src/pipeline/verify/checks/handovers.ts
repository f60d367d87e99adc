/**
 * A handover turned round: "Anything touching payment systems or customer data goes straight to a person" says the
 * assistant does not handle those requests. A claim that has something handle them ("the assistant also handles
 * requests touching payment systems") and names no person says the opposite, with no negator in either sentence.
 */
import { englishTerms, type TextAnalysis } from '../analysis.js';
import { GENERIC_WORDS } from '../cues/stopwords.js';
import type { Evidence } from '../evidence.js';
import { stem } from '../text/stem.js';

const HANDOVER =
  /\b(?:goes|go|went|is|are|was|were|gets|get|got)?\s*(?:passed|handed|routed|escalated|referred|forwarded|sent|goes|go|went)\s+(?:straight\s+|directly\s+|on\s+|over\s+)?to\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?(?:human\s+|live\s+)?(person|people|human|humans|staff|technician|technicians|agent|agents|specialist|specialists|team|teams|engineer|engineers)\b/i;
const HANDLES = new Set(['handle', 'process', 'resolve', 'answer', 'deal', 'cover', 'manage', 'field'].map(stem));
const MIN_SHARED = 2;

/** Returns a reason when the claim has something handle what a cited sentence hands over to people. */
export function checkHandovers(claim: TextAnalysis, evidence: Evidence): string[] {
  if (claim.chinese || !claim.words.some((word) => HANDLES.has(word.stem))) return [];
  for (const source of evidence.analyses) {
    const handover = source.chinese ? null : HANDOVER.exec(source.text);
    if (!handover) continue;
    const target = stem(handover[1]!.toLowerCase());
    if (claim.stems.has(target)) continue;
    const handed = englishTerms(source).filter((word) => word.end <= handover.index && !GENERIC_WORDS.has(word.word));
    const shared = handed.filter((word) => claim.stems.has(word.stem));
    if (shared.length >= MIN_SHARED)
      return [`handover turned round: source says "${source.text.slice(handed[0]!.start, handover.index + handover[0].length).trim()}"`];
  }
  return [];
}
