/** Turns article text into normalised tokens and hashed shingles, Latin by words and Chinese by characters. */
import { CJK_SHINGLE_SIZE, WORD_SHINGLE_SIZE } from './dedupe-settings.js';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{Letter}\p{Number}]+/gu;

/** Splits text into lowercase word tokens, and single characters for CJK scripts; punctuation and case vanish. */
export function normalizedTokens(text: string): string[] {
  // NFKC folds full-width digits and letters, common in Chinese copy, onto their ASCII forms.
  return text.normalize('NFKC').toLowerCase().match(TOKEN) ?? [];
}

/** Hashes a string to an unsigned 32-bit integer (FNV-1a): fast, stable across runs and machines. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Returns the distinct hashed shingles of a text: runs of words, or of characters where the text is CJK. */
export function shingleHashes(text: string): Set<number> {
  const tokens = normalizedTokens(text);
  const cjkCount = tokens.filter((token) => CJK.test(token)).length;
  const size = cjkCount * 2 > tokens.length ? CJK_SHINGLE_SIZE : WORD_SHINGLE_SIZE;
  const hashes = new Set<number>();
  if (tokens.length === 0) return hashes;
  if (tokens.length <= size) {
    hashes.add(hashString(tokens.join(' ')));
    return hashes;
  }
  for (let start = 0; start + size <= tokens.length; start++) {
    hashes.add(hashString(tokens.slice(start, start + size).join(' ')));
  }
  return hashes;
}
