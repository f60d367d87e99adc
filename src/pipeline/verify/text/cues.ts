/** Finds cue words (negators, hedges, framings) in English words or Chinese text, with the words they govern. */
import { DETERMINERS as DETERMINER_LIST, SENTENCE_SCOPE_CUES } from '../cues/hedges.js';
import { ENGLISH_STOPWORDS } from '../cues/stopwords.js';
import { stem as stemOf } from './stem.js';
import type { WordToken } from './words.js';

/** The kinds of cue the checks ask about; each has its list in cues/. */
export type CueClass =
  | 'negation'
  | 'speculation'
  | 'tentative'
  | 'generality'
  | 'purpose'
  | 'future'
  | 'schedule'
  | 'framing'
  | 'causal'
  | 'cause'
  | 'forecast'
  | 'permission';

/** One cue found in a text. */
export interface CueHit {
  cueClass: CueClass;
  cue: string;
  start: number;
  end: number;
  /** English: stems of the content words the cue governs (after it in its clause; see windowOf). */
  window: string[];
  /** English: stems of the content words before the cue in its clause, nearest first (what it is said of). */
  subject: string[];
  /** English: the cue ends its clause, so its window is its subject ("users are exempt"). */
  governsBefore: boolean;
  /** Chinese: the text after the cue up to the next punctuation. */
  windowText: string;
}

/** A cue list compiled for matching: English phrases as word arrays ("*" matches any one word). */
export interface CompiledCues {
  cueClass: CueClass;
  english: string[][];
  chinese: string[];
  /** Chinese words in which a cue character does not act as a cue ("未来"). */
  exclusions: readonly string[];
  /** English cue words that read as nouns after a determiner ("the forecast"): then they are no cue. */
  nounReadings: ReadonlySet<string>;
  /** English cue words that read as adjectives right after a determiner ("the suggested successor"). */
  attributiveReadings: ReadonlySet<string>;
  /** English phrases in which a cue word is no cue ("or not"). */
  englishExclusions: string[][];
}

/** Options of compileCues. */
export interface CueOptions {
  /** Chinese words in which a cue character is no cue. */
  exclusions?: readonly string[];
  nounReadings?: readonly string[];
  attributiveReadings?: readonly string[];
  /** English phrases in which a cue word is no cue. */
  englishExclusions?: readonly string[];
}

const WINDOW_WORDS = 6;
const DETERMINERS = new Set(DETERMINER_LIST);
const SENTENCE_SCOPE = new Set(SENTENCE_SCOPE_CUES);
const COORDINATORS = new Set(['and', 'or']);
// Amount words say nothing about what a cue governs ("an estimate of $30.6 billion").
const AMOUNT_WORDS = new Set(['billion', 'million', 'thousand', 'trillion', 'hundred', 'percent', 'cent', 'bn']);
const ZH_CLAUSE_END = /[，。；：、！？,.;:!?（）()“”「」『』]/;
const ZH_SENTENCE_END = /[。；！？.;!?]/;

/** Compiles a cue list: entries with CJK characters are Chinese cues, the rest English phrases. */
export function compileCues(cueClass: CueClass, entries: readonly string[], options: CueOptions = {}): CompiledCues {
  const chinese = entries.filter((entry) => /[\u3400-\u9fff]/.test(entry)).sort((a, b) => b.length - a.length);
  const english = entries.filter((entry) => !/[\u3400-\u9fff]/.test(entry)).map((entry) => entry.toLowerCase().split(/\s+/));
  english.sort((a, b) => b.length - a.length);
  const englishExclusions = (options.englishExclusions ?? []).map((entry) => entry.toLowerCase().split(/\s+/));
  return {
    cueClass,
    english,
    chinese,
    exclusions: options.exclusions ?? [],
    nounReadings: new Set(options.nounReadings ?? []),
    attributiveReadings: new Set(options.attributiveReadings ?? []),
    englishExclusions,
  };
}

/** Finds English cues among words; a word ending in "n't" counts as the negator "not". */
export function findEnglishCues(words: readonly WordToken[], cues: CompiledCues): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const length = matchAt(words, i, cues);
    if (length === 0 || (length === 1 && nounReading(words, i, cues)) || excluded(words, i, cues)) continue;
    const cue = words
      .slice(i, i + length)
      .map((w) => w.word)
      .join(' ');
    const found = windowOf(words, i, i + length - 1, SENTENCE_SCOPE.has(cue));
    hits.push({
      cueClass: cues.cueClass,
      cue,
      start: words[i]!.start,
      end: words[i + length - 1]!.end,
      ...found,
      window: found.governsBefore ? [...prefixedRoot(cues.cueClass, cue), ...found.window] : found.window,
      subject: wordsBefore(words, i),
      windowText: '',
    });
    i += length - 1;
  }
  return hits;
}

// A predicative negator made with a prefix ("were unaffected", "stayed unchanged") negates its own root first: it
// says "were not affected". Before its own words ("unable to reach") it governs those.
function prefixedRoot(cueClass: CueClass, cue: string): string[] {
  const root = /^(?:un|non)(\w{4,})$/.exec(cue)?.[1];
  return cueClass === 'negation' && root ? [stemOf(root)] : [];
}

