/** Finds alias occurrences in Chinese text (exact, after folding) by walking the character trie. */
import type { HanNode, HanTerminal } from './alias-index.js';
import type { Candidate } from './candidate.js';
import { foldHanCode } from './han-fold.js';

function isLatinAlnum(code: number): boolean {
  const folded = foldHanCode(code);
  return (folded >= 0x30 && folded <= 0x39) || (folded >= 0x61 && folded <= 0x7a);
}

// Chinese has no word boundaries, but an alias that begins or ends in Latin ("曜芯Y3") must not run on
// into a longer Latin word ("曜芯Y30").
function boundaryOk(text: string, start: number, end: number, terminal: HanTerminal): boolean {
  if (terminal.latinStart && start > 0 && isLatinAlnum(text.charCodeAt(start - 1))) return false;
  if (terminal.latinEnd && end < text.length && isLatinAlnum(text.charCodeAt(end))) return false;
  return true;
}

/** Appends to `out` every alias (and blocking word) of the trie that occurs in `text`. */
export function matchHan(text: string, root: HanNode, out: Candidate[]): void {
  const length = text.length;
  for (let start = 0; start < length; start++) {
    let node = root.next.get(foldHanCode(text.charCodeAt(start)));
    let end = start + 1;
    while (node) {
      for (const terminal of node.terminals) {
        if (boundaryOk(text, start, end, terminal)) out.push({ entry: terminal.entry, start, end, source: terminal.source });
      }
      if (end >= length) break;
      node = node.next.get(foldHanCode(text.charCodeAt(end)));
      end++;
    }
  }
}
