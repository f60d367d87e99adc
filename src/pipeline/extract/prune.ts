/** Marks subtrees that are page chrome (navigation, ads, comments, share tools, hidden text) so later passes skip them. */
import { CHROME_ROLES, CHROME_TAGS } from './tag-sets.js';
import { BODY_HINT, COMMENT_NAMES, HIDDEN_CLASS, POSITIVE, STRONG_NEGATIVE, WEAK_NEGATIVE } from './boilerplate-patterns.js';
import type { LightElement } from './light-tree.js';
import { classAndId } from './stats.js';

/** Pruned for a reason that holds in every mode (hidden text, chrome roles). */
export const PRUNED_HARD = 1;
/** Pruned by a class, id or tag heuristic; relaxed when strict extraction finds too little. */
export const PRUNED_SOFT = 2;

const PROTECTED_PROSE = 3000;

export type PruneMode = 'strict' | 'lenient';

const TEXT_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'a', 'span', 'em', 'strong', 'b', 'i']);

/** Returns true when markup says the element is not shown. */
function isHidden(element: LightElement): boolean {
  const { attrs } = element;
  // Inline display:none is not used: templates hide the rest of the article behind "read more"
  // toggles that way, while modals and widgets it hides are pruned by class anyway.
  if (attrs.hidden !== undefined) return true;
  return attrs['aria-hidden'] === 'true' && element.tag !== 'span' && element.tag !== 'i';
}

/** Returns true when the element itself is a hint of the article body. */
export function isBodyHint(element: LightElement): boolean {
  // <body> classes describe the page type ("single-post"), not a container.
  if (element.tag === 'body') return false;
  const itemprop = element.attrs.itemprop;
  if (itemprop !== undefined && /articleBody/i.test(itemprop)) return true;
  const names = classAndId(element);
  return names !== '' && BODY_HINT.test(names);
}

function softReason(element: LightElement, names: string): boolean {
  if (CHROME_TAGS.has(element.tag)) return true;
  if (names === '') return false;
  if (STRONG_NEGATIVE.test(names) || HIDDEN_CLASS.test(element.attrs.class ?? '')) return true;
  // Weak names on text elements are anchors and styling ("nav_section_2" on a subheading), not chrome.
  if (TEXT_TAGS.has(element.tag)) return false;
  return WEAK_NEGATIVE.test(names) && !POSITIVE.test(names);
}

function decide(element: LightElement, mode: PruneMode, holdsBody: boolean, pageText: number): number {
  if (element.tag === '#root' || element.tag === 'body' || element.tag === 'html') return 0;
  if (isHidden(element)) return PRUNED_HARD;
  const role = element.attrs.role;
  if (role !== undefined && CHROME_ROLES.has(role) && !holdsBody) return mode === 'strict' ? PRUNED_HARD : PRUNED_SOFT;
  if (mode === 'lenient' || holdsBody) return 0;
  const names = classAndId(element);
  if (!softReason(element, names)) return 0;
  // A wrapper with most of the page's prose is the page, whatever its class says ("has-sidebar");
  // a long run of prose with almost no links is an article misnamed ("newsArticleMeta"), unless it is comments.
  const prose = element.textLength - element.linkLength;
  if (pageText > 0 && prose > pageText * 0.6 && element.textLength > 500) return 0;
  if (
    prose >= PROTECTED_PROSE &&
    element.linkLength < element.textLength * 0.1 &&
    !CHROME_TAGS.has(element.tag) &&
    !COMMENT_NAMES.test(names)
  )
    return 0;
  return PRUNED_SOFT;
}

/** Marks chrome subtrees on the tree (stats must be full, unpruned); returns whether the subtree holds a body hint. */
export function markChrome(element: LightElement, mode: PruneMode, pageText: number): boolean {
  let holdsBody = false;
  for (const child of element.children) {
    if (typeof child !== 'string' && markChrome(child, mode, pageText)) holdsBody = true;
  }
  // Only a hint holding real prose protects its ancestors ("data-entry-content" in an author box does not).
  const selfHint = isBodyHint(element) && element.textLength - element.linkLength >= 400;
  element.pruned = decide(element, mode, holdsBody || selfHint, pageText);
  return element.pruned === 0 && (holdsBody || selfHint);
}
