/** Checks that a claim's "A rather than B" keeps the sides of a Chinese "并非B，而是A". */
import type { TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { renders } from '../text/glossary.js';

// "The low price is a subsidy to win scale rather than the product of architecture" against "降价并非补贴换规模，而是模型架构
// 和推理优化带来的空间": both sides are cited, each in the other's place, so no word is missing and no negation dropped.
const CLAIM_CONTRAST = /^(.*?)\b(?:rather than|instead of|not)\b(.*)$/i;
const SOURCE_CONTRAST = /(?:并非|並非|并不是|並不是|不是)([^，,。；;]+)[，,]?\s*而是([^。；;]+)/;

/** Returns a reason when the claim affirms the side a cited Chinese contrast denies, and denies the side it affirms. */
export function checkContrastSwap(claim: TextAnalysis, evidence: Evidence): string[] {
  if (claim.chinese) return [];
  const own = CLAIM_CONTRAST.exec(claim.text);
  if (!own) return [];
  const stemsIn = (from: number, to: number): string[] =>
    claim.words.filter((word) => word.start >= from && word.end <= to && word.stem.length > 3).map((word) => word.stem);
  const split = own[1]!.length;
  const affirmed = stemsIn(0, split);
  const denied = stemsIn(split, claim.text.length);
  for (const source of evidence.analyses.filter((analysis) => analysis.chinese)) {
    const contrast = SOURCE_CONTRAST.exec(source.text);
    if (!contrast) continue;
    const [negated, asserted] = [contrast[1]!, contrast[2]!];
    const count = (stems: string[], text: string): number => stems.filter((stem) => renders(stem, text)).length;
    if (count(affirmed, negated) > count(affirmed, asserted) && count(denied, asserted) > count(denied, negated))
      return [`contrast turned round: the source denies "${negated}" and states "${asserted}"`];
  }
  return [];
}
