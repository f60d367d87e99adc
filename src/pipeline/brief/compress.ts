/**
 * Light compression that keeps a sentence's meaning: only deletions (datelines, leading discourse
 * markers, parentheticals, the medium of an attribution), each skipped when it would drop a
 * negation, a hedge or a quantity qualifier, so the result is still supported by its source.
 */
import { chineseNegators } from '../verify/index.js';
import { DROPPABLE_OPENERS, MEANING_WORDS } from './cues.js';
import { DROPPABLE_OPENERS_ZH } from './cues-zh.js';
import type { Pool, PoolSentence } from './pool.js';

// "SAN JOSE, California, Oct 15 (Meridian Wire) - ", "BOISE, Idaho, Oct 27 — " or "Nov 6 - ": a wire dateline,
// noise once the sentence is quoted elsewhere.
const DATELINE =
  /^(?:[A-Z][A-Z .'-]+(?:, [A-Z][A-Za-z .]+)?, )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}(?: \([^)]{2,40}\))? [-–—] /;
const PARENTHETICAL = /\s\(([^()]{1,60})\)(?=[\s,.;:]|$)/g;
const PARENTHETICAL_ZH = /（([^（）]{1,40})）/g;
// The medium of an attribution says where, not who or what: "said in a statement" → "said".
const ATTRIBUTION_MEDIUM =
  /\b(said|says|announced|reported|confirmed)( on its (status page|website|blog)| in a (statement|blog post|filing|press release)| on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?=[\s,.;])/g;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// "last Friday (November 13)": the date in brackets is what makes the relative day readable elsewhere.
const DATE_INSIDE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const DATE_INSIDE_ZH = /\d{1,2}月\d{1,2}日|\d{4}年/;

function dropParentheticals(text: string): string {
  return text.replace(PARENTHETICAL, (whole, inner: string) => (MEANING_WORDS.test(inner) || DATE_INSIDE.test(inner) ? whole : ''));
}

function compressEnglish(text: string): string {
  let result = text.replace(DATELINE, '');
  if (result !== text) result = capitalise(result);
  if (DROPPABLE_OPENERS.test(result)) result = capitalise(result.replace(DROPPABLE_OPENERS, ''));
  result = dropParentheticals(result);
  // Weekday and medium go together: "said on Wednesday" keeps the date in the timeline, not in prose.
  result = result.replace(ATTRIBUTION_MEDIUM, (whole, verb: string, medium: string) =>
    /on (Mon|Tue|Wed|Thu|Fri|Sat|Sun)/.test(medium) ? whole : verb,
  );
  return result.replace(/\s{2,}/g, ' ').trim();
}

function compressChinese(text: string): string {
  return text
    .replace(DROPPABLE_OPENERS_ZH, '')
    .replace(PARENTHETICAL_ZH, (whole, inner: string) => (chineseNegators(inner).length > 0 || DATE_INSIDE_ZH.test(inner) ? whole : ''))
    .trim();
}

/** Returns a shorter sentence with the same claims; the input when nothing can safely go. */
export function compressSentence(text: string, language: string): string {
  const result = language === 'zh' ? compressChinese(text) : compressEnglish(text);
  // A compression that leaves a fragment is worse than the long sentence.
  const kept = result.length >= Math.min(text.length, 30) * 0.5 && /[\p{L}]/u.test(result) ? result : text;
  // A clause the splitter cut at a semicolon ("……相当；") stands as a sentence of its own in the brief.
  return kept.replace(/；\s*$/u, '。').replace(/;\s*$/u, '.');
}

const COMPRESSED = new WeakMap<PoolSentence, string>();

/** A pool sentence compressed in its pool's language, computed once: several checks of one brief read it. */
export function compressedOf(item: PoolSentence, pool: Pool): string {
  let text = COMPRESSED.get(item);
  if (text === undefined) {
    text = compressSentence(item.sentence.text, pool.language);
    COMPRESSED.set(item, text);
  }
  return text;
}
