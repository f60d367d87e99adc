/** Splits the chosen container into leaf blocks and drops the ones that read as chrome (link lists, share lines, promos). */
import { BLOCK_TAGS } from './tag-sets.js';
import { APPENDIX_LINE, BOILERPLATE_LINE, BYLINE_LINE, DATE_LINE, SECTION_END_LINE, TAIL_CUE } from './text-patterns.js';
import { type LightElement, type LightNode, createElement } from './light-tree.js';
import { computeStats, rawText } from './stats.js';

/** Pruned at block level by the paragraph filter. */
export const PRUNED_BLOCK = 3;

/** Returns true when the node is an element rendered as a block (or an inline element wrapping blocks). */
function isBlockish(node: LightNode, memo: Map<LightElement, boolean>): boolean {
  if (typeof node === 'string') return false;
  if (BLOCK_TAGS.has(node.tag)) return true;
  const known = memo.get(node);
  if (known !== undefined) return known;
  const result = node.children.some((child) => isBlockish(child, memo));
  memo.set(node, result);
  return result;
}

function isBlank(nodes: LightNode[]): boolean {
  return nodes.every((node) => (typeof node === 'string' ? node.trim() === '' : node.tag !== 'img' && node.textLength === 0));
}

// Text that sits beside blocks in the same container ("<div>Intro<p>…</p>tail</div>") becomes
// its own anonymous paragraph, so every piece of text belongs to exactly one leaf block.
function wrapInlineRuns(element: LightElement, memo: Map<LightElement, boolean>): void {
  if (!element.children.some((child) => isBlockish(child, memo))) return;
  const children: LightNode[] = [];
  let run: LightNode[] = [];
  const flush = (): void => {
    if (run.length > 0 && !isBlank(run)) {
      const paragraph = createElement('#p', {}, element);
      paragraph.children = run;
      for (const node of run) if (typeof node !== 'string') node.parent = paragraph;
      computeStats(paragraph, true);
      children.push(paragraph);
    }
    run = [];
  };
  for (const child of element.children) {
    if (isBlockish(child, memo)) {
      flush();
      children.push(child);
    } else run.push(child);
  }
  flush();
  element.children = children;
}

/** Rewrites the container so that text lives only in leaf blocks; returns those leaves in order. */
export function leafBlocks(container: LightElement): LightElement[] {
  const memo = new Map<LightElement, boolean>();
  const leaves: LightElement[] = [];
  const visit = (element: LightElement): void => {
    if (element.pruned !== 0) return;
    wrapInlineRuns(element, memo);
    const blockChildren = element.children.filter((child): child is LightElement => typeof child !== 'string' && isBlockish(child, memo));
    if (blockChildren.length === 0) {
      leaves.push(element);
      return;
    }
    for (const child of blockChildren) visit(child);
  };
  visit(container);
  return leaves;
}

/** Collapses whitespace of a leaf's text. */
export function blockText(element: LightElement): string {
  return rawText(element).replace(/\s+/g, ' ').trim();
}

/** Decides whether a leaf block is chrome: a boilerplate line, or links with little text of their own. */
export function isChromeBlock(leaf: LightElement, text: string): boolean {
  if (text.length === 0) return true;
  if (text.length < 120 && BOILERPLATE_LINE.test(text)) return true;
  if (text.length < 48 && DATE_LINE.test(text)) return true;
  if (text.length < 100 && BYLINE_LINE.test(text)) return true;
  const density = leaf.textLength === 0 ? 0 : leaf.linkLength / leaf.textLength;
  // Short blocks that are nearly all link are navigation ("Next post", related titles), but a bare
  // address the author pasted as its own paragraph is a reference.
  return density > 0.8 && text.length < 160 && !BARE_ADDRESS.test(text);
}

const BARE_ADDRESS = /^(?:https?:\/\/|www\.)\S+$|^\S+@\S+\.\w+$/i;

