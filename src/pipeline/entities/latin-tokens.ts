/** Splits Latin-script text into word tokens with offsets, the unit the alias matcher compares. */

/** One Latin word piece: letters or digits (split where they meet), or a joining symbol (& +). */
export interface LatinToken {
  /** Lowercased, accents removed: the trie key. */
  key: string;
  /** As written (initials merged: "U.S." gives "US"). */
  raw: string;
  start: number;
  end: number;
  /** Touches the previous token with no separator, inside one run ("K" + "10" in "K10"). */
  joined: boolean;
}

const RUN = /[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF]+|[&+]/g;
const PIECE = /[0-9]+|[^0-9]+/g;
const NON_ASCII = /[^ -~]/; // anything beyond printable ASCII may carry a diacritic

/** Returns the lookup key of a word piece: lowercase, without diacritics. */
export function keyOf(raw: string): string {
  const lower = raw.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

/** Tokenises `text`: maximal letter/digit runs split at letter↔digit boundaries, with initials ("U.S.") merged. */
export function tokenizeLatin(text: string): LatinToken[] {
  const tokens: LatinToken[] = [];
  RUN.lastIndex = 0;
  for (let match = RUN.exec(text); match; match = RUN.exec(text)) {
    const run = match[0];
    if (run.length === 1 && /[A-Z]/.test(run) && mergeInitial(tokens, text, match.index)) continue;
    if (run === '&' || run === '+') {
      tokens.push({ key: run, raw: run, start: match.index, end: match.index + 1, joined: false });
      continue;
    }
    if (!/[0-9]/.test(run) || /^[0-9]+$/.test(run)) {
      tokens.push({ key: keyOf(run), raw: run, start: match.index, end: match.index + run.length, joined: false });
      continue;
    }
    PIECE.lastIndex = 0;
    let first = true;
    for (let piece = PIECE.exec(run); piece; piece = PIECE.exec(run)) {
      const start = match.index + piece.index;
      tokens.push({ key: keyOf(piece[0]), raw: piece[0], start, end: start + piece[0].length, joined: !first });
      first = false;
    }
  }
  return tokens;
}

// "U.S." and "U.K." arrive as single letters separated by dots; merging them lets "U.S." match "US".
function mergeInitial(tokens: LatinToken[], text: string, index: number): boolean {
  const previous = tokens[tokens.length - 1];
  if (!previous || text[index - 1] !== '.' || !/^(?:[A-Z]\.)+$/.test(text.slice(previous.start, index))) return false;
  previous.raw += text[index];
  previous.key = previous.raw.toLowerCase();
  previous.end = text[index + 1] === '.' ? index + 2 : index + 1;
  return true;
}
