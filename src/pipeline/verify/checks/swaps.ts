/** Catches swaps the set checks cannot see: a person given another employer, a sibling product, two numbers trading roles. */
import type { TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { type EntityMention, parentOf } from '../language-tools.js';
import { ENGLISH_STOPWORDS } from '../cues/stopwords.js';
import { TARGET_WORDS } from '../cues/targets.js';
import { TITLE_JOINERS, TITLE_WORDS } from '../cues/titles.js';
import { claimNamesEstimate } from '../text/claim-hedges.js';
import { stem } from '../text/stem.js';
import type { WordToken } from '../text/words.js';

const TARGETS = TARGET_WORDS;
// Any form of an English target word in a claim ("targeting", "estimates") keeps the figure a target.
const TARGET_STEMS = new Set(TARGET_WORDS.filter((word) => /^[a-z]+$/.test(word)).map((word) => stem(word)));
const CERTAIN = new Set(['will', "'ll", '将', '將']);

const REACH = 4;

/** Returns reasons for an entity or a number that stands where the source puts its sibling or partner. */
export function checkSwaps(claim: TextAnalysis, evidence: Evidence): string[] {
  if (claim.chinese) return [];
  const english = evidence.analyses.filter((analysis) => !analysis.chinese);
  return [
    ...roleSwaps(claim),
    ...english.flatMap((source) => siblingSwaps(claim, source, evidence.englishText)),
    ...english.flatMap((source) => numberSwaps(claim, source)),
  ].slice(0, 1);
}

// "Its Corvane K10 clusters" where the source says "its Corvane K9 clusters" (and mentions the K10 elsewhere):
// the claim's words around an entity match the source's words around a sibling (same maker) better.
function siblingSwaps(claim: TextAnalysis, source: TextAnalysis, citedText: string): string[] {
  for (const mention of claim.entities) {
    const parent = parentOf(mention.id);
    // A name a cited sentence writes out as the claim does ("the Tern-8 instance") is no sibling's, whatever
    // the extractor made of it there.
    if (!parent || writtenOut(mention.surface, citedText)) continue;
    const around = neighbours(claim.words, mention);
    const own = overlap(around, source, (other) => other.id === mention.id);
    for (const sibling of source.entities) {
      if (sibling.id === mention.id || sibling.kind !== mention.kind || parentOf(sibling.id) !== parent) continue;
      if (claim.entities.some((other) => other.id === sibling.id)) continue;
      const theirs = overlap(around, source, (other) => other.id === sibling.id);
      if (theirs >= own + 2) return [`${mention.kind} "${mention.surface}" where the cited sentence says "${sibling.surface}"`];
    }
  }
  return [];
}

function overlap(around: Set<string>, source: TextAnalysis, wanted: (mention: EntityMention) => boolean): number {
  const words = new Set(source.entities.filter(wanted).flatMap((mention) => [...neighbours(source.words, mention)]));
  return [...around].filter((stem) => words.has(stem)).length;
}

function neighbours(words: readonly WordToken[], span: { start: number; end: number }): Set<string> {
  const before = words.filter((w) => w.end <= span.start && content(w)).slice(-REACH);
  const after = words.filter((w) => w.start >= span.end && content(w)).slice(0, REACH);
  return new Set([...before, ...after].map((w) => w.stem));
}

const content = (word: WordToken): boolean => !ENGLISH_STOPWORDS.has(word.word) && !/^\d/.test(word.word);

// "About 8 GW of the 6 GW increase" against "about 6 GW of the 8 GW increase": both numbers are in the
// source, but each sits where the other does (the word before each is the word before the other).
function numberSwaps(claim: TextAnalysis, source: TextAnalysis): string[] {
  const matched = claim.quantities.flatMap((q) => {
    const twin = source.quantities.find((s) => s.key === q.key);
    return twin ? [{ claimed: q, twin }] : [];
  });
  for (const a of matched) {
    for (const b of matched) {
      if (a === b || a.claimed.unit !== b.claimed.unit || a.claimed.kind !== b.claimed.kind) continue;
      const [ca, cb] = [wordBefore(claim.words, a.claimed.start), wordBefore(claim.words, b.claimed.start)];
      const [sa, sb] = [wordBefore(source.words, a.twin.start), wordBefore(source.words, b.twin.start)];
      if (ca && cb && ca !== cb && ca === sb && cb === sa)
        return [`numbers swapped: the source has ${b.twin.surface} where the claim has ${a.claimed.surface}`];
    }
  }
  return [];
}

function wordBefore(words: readonly WordToken[], start: number): string | undefined {
  return words.filter((word) => word.end <= start).at(-1)?.word;
}

// "Tianyan Compute CEO Zhou Mingyuan" when the alias table says Zhou Mingyuan works for Lingfeng Cloud:
// a company named right beside a person must be the person's employer (or its parent).
function roleSwaps(claim: TextAnalysis): string[] {
  for (const person of claim.entities.filter((entity) => entity.kind === 'person')) {
    const employer = parentOf(person.id);
    if (!employer || claim.entities.some((entity) => entity.id === employer)) continue;
    const beside = claim.entities.find(
      (entity) => entity.kind === 'company' && titled(claim, entity, person) && parentOf(entity.id) !== employer,
    );
    if (beside) return [`person "${person.surface}" does not work for ${beside.surface}`];
  }
  return [];
}

function writtenOut(surface: string, text: string): boolean {
  const escaped = surface.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text.toLowerCase());
}