function matchAt(words: readonly WordToken[], i: number, cues: CompiledCues): number {
  const first = words[i]!;
  if (cues.cueClass === 'negation' && /n['’]t$/.test(first.word)) return 1;
  for (const phrase of cues.english) {
    if (
      phrase.every(
        (part, k) => words[i + k] !== undefined && words[i + k]!.clause === first.clause && (part === '*' || words[i + k]!.word === part),
      )
    ) {
      return phrase.length;
    }
  }
  return 0;
}

function excluded(words: readonly WordToken[], i: number, cues: CompiledCues): boolean {
  return cues.englishExclusions.some((phrase) =>
    phrase.some((_, offset) => phrase.every((part, k) => words[i - offset + k]?.word === part)),
  );
}

// "Meet the forecast", "an average analyst estimate": a determiner shortly before makes the cue a noun.
function nounReading(words: readonly WordToken[], i: number, cues: CompiledCues): boolean {
  if (cues.attributiveReadings.has(words[i]!.word)) return i > 0 && DETERMINERS.has(words[i - 1]!.word);
  if (!cues.nounReadings.has(words[i]!.word)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k -= 1) {
    if (words[k]!.clause !== words[i]!.clause) return false;
    if (DETERMINERS.has(words[k]!.word)) return true;
  }
  return false;
}

const content = (word: WordToken): boolean => !ENGLISH_STOPWORDS.has(word.word) && !AMOUNT_WORDS.has(word.word) && !/^\d/.test(word.word);

// The words a cue governs: content words after it up to the clause end or a coordinator ("did not give a
// target and said it would report" negates the target only). A conditional ("if") governs the rest of its
// sentence; a cue set off by commas (", potentially,") governs the next clause; a cue ending its clause
// after words of its own ("were largely unaffected", "are exempt but may enrol") governs those words,
// nearest first.
function windowOf(
  words: readonly WordToken[],
  first: number,
  last: number,
  wholeSentence: boolean,
): { window: string[]; governsBefore: boolean } {
  const next = words[last + 1];
  const endsClause = !next || next.clause !== words[last]!.clause;
  const subject = wordsBefore(words, first);
  if (!wholeSentence && endsClause && subject.length > 0) return { window: subject, governsBefore: true };
  const window: string[] = [];
  let clause = words[last]!.clause;
  const size = wholeSentence ? WINDOW_WORDS * 2 : WINDOW_WORDS;
  for (let k = last + 1; k < words.length && window.length < size; k += 1) {
    const word = words[k]!;
    if (word.sentence !== words[last]!.sentence) break;
    if (word.clause !== clause) {
      if (!wholeSentence && window.length > 0) break;
      clause = word.clause;
    }
    if (!wholeSentence && COORDINATORS.has(word.word) && window.length > 0) break;
    if (content(word)) window.push(word.stem);
  }
  return window.length > 0 ? { window, governsBefore: false } : { window: subject, governsBefore: true };
}

function wordsBefore(words: readonly WordToken[], first: number): string[] {
  const before = words.slice(Math.max(0, first - 4), first).filter((word) => word.clause === words[first]!.clause && content(word));
  return before.reverse().map((word) => word.stem);
}

/** Finds Chinese cues in text, skipping cue characters inside the exclusion words. */
export function findChineseCues(text: string, cues: CompiledCues): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < text.length;) {
    const cue = cues.chinese.find((candidate) => text.startsWith(candidate, i));
    if (!cue || insideExclusion(text, i, cues.exclusions)) {
      i += 1;
      continue;
    }
    const wide = cues.cueClass !== 'negation' || SENTENCE_SCOPE.has(cue);
    hits.push({
      cueClass: cues.cueClass,
      cue,
      start: i,
      end: i + cue.length,
      window: [],
      subject: [],
      governsBefore: false,
      windowText: chineseWindow(text, i + cue.length, wide),
    });
    i += cue.length;
  }
  return hits;
}

function insideExclusion(text: string, index: number, exclusions: readonly string[]): boolean {
  return exclusions.some((word) => {
    for (let offset = 0; offset < word.length; offset += 1) {
      if (text.startsWith(word, index - offset)) return true;
    }
    return false;
  });
}

// A negator governs its clause; a hedge ("能否", "可能") may govern the rest of the sentence.
function chineseWindow(text: string, from: number, wide: boolean): string {
  const stop = wide ? ZH_SENTENCE_END : ZH_CLAUSE_END;
  const limit = wide ? 30 : 14;
  let end = from;
  while (end < text.length && end - from < limit && !(stop.test(text[end]!) && !decimalPoint(text, end))) end += 1;
  return text.slice(from, end);
}

// "便宜0.2元": a point between digits is a decimal point, not the end of a clause.
function decimalPoint(text: string, at: number): boolean {
  return text[at] === '.' && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '');
}
