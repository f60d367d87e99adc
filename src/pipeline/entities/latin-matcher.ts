/** Finds alias occurrences in Latin-script text by walking the token trie from every word. */
import type { LatinNode, LatinTerminal } from './alias-index.js';
import type { Candidate } from './candidate.js';
import type { LatinToken } from './latin-tokens.js';

// Between two words of one alias: spaces, hyphens, an apostrophe ("Zi'ang"), or an abbreviation's dot.
const SEPARATOR = /^[ \u00A0\-\u2010\u2011\u2013'’.]{1,3}$/;
const UPPER_START = /^\p{Lu}/u;
const EXCHANGE_PREFIX = /(?:NASDAQ|Nasdaq|NYSE|HKEX|TWSE|KRX|SSE|SZSE|TSE|LSE|ticker|symbol)\s*:?\s*$/;

function separatorAllowed(text: string, left: LatinToken, right: LatinToken): boolean {
  if (left.end === right.start) return true;
  const separator = text.slice(left.end, right.start);
  if (!SEPARATOR.test(separator)) return false;
  const dot = separator.indexOf('.');
  // A dot joins words only after an abbreviation ("St. Louis", "2330.TW"), never across a sentence end.
  return dot < 0 || (separator.indexOf('.', dot + 1) < 0 && left.raw.length <= 4);
}

// The match must end where the word ends: "HBM4" is not in "HBM4E", but "K10" is in the plural "K10s".
function endsCleanly(text: string, tokens: LatinToken[], last: number): boolean {
  const after = tokens[last + 1];
  const end = tokens[last]!.end;
  if (text[end] === '$') return false; // "US$", "HK$" are currencies, not places
  if (!after || !after.joined) return true;
  return after.key === 's' && !tokens[last + 2]?.joined;
}

// Short tickers ("MU", "AMD") are ordinary letters unless written as tickers: "$MU", "NASDAQ: MU", "(MU)".
function inTickerContext(text: string, start: number, end: number, raw: string[]): boolean {
  const letters = raw.join('');
  if (/[0-9]/.test(letters) || raw.length > 1 || letters.length >= 4) return true;
  if (text[start - 1] === '$') return true;
  if (text[start - 1] === '(' && text[end] === ')') return true;
  return EXCHANGE_PREFIX.test(text.slice(Math.max(0, start - 12), start));
}

function caseMatches(terminal: LatinTerminal, tokens: LatinToken[], first: number): boolean {
  if (terminal.mode === 'insensitive') return true;
  if (terminal.mode === 'capitalised') return UPPER_START.test(tokens[first]!.raw);
  return terminal.raw.every((raw, offset) => tokens[first + offset]!.raw === raw);
}

function emit(text: string, tokens: LatinToken[], first: number, last: number, node: LatinNode, out: Candidate[]): void {
  if (!endsCleanly(text, tokens, last)) return;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  for (const terminal of node.terminals) {
    if (!caseMatches(terminal, tokens, first)) continue;
    if (terminal.source === 'ticker' && !inTickerContext(text, start, end, terminal.raw)) continue;
    out.push({ entry: terminal.entry, start, end, source: terminal.source });
  }
}

/** Appends to `out` every alias of the trie that occurs in `text` (tokenised as `tokens`). */
export function matchLatin(text: string, tokens: LatinToken[], root: LatinNode, out: Candidate[]): void {
  for (let first = 0; first < tokens.length; first++) {
    const token = tokens[first]!;
    // Never start inside a run: "Y3" is not in "3Y3".
    if (token.joined) continue;
    let node = root.next.get(token.key);
    let last = first;
    while (node) {
      if (node.terminals.length > 0) emit(text, tokens, first, last, node, out);
      const next = tokens[last + 1];
      if (!next || !separatorAllowed(text, tokens[last]!, next)) break;
      node = node.next.get(next.key);
      last++;
    }
  }
}
