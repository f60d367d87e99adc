/**
 * Tokens seen and the terms they stand for, looked up by the token's place in the text it was found in: a probe
 * hashes the characters where they lie and compares them there, so a token already seen costs no substring and
 * no string hashing. Most tokens of an article were seen before: this runs once per word of every article.
 */

/** Golden-ratio multiplier spreading string hashes over the index. */
const SPREAD = -1640531535;

/** Hashes text[start, end) by its UTF-16 units. */
export function hashUnits(text: string, start: number, end: number): number {
  let hash = 0;
  for (let index = start; index < end; index++) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
  return hash;
}

/** A bounded token → term table: cleared whole once it holds `limit` tokens, so a flood of one-off tokens cannot grow it. */
export class TokenCache {
  /** Per index slot, the entry's number + 1 (0: empty); twice the entries' room, so a probe always meets an empty slot. */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly tokens: string[] = [];
  private readonly terms: string[] = [];
  private readonly shift: number;

  /** Starts empty; `judge` gives the term of a token met the first time. */
  constructor(
    private readonly limit: number,
    private readonly judge: (token: string) => string,
  ) {
    const bits = Math.ceil(Math.log2(2 * limit));
    this.slots = new Int32Array(2 ** bits);
    this.hashes = new Int32Array(limit);
    this.shift = 32 - bits;
  }

  /** Returns the term of the token text[start, end), judging it when new. */
  termAt(text: string, start: number, end: number): string {
    const hash = hashUnits(text, start, end);
    const { slots, hashes, tokens } = this;
    const mask = slots.length - 1;
    const length = end - start;
    let slot = Math.imul(hash, SPREAD) >>> this.shift;
    for (let entry = slots[slot] as number; entry !== 0; entry = slots[slot] as number) {
      if (hashes[entry - 1] === hash && matches(tokens[entry - 1] as string, text, start, length)) return this.terms[entry - 1] as string;
      slot = (slot + 1) & mask;
    }
    if (tokens.length >= this.limit) return this.restart(text, start, end);
    const token = text.slice(start, end);
    const term = this.judge(token);
    hashes[tokens.length] = hash;
    tokens.push(token);
    this.terms.push(term);
    slots[slot] = tokens.length;
    return term;
  }

  private restart(text: string, start: number, end: number): string {
    this.slots.fill(0);
    this.tokens.length = 0;
    this.terms.length = 0;
    return this.termAt(text, start, end);
  }
}

function matches(token: string, text: string, start: number, length: number): boolean {
  if (token.length !== length) return false;
  for (let index = 0; index < length; index++) if (token.charCodeAt(index) !== text.charCodeAt(start + index)) return false;
  return true;
}
