/** Finds the article's main text in a light tree: prune chrome, pick the container, add its sibling paragraphs, filter blocks. */
import { PRUNED_BLOCK, filterBlocks, trimEdges } from './blocks.js';
import type { LightDocument, LightElement } from './light-tree.js';
import { type PruneMode, markChrome } from './prune.js';
import { joinBlocks, renderContainer } from './render.js';
import { findLead, isStandfirst } from './lead.js';
import { countWords } from './measures.js';
import { pickMainContainer } from './score.js';
import { computeStats, linkDensity } from './stats.js';

/** The main text as plain text and as unsanitised simple HTML, with the containers it came from. */
export interface MainText {
  text: string;
  html: string;
  containers: LightElement[];
  /** Paragraphs at the head of `text` that are the page's standfirst (found before the body container or in it). */
  standfirst: number;
}

/** Below this many words (a CJK character counts as one) the strict pass probably pruned the article itself, so a lenient pass runs. */
const RETRY_BELOW_WORDS = 45;

function prose(element: LightElement): number {
  return element.textLength - element.linkLength;
}

// Articles split over sibling containers (lead + body, body + continuation) are joined back,
// as Readability does: a sibling joins when it scores close to the winner or reads as prose.
function withSiblings(top: LightElement, scores: Map<LightElement, number>, topScore: number): LightElement[] {
  const parent = top.parent;
  if (!parent || parent.tag === '#root') return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const chosen: LightElement[] = [];
  for (const sibling of parent.children) {
    if (typeof sibling === 'string' || sibling.pruned !== 0) continue;
    if (sibling === top) chosen.push(sibling);
    else if ((scores.get(sibling) ?? 0) >= threshold) chosen.push(sibling);
    else if (prose(sibling) > 150 && linkDensity(sibling) < 0.1 && sibling.tag !== 'ul' && sibling.tag !== 'ol') chosen.push(sibling);
  }
  return chosen;
}

const KICKER_CHARS = 40;
// A longer line above the headline is still a kicker (a section label, the outlet's strapline) when it is not a sentence.
const LABEL_CHARS = 90;
const SENTENCE_END = /[.!?。！？…]["'”’)]?$/u;

function isKicker(text: string): boolean {
  return text.length <= KICKER_CHARS || (text.length <= LABEL_CHARS && !SENTENCE_END.test(text.trim()));
}

function sameText(left: string, right: string): boolean {
  const normal = (text: string): string =>
    text
      .toLowerCase()
      .replace(/[\s\p{P}]+/gu, ' ')
      .trim();
  return normal(left) === normal(right);
}

// The article's own headline (and the kicker or section label above it) repeats the title: it is
// metadata, so the text starts with the first paragraph after it.
function dropHeadline(
  blocks: Array<{ element: LightElement; text: string }>,
  title: string | null,
): Array<{ element: LightElement; text: string }> {
  if (!title) return blocks;
  const index = blocks.slice(0, 4).findIndex((block) => /^h[1-3]$/.test(block.element.tag) && sameText(block.text, title));
  if (index < 0 || blocks.slice(0, index).some((block) => !isKicker(block.text))) return blocks;
  for (const block of blocks.slice(0, index + 1)) block.element.pruned = PRUNED_BLOCK;
  return blocks.slice(index + 1);
}

function signature(element: LightElement): string {
  const firstClass = element.attrs.class?.trim().split(/\s+/)[0];
  return firstClass ? `${element.tag}.${firstClass}` : '';
}

const TWIN_LEVELS = 3;

// Page builders split one article into a run of identical blocks ("section.textblock" × 5); the
// container's twins at the same level, holding prose, are the rest of the article.
function withTwins(top: LightElement): LightElement[] | null {
  let node = top;
  for (let level = 0; level < TWIN_LEVELS; level++) {
    const parent = node.parent;
    if (!parent || parent.tag === 'body' || parent.tag === '#root') return null;
    const key = signature(node);
    const current = node;
    const twins =
      key === ''
        ? []
        : parent.children.filter(
            (child): child is LightElement =>
              typeof child !== 'string' &&
              child !== current &&
              child.pruned === 0 &&
              signature(child) === key &&
              prose(child) >= 25 &&
              linkDensity(child) < 0.3,
          );
    if (twins.length > 0)
      return parent.children
        .filter((child): child is LightElement => child === current || twins.includes(child as LightElement))
        .map((child) => (child === current ? top : child));
    node = parent;
  }
  return null;
}

function render(containers: LightElement[], context: RenderContext, lead: LightElement | null = null): MainText {
  const blocks = dropHeadline(trimEdges(containers.flatMap((container) => filterBlocks(container))), context.title);
  // The standfirst is the run of lead-like blocks the text opens with, from before the container or inside it.
  let standfirst = 0;
  while (standfirst < blocks.length && isStandfirst((blocks[standfirst] as { element: LightElement }).element, lead)) standfirst++;
  const { baseUrl } = context;
  // A container whose only block was dropped is marked pruned itself, and renders nothing.
  const rendered = containers.filter((container) => container.pruned === 0);
  const html = rendered.map((container) => renderContainer(container, baseUrl)).join('');
  return { text: joinBlocks(blocks), html, containers, standfirst };
}

function attempt(document: LightDocument, mode: PruneMode, pageText: number, context: RenderContext): MainText | null {
  markChrome(document.root, mode, pageText);
  computeStats(document.root, true);
  const picked = pickMainContainer(document.root);
  if (!picked) return null;
  const scores = new Map(picked.ranked.map((entry) => [entry.element, entry.score]));
  const containers = withTwins(picked.element) ?? withSiblings(picked.element, scores, picked.score);
  const lead = findLead(containers[0]!);
  return render(lead ? [lead, ...containers] : containers, context, lead);
}

/** How to render: links resolve against `baseUrl`; a leading headline equal to `title` is dropped. */
export interface RenderContext {
  baseUrl: string | null;
  title: string | null;
}

/** Extracts the main text; retries with lenient pruning when the strict pass finds almost nothing. */
export function extractMainText(document: LightDocument, context: RenderContext = { baseUrl: null, title: null }): MainText {
  computeStats(document.root, false);
  const pageText = document.root.textLength;
  const strict = attempt(document, 'strict', pageText, context);
  if (strict && countWords(strict.text) >= RETRY_BELOW_WORDS) return strict;
  computeStats(document.root, false);
  const lenient = attempt(document, 'lenient', pageText, context);
  const best = [strict, lenient]
    .filter((entry): entry is MainText => entry !== null)
    .sort((left, right) => right.text.length - left.text.length)[0];
  return best ?? { text: '', html: '', containers: [], standfirst: 0 };
}
