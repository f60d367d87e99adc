/** Small text helpers the brief engines share: language codes, content terms, numbers, quotations. */
import { searchTerms } from '../../shared/search-terms.js';
import { chineseNegators } from '../verify/index.js';
import { closesQuotation, hasOpenQuote, opensQuotation } from '../segment/index.js';
import { HEDGE_WORDS, NEGATION_WORDS, QUALIFIERS_ZH } from './cues.js';
import { STOPWORDS } from './stopwords.js';

export { closesQuotation, hasOpenQuote, opensQuotation };

const HAN = /\p{Script=Han}/u;

/** Returns the base language code ("zh-TW" → "zh", "EN" → "en"); empty when unknown. */
export function baseLanguage(language: string | null | undefined): string {
  return (language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Tells whether text is mostly written in Han characters. */
export function isHanText(text: string): boolean {
  let han = 0;
  let latin = 0;
  for (const char of text) {
    if (HAN.test(char)) han += 1;
    else if (/[a-z]/i.test(char)) latin += 1;
  }
  return han > latin / 3;
}

// Cheap suffix stripping so "restored"/"restores"/"restoring" meet; good enough for overlap, not linguistics.
function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  return word.replace(/(ies|ied)$/, 'y').replace(/(ing|ed|es|s)$/, '');
}

// Sentences are compared many times while a brief is composed; a bounded memo keeps that cheap
// without growing in a long-running server.
const MEMO_LIMIT = 20_000;

function memoised<T>(compute: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(text, (value = compute(text)));
    }
    return value;
  };
}

/** Returns the content terms of a sentence: stemmed words without stop words, CJK as bigrams. */
export const contentTerms: (text: string) => string[] = memoised(computeTerms);

function computeTerms(text: string): string[] {
  const terms: string[] = [];
  for (const term of searchTerms(text.replace(/[’']s\b/g, ''))) {
    if (STOPWORDS.has(term)) continue;
    terms.push(HAN.test(term) ? term : stem(term));
  }
  return terms;
}

/** Returns the numbers written in text as digits, normalised ("1,600" → "1600"). */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((match) => match[0].replace(/,(?=\d{3}\b)/g, ''));
}

/** Returns capitalised words and acronyms (Latin script) as a crude set of named things. */
export function namesIn(text: string): string[] {
  const names: string[] = [];
  const words = text.split(/[^\p{L}\p{N}-]+/u);
  words.forEach((word, index) => {
    // A capital after a sentence start is just grammar; after index 0 it usually names something.
    if (index > 0 && /^\p{Lu}/u.test(word)) names.push(word.toLowerCase());
    else if (/^[A-Z0-9-]*[A-Z][A-Z0-9-]*\d*$/.test(word) && word.length > 1) names.push(word.toLowerCase());
  });
  return names;
}

const OPEN_QUOTES = /[“"「『]/g;
const CLOSE_QUOTES = /[”"」』]/g;

/** Tells whether a sentence contains a complete direct quotation of a few words or more. */
export function hasDirectQuote(text: string): boolean {
  const opens = text.match(OPEN_QUOTES)?.length ?? 0;
  const closes = text.match(CLOSE_QUOTES)?.length ?? 0;
  const straight = text.match(/"/g)?.length ?? 0;
  const balanced = straight > 0 ? straight % 2 === 0 : opens > 0 && opens === closes;
  const quoted = /[“"「『]([^”"」』]{12,})[”"」』]/.exec(text);
  return balanced && quoted !== null;
}

/** Removes inline reference markers like "[2]" or "[1][3]" so the text can be compared with sources. */
export function stripMarkers(text: string): string {
  return text.replace(/\s?\[\d+\]/g, '').trim();
}

/** Counts words (Latin) or characters (Han) as a length measure fit for both scripts. */
export function textLength(text: string): number {
  if (isHanText(text)) return [...text.replace(/\s/g, '')].length / 2;
  return text.split(/\s+/).filter(Boolean).length;
}

/** Returns the negation and condition words of a text (no English hedges), lower-cased. */
export const negationWords: (text: string) => ReadonlySet<string> = memoised((text) => {
  const words = [...text.matchAll(NEGATION_WORDS), ...text.matchAll(QUALIFIERS_ZH)].map((match) => match[0].toLowerCase());
  // Character matching would read 未来 ("future") or 无锡 (a city) as "not".
  if (HAN.test(text)) words.push(...chineseNegators(text));
  return new Set(words);
});

/** Returns the negation, hedge and condition words of a text, lower-cased. */
export const polarityWords: (text: string) => ReadonlySet<string> = memoised(
  (text) => new Set([...negationWords(text), ...[...text.matchAll(HEDGE_WORDS)].map((match) => match[0].toLowerCase())]),
);

/**
 * Tells whether every negation (and, unless `hedges` is false, every hedge) of `source` is also in
 * `text`: citing it beside `text` adds no "not", "if" or "would".
 */
export function samePolarity(source: string, text: string, hedges = true): boolean {
  const read = hedges ? polarityWords : negationWords;
  const own = read(text);
  for (const word of read(source)) if (!own.has(word)) return false;
  return true;
}

/** Names too common in this beat to tie two stories together or to make a sentence specific ("AI", "US", "GW"). */
export const GENERIC_NAMES: ReadonlySet<string> = new Set([
  'ai',
  'us',
  'u',
  's',
  'uk',
  'eu',
  'ceo',
  'gpu',
  'gpus',
  'api',
  'the',
  'a',
  'an',
  'in',
  'on',
  'gw',
  'mw',
  'kw',
  'gwh',
  'mwh',
  'tb',
  'gb',
]);
