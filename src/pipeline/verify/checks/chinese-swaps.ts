/**
 * A name swapped for another against a Chinese sentence: "Shenzhen's municipal government guidance fund" where the cited
 * sentence has "上海市级政府引导基金", or "Quanta Reasoning's enterprise service based on Zhiyuan-3" for
 * "深度智元基于智元-3的企业版服务". The claim's words after its name are what the cited sentence says right after another
 * name of the same kind, one the claim never names: the article may name the claim's one elsewhere, but not there.
 */
import { englishTerms, type TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import type { EntityMention } from '../language-tools.js';
import { renders } from '../text/glossary.js';

const FOLLOWING_TERMS = 3;
const MIN_RENDERED = 2;
// Chinese characters after the other name in which its following words are looked for.
const WINDOW = 14;

/** Tells whether a claim's name stands where a cited Chinese sentence has another name of its kind. */
export function takesChineseName(mention: EntityMention, claim: TextAnalysis, evidence: Evidence): boolean {
  const clause = claim.words.find((word) => word.start >= mention.end)?.clause;
  const following = englishTerms(claim)
    .filter((word) => word.start >= mention.end && word.clause === clause)
    .slice(0, FOLLOWING_TERMS);
  if (following.length < MIN_RENDERED) return false;
  const named = new Set(claim.entities.map((other) => other.id));
  return evidence.analyses.some(
    (analysis) =>
      analysis.chinese &&
      analysis.entities.some((other) => {
        if (other.kind !== mention.kind || named.has(other.id)) return false;
        const window = analysis.text.slice(other.end, other.end + WINDOW);
        return following.filter((word) => renders(word.stem, window)).length >= MIN_RENDERED;
      }),
  );
}