// A tail heading ("Related", "Lesen Sie auch", "Comments") opens a box of links or a section
// that is not the article: the box it sits in is skipped, then any short or link-heavy blocks
// after it, until prose resumes (in-article teaser boxes sit mid-text).
function boxOf(heading: LightElement, container: LightElement): LightElement {
  let box = heading;
  const limit = Math.max(600, heading.textLength * 3);
  for (let node = heading.parent; node && node !== container && node.textLength <= limit; node = node.parent) box = node;
  return box;
}

function inside(element: LightElement, box: LightElement): boolean {
  for (let node: LightElement | null = element; node; node = node.parent) if (node === box) return true;
  return false;
}

function continuesTail(leaf: LightElement, text: string): boolean {
  const density = leaf.textLength === 0 ? 0 : leaf.linkLength / leaf.textLength;
  return density > 0.3 || text.length < 60;
}

/** Marks chrome leaf blocks as pruned and returns the kept leaves with their text (see trimEdges for the ends). */
export function filterBlocks(container: LightElement): Array<{ element: LightElement; text: string }> {
  const kept: Array<{ element: LightElement; text: string }> = [];
  let tailBox: LightElement | null = null;
  for (const leaf of leafBlocks(container)) {
    const text = blockText(leaf);
    if (tailBox && !inside(leaf, tailBox) && !continuesTail(leaf, text)) tailBox = null;
    if (!tailBox && kept.length > 0 && text.length <= 80 && SECTION_END_LINE.test(text)) tailBox = boxOf(leaf, container);
    if (tailBox || isChromeBlock(leaf, text)) {
      leaf.pruned = PRUNED_BLOCK;
      continue;
    }
    kept.push({ element: leaf, text });
  }
  return kept;
}

const HEADING = /^h[1-6]$/;

// The end of an article collects promos, notices, credits and label lines ("Kontakt:"); trimming
// from the end stops at the first block that reads as the article's own text.
function isTailBlock(block: { element: LightElement; text: string }): boolean {
  const { element, text } = block;
  if (HEADING.test(element.tag) || (text.length < 40 && /:$/.test(text))) return true;
  return text.length < 200 && TAIL_CUE.test(text);
}

/** Appendices start in the last part of the text and are short; a label that early or that long is a section. */
const APPENDIX_FROM_SHARE = 0.6;
const APPENDIX_MAX_CHARS = 800;

function appendixStart(kept: Array<{ element: LightElement; text: string }>): number {
  const total = kept.reduce((sum, block) => sum + block.text.length, 0);
  let after = 0;
  for (let index = kept.length - 1; index > 0; index--) {
    const block = kept[index]!;
    if (after > APPENDIX_MAX_CHARS) return kept.length;
    if (block.text.length <= 60 && APPENDIX_LINE.test(block.text) && total - after - block.text.length >= total * APPENDIX_FROM_SHARE)
      return index;
    after += block.text.length;
  }
  return kept.length;
}

/** Widgets above the article (weather, clocks, counters) leave a run of tiny non-heading blocks; they go. */
const HEAD_SCRAP_CHARS = 15;

function headStart(kept: Array<{ element: LightElement; text: string }>): number {
  let start = 0;
  while (start < kept.length - 1 && kept[start]!.text.length < HEAD_SCRAP_CHARS && !HEADING.test(kept[start]!.element.tag)) start += 1;
  return start;
}

/**
 * Trims the article's ends: scraps above it and the promos, notices and appendix below it. It runs once over the
 * blocks of all the article's containers: a header container ends on its standfirst, which is not the article's end.
 */
export function trimEdges(kept: Array<{ element: LightElement; text: string }>): Array<{ element: LightElement; text: string }> {
  let end = appendixStart(kept);
  while (end > 1 && isTailBlock(kept[end - 1]!)) end -= 1;
  const start = Math.min(headStart(kept), end - 1);
  for (const block of [...kept.slice(0, start), ...kept.slice(end)]) block.element.pruned = PRUNED_BLOCK;
  return kept.slice(start, end);
}