// Only a job title joins them: "Tianyan Compute CEO Zhou Mingyuan", "Sofia Reyes, chief executive of X",
// "Rafael Okafor, Tessera Compute chief executive".
function titled(claim: TextAnalysis, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const [from, to] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
  const between = claim.words.filter((word) => word.start >= from && word.end <= to).map((word) => word.word);
  if (between.length > 5 || !between.every((word) => TITLE_WORDS.has(word) || TITLE_JOINERS.has(word))) return false;
  const after = claim.words.filter((word) => word.start >= Math.max(a.end, b.end)).slice(0, 2);
  return between.some((word) => TITLE_WORDS.has(word)) || after.some((word) => TITLE_WORDS.has(word.word));
}

/**
 * Returns a reason when a claimed figure is, in the source, only a target or an estimate ("closed at 6
 * billion yuan" where 60亿 is the fund's original target), and the claim does not say so.
 */
export function checkTargets(claim: TextAnalysis, evidence: Evidence): string[] {
  const claimText = claim.text.toLowerCase();
  // A claim that speaks of a plan or forecast itself ("plans to", "expects", "due", "had flagged") keeps the figure a target.
  // "Will" is no such word: "will ship 300,000" states the target as the outcome.
  const looksAhead = claim.cues.future.some((hit) => !CERTAIN.has(hit.cue));
  const framed = claim.cues.forecast.length + claim.cues.schedule.length + claim.cues.tentative.length > 0 || looksAhead;
  if (
    framed ||
    claimNamesEstimate(claim) ||
    TARGETS.some((word) => mentions(claimText, word)) ||
    claim.words.some((word) => TARGET_STEMS.has(word.stem))
  )
    return [];
  for (const quantity of claim.quantities.filter((q) => q.kind !== 'date')) {
    const twins = evidence.analyses.flatMap((source) =>
      source.quantities.filter((q) => q.key === quantity.key).map((q) => ({ source, q })),
    );
    if (twins.length === 0 || twins.some(({ source, q }) => !nearTarget(source, q))) continue;
    return [`${quantity.surface} is a target or estimate in the cited sentences, not an outcome`];
  }
  return [];
}

function nearTarget(source: TextAnalysis, quantity: { start: number; end: number }): boolean {
  const reach = source.chinese ? 7 : 30;
  const around = source.text.slice(Math.max(0, quantity.start - reach), quantity.end + reach).toLowerCase();
  return TARGETS.some((word) => mentions(around, word));
}

function mentions(text: string, word: string): boolean {
  return /[\u3400-\u9fff]/.test(word) ? text.includes(word) : new RegExp(`\\b${word}\\b`).test(text);
}
