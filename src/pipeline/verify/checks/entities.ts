/** Checks that every entity a claim names is named by the cited sentences or their paragraph. */
import type { TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { chineseNamesOf, type EntityMention, jurisdictionOf, parentOf } from '../language-tools.js';
import { foldChinese } from '../text/chinese-fold.js';
import { renders } from '../text/glossary.js';
import { stem } from '../text/stem.js';
import { takesChineseName } from './chinese-swaps.js';
import { placeOfCurrency } from './currency-places.js';

/** Returns a reason for each entity of the claim that the evidence does not name. */
export function checkEntities(claim: TextAnalysis, evidence: Evidence, storyText: string): string[] {
  const reasons: string[] = [];
  const seen = new Set<string>();
  for (const mention of claim.entities) {
    const key = mention.source === 'name' ? mention.surface.toLowerCase() : mention.id;
    // A "name" written all in lower case ("agents in production") is a phrase, not a name.
    if (seen.has(key) || ((mention.source === 'name' || mention.kind === 'other') && !/\p{Lu}/u.test(mention.surface))) continue;
    seen.add(key);
    if (mention.source === 'name' ? nameSupported(mention, evidence, storyText) : idSupported(mention, claim, evidence)) continue;
    reasons.push(`${describe(mention)} not in cited sentences`);
  }
  const extended = extendedName(claim, evidence, storyText);
  if (extended) reasons.push(`name "${extended}" not in cited sentences`);
  return reasons;
}

// "Kestrel Max" where the story has Kestrel Swift and Kestrel Pro: a known name's short form followed by a capitalised
// word reads as a product of it, which the alias table does not list; that word must be somewhere in the story.
function extendedName(claim: TextAnalysis, evidence: Evidence, storyText: string): string | null {
  for (const mention of claim.entities) {
    if (mention.source !== 'short') continue;
    const next = /^\s+(\p{Lu}[\p{L}\d-]*)/u.exec(claim.text.slice(mention.end));
    if (!next || claim.entities.some((other) => other.start >= mention.end && other.start <= mention.end + next[0].length)) continue;
    const word = next[1]!;
    const known = `${evidence.englishText}\n${evidence.context.text}\n${storyText}`;
    if (!new RegExp(`(^|[^\\p{L}])${escape(word)}([^\\p{L}]|$)`, 'iu').test(known)) return `${mention.surface} ${word}`;
  }
  return null;
}

// A known entity counts when the cited sentences, their paragraph, or the article's protagonists name it
// or one of its products: a cited "the company" is named nearby.
function idSupported(mention: EntityMention, claim: TextAnalysis, evidence: Evidence): boolean {
  // A cited product or unit stands for its maker ("Helioscale Inference" names Helioscale), and a public
  // body for the place it governs ("网信办" names China).
  const matches = (other: EntityMention): boolean =>
    other.id === mention.id || parentOf(other.id) === mention.id || jurisdictionOf(other.id) === mention.id;
  if (evidence.entities.some(matches)) return true;
  if (mention.kind === 'place' && takesCitedPlace(mention, claim, evidence)) return false;
  if (takesChineseName(mention, claim, evidence)) return false;
  if (evidence.context.entities.some(matches) || evidence.protagonists.some(matches)) return true;
  // A place written inside another name ("长三角智能制造协会" names the Yangtze River Delta) is named all the same.
  if (mention.kind === 'place' && chineseNamesOf(mention.id).some((zh) => zh.length >= 2 && evidence.chineseText.includes(foldChinese(zh))))
    return true;
  // A place is setting, not actor: the article may give it anywhere ("全國" in a story about Taiwan), or a
  // cited amount in its currency may.
  if (mention.kind !== 'place') return false;
  return placeOfCurrency(mention, evidence) || evidence.articleEntities.some(matches);
}

// "India the highest, … and Brazil the lowest, at 7%" where the cited sentence says "Japan the lowest, at 7%": a place
// the article names elsewhere, set where a cited sentence has another place with the same words after it, is a swap.
function takesCitedPlace(mention: EntityMention, claim: TextAnalysis, evidence: Evidence): boolean {
  const after = (text: string, end: number): string =>
    text
      .slice(end, end + 30)
      .toLowerCase()
      .replace(/[^a-z0-9%]+/g, ' ')
      .trim()
      .split(' ')
      .slice(0, 3)
      .join(' ');
  const own = after(claim.text, mention.end);
  if (own.split(' ').length < 3) return false;
  const named = new Set(claim.entities.map((other) => other.id));
  return evidence.analyses.some((analysis) =>
    analysis.entities.some(
      (other) => other.kind === 'place' && !named.has(other.id) && other.id !== mention.id && after(analysis.text, other.end) === own,
    ),
  );
}

// An unknown capitalised name counts when its words appear in the cited text or its context. A
// capitalised common word (a sentence opener) is no name: the story uses it in lower case too.
function nameSupported(mention: EntityMention, evidence: Evidence, storyText: string): boolean {
  const surface = mention.surface.toLowerCase().replace(/['’]s$/, '');
  if (evidence.englishText.includes(surface) || evidence.context.text.toLowerCase().includes(surface)) return true;
  if (!/\s/.test(surface) && new RegExp(`(^|[^\\p{L}])${escape(surface)}([^\\p{L}]|$)`, 'u').test(storyText)) return true;
  return translatedName(surface, evidence.chineseText);
}

// A Chinese name has no English spelling to match: "Intelligent Manufacturing Association" translates
// "智能制造协会" word by word, so a name of two or more words the glossary renders, each of them, is named.
function translatedName(surface: string, chineseText: string): boolean {
  const words = surface.split(/[\s-]+/).filter((word) => word.length > 2);
  return chineseText !== '' && words.length >= 2 && words.every((word) => renders(stem(word), chineseText));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function describe(mention: EntityMention): string {
  const kind = mention.kind === 'other' ? 'name' : mention.kind;
  return `${kind} "${mention.surface}"`;
}
