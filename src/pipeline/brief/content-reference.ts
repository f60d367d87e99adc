/**
 * Sentences that lean on what the sentence before said rather than on a name: a demonstrative standing for a claim or a
 * figure. A leading "She" or "The company" can be resolved to a name; these cannot, so no section shows them alone.
 */
import { compressedOf } from './compress.js';
import type { Pool, PoolSentence } from './pool.js';

// A demonstrative standing for what came before, inside the sentence: "Nordvik is building exactly that", "Roughly $31
// million of that covers …", "On that, the CFO gave …", "Deals like this …".
const POINTS_BACK =
  /\b(of|on|than|below|above|beyond|exactly|like|all|despite|do|does|did|doing)\s+(that|this|these|those)\b(?=\s*[,.;:—–)]|\s+(?:is|was|are|were|has|have|had|will|would|covers|means|leaves|comes|goes|includes)\b)/i;

// "Across one 64-port switch that is close to 600 watts.": a scope, then "that" for the figure said before, and no
// clause of its own (a comma would open one: "In a region that is short of power, Helioscale added batteries.").
const FRONTED_THAT = /^(?:Across|Over|For|At|In|On|Per)\s[^,;:]*?\b(?:that|this)\s+(?:is|was|comes to|adds up to|works out to)\b[^,;:]*$/;

// A demonstrative as the subject: "That avoids a private line…", "This means…", "These include…", "这意味着…".
// "That deal" or "This week" name their thing; a verb after the demonstrative does not.
const CONTENT_SUBJECT =
  /^(?:(?:this|that)\s+(?:is|was|has|had|will|would|could|can|may|might|should|must|does|did|means|meant|[a-z]+s(?<!ss|is|us))|(?:these|those)\s+(?:are|were|have|had|will|would|could|can|may|might|should|must|do|did|mean|include|show|suggest))\b/i;
const CONTENT_SUBJECT_ZH = /^(?:这|這|此|那)(?:意味着|意味著|说明|說明|表明|显示|顯示|将|將|也|就|让|讓|使|是)/u;

/** Tells whether a (compressed) sentence points back inside itself: "exactly that", "Across one switch that is …". */
export function pointsBack(text: string): boolean {
  return POINTS_BACK.test(text) || FRONTED_THAT.test(text.trim());
}

/**
 * Tells whether a sentence leans on the content of the one before: a demonstrative subject, or one inside it. No name
 * can replace it, so no section shows it, not even for want of another sentence (a leading "It" may still serve there).
 */
export function leansOnContent(item: PoolSentence, pool: Pool): boolean {
  const text = compressedOf(item, pool).trim();
  return CONTENT_SUBJECT.test(text) || CONTENT_SUBJECT_ZH.test(text) || pointsBack(text);
}
