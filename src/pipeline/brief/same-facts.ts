/**
 * Two sentences that give the same figures state the same fact, however differently two outlets word it
 * ("purchase commitments of $48 billion, up from $39 billion" and "commitments rose to $48 billion from
 * $39 billion"): word vectors miss that, the figures do not. The top of a brief shows such a fact once.
 */
import { extractQuantities } from '../entities/index.js';
import type { PoolSentence } from './pool.js';
import type { TermVector } from './vectors.js';

// Two figures in common make a shared fact; one ("$40 per seat") is often a shared reference point.
const SHARED_FIGURES = 2;
// ...and they must be most of what the two say: "$1.55 on three-year terms" restated beside a new $0.29 is new.
const SHARED_SHARE = 0.5;
// Two dates in common make a shared schedule or sequence; one ("on Thursday") is when most of a story's news came.
const SHARED_DATES = 2;

interface Keys {
  figures: ReadonlySet<string>;
  dates: ReadonlySet<string>;
}

const KEYS = new WeakMap<PoolSentence, Keys>();

// "8:47 a.m.", "11:52", "18:05": the clock times an incident report gives; two outlets' "from 8:47 to 11:52" are one fact.
const CLOCK_TIME = /\b(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?)?/gi;

function clockTimes(text: string): string[] {
  return [...text.matchAll(CLOCK_TIME)].map(([, hours, minutes, half]) => {
    const hour = (Number(hours) % 12) + (half?.toLowerCase() === 'p' ? 12 : 0);
    return `time:${half ? hour : Number(hours)}:${minutes}`;
  });
}

function keysOf(item: PoolSentence): Keys {
  let keys = KEYS.get(item);
  if (!keys) {
    const quantities = extractQuantities(item.sentence.text, { language: item.language, reference: item.article.published });
    const figures = quantities.filter((quantity) => quantity.kind !== 'date').map((quantity) => quantity.key);
    const dates = quantities.filter((quantity) => quantity.kind === 'date').map((quantity) => quantity.key);
    keys = { figures: new Set([...figures, ...clockTimes(item.sentence.text)]), dates: new Set(dates) };
    KEYS.set(item, keys);
  }
  return keys;
}

/**
 * The sentence's figures as comparison keys (money, shares, measures, counts, clock times; dates aside: they say when,
 * not what).
 */
export function figuresOf(item: PoolSentence): ReadonlySet<string> {
  return keysOf(item).figures;
}

function sharedCount(first: ReadonlySet<string>, second: ReadonlySet<string>): number {
  let shared = 0;
  for (const key of first) if (second.has(key)) shared += 1;
  return shared;
}

/**
 * Tells whether two sentences give mostly the same figures, at least two of them; or the same two dates or more with
 * no figures that tell them apart ("samples in January 2027, volume in the second quarter of 2027" from two outlets is
 * one schedule; revenue and a net loss for the same two years are two facts).
 */
export function sameFacts(a: PoolSentence, b: PoolSentence, byDates = true): boolean {
  const [first, second] = [keysOf(a), keysOf(b)];
  const figures = sharedCount(first.figures, second.figures);
  if (first.figures.size >= SHARED_FIGURES && second.figures.size >= SHARED_FIGURES && figures >= SHARED_FIGURES) {
    if (figures / (first.figures.size + second.figures.size - figures) >= SHARED_SHARE) return true;
  }
  if (!byDates) return false;
  const apart = first.figures.size > 0 && second.figures.size > 0 && figures === 0;
  return !apart && sharedCount(first.dates, second.dates) >= SHARED_DATES;
}

// A sentence whose every figure another gives, in this many of the same words, restates it ("The median pilot cost
// $280,000, Lodestar said, including vendor fees …" and "The median pilot cost $280,000 across the sample …").
const RESTATED_WORDS = 0.35;

// A sentence this much of whose weighted words another holds, with no figure of its own, is inside it ("Brightpath
// will publish country-level data on November 10." in "Brightpath will publish country-level reports on November 10,
// which should show …"): cosine misses it when the longer sentence says more besides.
const CONTAINED_WORDS = 0.55;

function hasFiguresOf(inner: PoolSentence, outer: PoolSentence): boolean {
  const outerFigures = figuresOf(outer);
  for (const key of figuresOf(inner)) if (!outerFigures.has(key)) return false;
  return true;
}

