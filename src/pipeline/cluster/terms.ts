/** Turns a title and text into term counts: Latin words lightly stemmed, Chinese words (or character pairs). */
import { MAX_TERMS_CONSIDERED, MAX_TEXT_CHARACTERS, TITLE_WEIGHT } from './cluster-settings.js';
import { CHINESE_STOP_WORDS, ENGLISH_STOP_WORDS } from './stop-words.js';
import { TokenCache } from './token-cache.js';

/** Splits a Chinese passage into words; the segment stage's tokenizer fits here. */
export type ChineseTokenizer = (text: string) => string[];

const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_TOKEN = /[\p{Letter}\p{Number}](?:[\p{Letter}\p{Number}]|[-.](?=[\p{Letter}\p{Number}]))*/gu;
const HAS_HAN = /\p{Script=Han}/u;
const NON_ASCII = /[^\p{ASCII}]/u;
const URL_TITLE = /^\s*https?\s*:/i;

/** Strips the commonest English inflections so "outages" meets "outage" and "raised" meets "raises". */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) word = word.slice(0, -1);
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('e') && word.length > 4) return word.slice(0, -1);
  return word;
}

/** Returns the term a lowercase token stands for, or '' when it is dropped. */
function judge(token: string): string {
  const word = token.replace(/\.+$/, '');
  if (ENGLISH_STOP_WORDS.has(word) || HAS_HAN.test(word)) return '';
  // One-letter tokens and bare small numbers ("3", "12") match everything and nothing.
  if (word.length < 2 || /^\d{1,2}$/.test(word)) return '';
  return stem(word);
}

/** Distinct words remembered: newsroom vocabulary fits many times over, and a flood of one-off tokens cannot grow it. */
const MAX_JUDGED_WORDS = 200_000;
/** Words seen and their terms ('' for a dropped word), so that a word is judged once. */
const judged = new TokenCache(MAX_JUDGED_WORDS, judge);

const SURROGATE = /[\uD800-\uDFFF]/;
const WORD_CHARACTER = /[\p{Letter}\p{Number}]/u;
/** Per UTF-16 unit of the Basic Multilingual Plane: 0 not yet asked, 1 a letter or number, 2 neither. */
const wordUnits = new Uint8Array(65536);
for (let unit = 48; unit < 123; unit++) wordUnits[unit] = unit <= 57 || unit >= 97 ? 1 : 2;

function isWordUnit(unit: number): boolean {
  let known = wordUnits[unit] as number;
  if (known === 0) wordUnits[unit] = known = WORD_CHARACTER.test(String.fromCharCode(unit)) ? 1 : 2;
  return known === 1;
}

/**
 * Appends the terms of the tokens of a lowercase text that has no surrogate pairs: the tokens LATIN_TOKEN (and,
 * on ASCII, ASCII_TOKEN) would match, found by one scan over character codes instead of a regex match per token.
 */
function scanTerms(lower: string, terms: string[]): void {
  const size = lower.length;
  let index = 0;
  while (index < size) {
    if (!isWordUnit(lower.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index++;
    while (index < size) {
      const unit = lower.charCodeAt(index);
      if (isWordUnit(unit)) index++;
      // A hyphen or dot stays inside a token only when a letter or number follows ("covid-19", "2.5").
      else if ((unit === 45 || unit === 46) && index + 1 < size && isWordUnit(lower.charCodeAt(index + 1))) index += 2;
      else break;
    }
    const term = judged.termAt(lower, start, index);
    if (term !== '') terms.push(term);
  }
}

/**
 * Returns the Latin-script terms of a text: lowercase, possessives and stop words dropped, stemmed. Each term
 * comes from one cache, so equal terms are one string: later map lookups by them compare by reference.
 */
export function latinTerms(text: string): string[] {
  const terms: string[] = [];
  // NFKC folds full-width letters and digits (common in Chinese copy); plain ASCII needs no folding.
  const ascii = !NON_ASCII.test(text);
  const lower = (ascii ? text : text.normalize('NFKC')).toLowerCase();
  if (ascii || !SURROGATE.test(lower)) scanTerms(lower, terms);
  // Letters beyond the Basic Multilingual Plane are rare: the Unicode-aware pattern handles their pairs.
  else
    for (const match of lower.matchAll(LATIN_TOKEN)) {
      const term = judged.termAt(match[0], 0, match[0].length);
      if (term !== '') terms.push(term);
    }
  return terms;
}

/** Splits Han text into overlapping character pairs: a dictionary-free stand-in for words. */
export function characterPairs(text: string): string[] {
  const pairs: string[] = [];
  for (const run of text.match(HAN_RUN) ?? []) {
    if (run.length === 1) pairs.push(run);
    for (let index = 0; index + 1 < run.length; index++) pairs.push(run.slice(index, index + 2));
  }
  return pairs;
}

/** Returns the Chinese terms of a text (Latin tokens inside it are handled by latinTerms). */
export function chineseTerms(text: string, tokenizer?: ChineseTokenizer): string[] {
  if (!HAS_HAN.test(text)) return [];
  const words = tokenizer ? tokenizer(text).filter((word) => HAS_HAN.test(word)) : characterPairs(text);
  // Single characters from a tokenizer are mostly particles and measure words.
  return words.filter((word) => !CHINESE_STOP_WORDS.has(word) && (!tokenizer || word.length > 1));
}

/** Counts the terms of a text, in every script it contains. */
function termsOf(text: string, tokenizer?: ChineseTokenizer): string[] {
  return [...latinTerms(text), ...chineseTerms(text, tokenizer)];
}

/**
 * Counts terms of a title and the start of a text, title terms counted TITLE_WEIGHT extra times, up to
 * MAX_TERMS_CONSIDERED distinct terms. A title that is a bare
 * URL (some feeds and scrapes give one) gets no extra weight: its words are path fragments, not a headline.
 */
export function countTerms(title: string, text: string, tokenizer?: ChineseTokenizer): Map<string, number> {
  const counts = new Map<string, number>();
  const titleWeight = URL_TITLE.test(title) ? 0 : TITLE_WEIGHT;
  const count = (term: string, weight: number) => {
    const current = counts.get(term);
    if (current !== undefined) counts.set(term, current + weight);
    else if (counts.size < MAX_TERMS_CONSIDERED) counts.set(term, weight);
  };
  for (const term of termsOf(title, tokenizer)) count(term, 1 + titleWeight);
  for (const term of termsOf(text.slice(0, MAX_TEXT_CHARACTERS), tokenizer)) count(term, 1);
  return counts;
}
