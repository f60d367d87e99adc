/**
 * A list extended: "ap-south-1b already offers H-Series GPU instances alongside general-purpose compute, block and
 * object storage, and managed databases" restates the cited list ("At launch the new zone offers general-purpose
 * compute, block and object storage, and managed databases") and slips in an item the cited sentences never list. The
 * term check forgives a word or two of a paraphrase's own; joined to a list the source gives, they are a new item.
 */
import { englishTerms, type TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { hasParaphrase } from '../text/paraphrase.js';

// "Packaged together with switch chips" joins things, it lists nothing.
const JOINER = /^(?:alongside|besides)$|^along with$|^as well as$|^in addition to$/;
const ITEM_WORDS = 3;
const MIN_LISTED = 2;
const MIN_NEW = 2;

/** Returns a reason when the claim adds an item of its own to a list its cited sentences give. */
export function checkListExtension(claim: TextAnalysis, evidence: Evidence): string[] {
  // Against Chinese the glossary cannot tell a new item from one it does not render.
  if (claim.chinese || evidence.chineseText !== '') return [];
  const terms = englishTerms(claim);
  const stated = (stem: string): boolean => hasParaphrase(evidence.stems, stem);
  for (const [i, word] of claim.words.entries()) {
    const phrase = [1, 2, 3]
      .map((n) =>
        claim.words
          .slice(i, i + n)
          .map((w) => w.word)
          .join(' '),
      )
      .find((p) => JOINER.test(p));
    if (!phrase) continue;
    const end = claim.words[i + phrase.split(' ').length - 1]!.end;
    const item = terms.filter((t) => t.clause === word.clause && t.end <= word.start).slice(-ITEM_WORDS);
    const list = terms.filter((t) => t.sentence === word.sentence && t.start > end);
    const fresh = item.filter((t) => !stated(t.stem));
    if (list.filter((t) => stated(t.stem)).length >= MIN_LISTED && fresh.length >= MIN_NEW)
      return [`list extended: ${fresh.map((t) => `"${t.word}"`).join(', ')} added to a list the cited sentences give`];
  }
  return [];
}