interface TermOverlap {
  cosine: number;
  /** The share of each unit vector's weight on terms the other has. */
  firstInSecond: number;
  secondInFirst: number;
}

// One pass over the smaller vector: MMR compares every candidate with every chosen sentence.
function termOverlap(a: TermVector, b: TermVector): TermOverlap {
  const swap = a.size > b.size;
  const [small, large] = swap ? [b, a] : [a, b];
  let dot = 0;
  let smallShare = 0;
  let largeShare = 0;
  for (const [term, value] of small) {
    const other = large.get(term);
    if (other === undefined) continue;
    dot += value * other;
    smallShare += value * value;
    largeShare += other * other;
  }
  return swap
    ? { cosine: dot, firstInSecond: largeShare, secondInFirst: smallShare }
    : { cosine: dot, firstInSecond: smallShare, secondInFirst: largeShare };
}

// A sentence this much of whose words another gives in the same order is that sentence retold with a word or two
// changed ("Marchetti said most of the increase reflected K10 supply secured for 2027." in "Chief financial officer
// Elise Marchetti said most of the $9 billion increase was K10 supply for 2027."): the weighted share misses it when
// the changed words are rare ones. Below ORDERED_MIN_WORDS, shared function words alone would pass.
const ORDERED_WORDS = 0.8;
const ORDERED_MIN_WORDS = 8;
// A sentence with less than this share of its weighted words in another is not compared with it word by word.
const ORDERED_GATE = 0.3;

const WORDS = new WeakMap<PoolSentence, readonly string[]>();

// Words in order, every Han character one word: the order test needs no segmenter.
function wordsOf(item: PoolSentence): readonly string[] {
  let words = WORDS.get(item);
  if (!words) {
    words = item.sentence.text.toLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu) ?? [];
    WORDS.set(item, words);
  }
  return words;
}

function commonSubsequence(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j += 1)
      row[j + 1] = word === b[j] ? (previous[j] as number) + 1 : Math.max(previous[j + 1] as number, row[j] as number);
    previous = row;
  }
  return previous[b.length] as number;
}

function retoldIn(inner: PoolSentence, outer: PoolSentence): boolean {
  const words = wordsOf(inner);
  if (words.length < ORDERED_MIN_WORDS || !hasFiguresOf(inner, outer)) return false;
  return commonSubsequence(words, wordsOf(outer)) >= ORDERED_WORDS * words.length;
}

function containedGiven(a: PoolSentence, b: PoolSentence, terms: TermOverlap): boolean {
  if ((terms.firstInSecond >= CONTAINED_WORDS && hasFiguresOf(a, b)) || (terms.secondInFirst >= CONTAINED_WORDS && hasFiguresOf(b, a)))
    return true;
  if (Math.max(terms.firstInSecond, terms.secondInFirst) < ORDERED_GATE) return false;
  const [shorter, longer] = wordsOf(a).length <= wordsOf(b).length ? [a, b] : [b, a];
  return retoldIn(shorter, longer);
}

/** Tells whether one of two sentences says nothing the other does not: its words and figures are inside the other. */
export function contained(a: PoolSentence, b: PoolSentence): boolean {
  return containedGiven(a, b, termOverlap(a.vector, b.vector));
}

/** Tells whether two sentences tell one fact: the same figures, all the figures of one in the other in the same words, or one inside the other. */
export function restates(a: PoolSentence, b: PoolSentence): boolean {
  if (sameFacts(a, b)) return true;
  const terms = termOverlap(a.vector, b.vector);
  if (containedGiven(a, b, terms)) return true;
  const [fewer, more] = figuresOf(a).size <= figuresOf(b).size ? [a, b] : [b, a];
  return figuresOf(fewer).size > 0 && hasFiguresOf(fewer, more) && terms.cosine >= RESTATED_WORDS;
}

/**
 * How much two sentences say the same thing: 1 when they give the same figures (or dates, unless `byDates` is false) or
 * one holds the other, else their word similarity.
 */
export function overlap(a: PoolSentence, b: PoolSentence, byDates = true): number {
  if (sameFacts(a, b, byDates)) return 1;
  const terms = termOverlap(a.vector, b.vector);
  return containedGiven(a, b, terms) ? 1 : terms.cosine;
}
