/** Scores candidate containers by the prose their paragraphs hold and picks the article's main container. */
import { BLOCK_TAGS, CONTAINER_TAGS, PARAGRAPH_TAGS } from './tag-sets.js';
import { POSITIVE, STRONG_NEGATIVE, WEAK_NEGATIVE } from './boilerplate-patterns.js';
import type { LightElement } from './light-tree.js';
import { isBodyHint } from './prune.js';
import { classAndId, linkDensity } from './stats.js';

/** Paragraphs shorter than this do not vote: captions, buttons and labels are short. */
const MIN_PARAGRAPH_CHARS = 25;
const ANCESTOR_LEVELS = 5;

/** Returns a container's prior from its tag and class/id: content-like names up, chrome-like names down. */
function prior(element: LightElement): number {
  let score = 0;
  const tag = element.tag;
  if (tag === 'div' || tag === 'article' || tag === 'main' || tag === 'section') score += 5;
  else if (tag === 'pre' || tag === 'td' || tag === 'blockquote') score += 3;
  else if (tag === 'ol' || tag === 'ul' || tag === 'dl' || tag === 'li' || tag === 'form') score -= 3;
  else if (tag === 'th' || /^h[1-6]$/.test(tag)) score -= 5;
  const names = classAndId(element);
  if (names !== '') {
    if (POSITIVE.test(names)) score += 25;
    if (STRONG_NEGATIVE.test(names) || WEAK_NEGATIVE.test(names)) score -= 25;
  }
  if (tag === 'article') score += 10;
  if (isBodyHint(element)) score += 30;
  return score;
}

/** Measures the prose directly inside a container (text runs and inline children), outside its block children. */
function inlineTextLength(element: LightElement): number {
  let length = 0;
  for (const child of element.children) {
    if (typeof child === 'string') length += child.length > 1 ? child.trim().length : 0;
    else if (child.pruned === 0 && !BLOCK_TAGS.has(child.tag)) length += child.textLength - child.linkLength;
  }
  return length;
}

/** Returns the vote of a paragraph-like element, or 0 when it is not prose. */
function paragraphVote(element: LightElement): number {
  let length = 0;
  if (PARAGRAPH_TAGS.has(element.tag)) length = element.textLength - element.linkLength;
  else if (CONTAINER_TAGS.has(element.tag)) length = inlineTextLength(element);
  if (length < MIN_PARAGRAPH_CHARS) return 0;
  return 1 + Math.min(element.commaCount, 20) + Math.min(3, Math.floor(length / 100));
}

/** Collects votes: each paragraph adds to its parent, half to its grandparent, less further up. */
function collectScores(root: LightElement): Map<LightElement, number> {
  const scores = new Map<LightElement, number>();
  const visit = (element: LightElement): void => {
    for (const child of element.children) if (typeof child !== 'string' && child.pruned === 0) visit(child);
    const vote = paragraphVote(element);
    if (vote === 0) return;
    let ancestor = element.parent;
    for (let level = 0; ancestor && level < ANCESTOR_LEVELS; level++, ancestor = ancestor.parent) {
      if (ancestor.tag === '#root') break;
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + vote / divider);
    }
  };
  visit(root);
  return scores;
}

/** Returns the candidates with their final scores (votes scaled down by link density), best first. */
export function rankCandidates(root: LightElement): Array<{ element: LightElement; score: number }> {
  const ranked: Array<{ element: LightElement; score: number }> = [];
  for (const [element, votes] of collectScores(root)) {
    // The prior weighs in with the prose it describes, so a tiny box with a good class name cannot win.
    const weight = Math.min(1, (element.textLength - element.linkLength) / 500);
    ranked.push({ element, score: (votes + prior(element) * weight) * (1 - linkDensity(element)) });
  }
  return ranked.sort((left, right) => right.score - left.score);
}

/** Finds the best-scored container, preferring an explicit body hint (articleBody, entry-content) holding enough prose. */
export function pickMainContainer(
  root: LightElement,
): { element: LightElement; score: number; ranked: Array<{ element: LightElement; score: number }> } | null {
  const ranked = rankCandidates(root);
  const first = ranked[0];
  if (!first) return null;
  const top = { element: commonContainer(first.element, ranked), score: first.score };
  const hint = bestHint(root);
  const topProse = top.element.textLength - top.element.linkLength;
  if (hint && hint.textLength - hint.linkLength >= topProse * 0.5) return { element: hint, score: top.score, ranked };
  return { element: top.element, score: top.score, ranked };
}

function contains(ancestor: LightElement, element: LightElement): boolean {
  for (let node: LightElement | null = element; node; node = node.parent) if (node === ancestor) return true;
  return false;
}

// An article split into several blocks (modules, rows, accordion panels) gives several close
// candidates; their nearest common ancestor is the article, as in Readability.
function commonContainer(top: LightElement, ranked: Array<{ element: LightElement; score: number }>): LightElement {
  const rivals = ranked
    .slice(1, 6)
    .filter((entry) => entry.score >= ranked[0]!.score * 0.5 && !contains(entry.element, top) && !contains(top, entry.element));
  if (rivals.length < 2) return top;
  let ancestor = top.parent;
  for (let level = 0; ancestor && ancestor.tag !== '#root' && ancestor.tag !== 'body' && level < 6; level++, ancestor = ancestor.parent) {
    const holder = ancestor;
    if (rivals.filter((entry) => contains(holder, entry.element)).length >= 2) return holder;
  }
  return top;
}

/** Returns the body-hint element with the most prose, or null. */
function bestHint(root: LightElement): LightElement | null {
  let best: LightElement | null = null;
  let bestProse = 0;
  const visit = (element: LightElement): void => {
    if (isBodyHint(element)) {
      const prose = element.textLength - element.linkLength;
      if (prose > bestProse) {
        best = element;
        bestProse = prose;
      }
    }
    for (const child of element.children) if (typeof child !== 'string' && child.pruned === 0) visit(child);
  };
  visit(root);
  return bestProse >= 200 ? best : null;
}
