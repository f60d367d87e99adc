/**
 * Finds the descriptions a text gives of a company or product next to its name ("Helioscale, the largest US cloud provider,";
 * "美国云计算厂商斯特拉托斯云") or in its place ("The cloud provider will …"). They say what it is, not what the story is
 * about, so their cues only hint.
 */
import type { EntityMention } from '../entities/index.js';

/** "<Name>, the/a/an … ," up to the next comma or the end of the clause. */
const AFTER_NAME = /^,\s+(?:the|a|an)\s[^,;:.()"“”]{2,120}(?:,|(?=[;:.]|$))/iu;

/** Reporting verbs: a clause holding one is an attribution, not a description. */
const REPORTING = /\b(?:said|says|told|added|announced|wrote)\b/iu;

/** "<描述>厂商/公司…<Name>": a Chinese description ending in a company noun, directly before the name. */
const BEFORE_NAME =
  /[\p{Script=Han}A-Za-z0-9]{1,14}(?:厂商|廠商|公司|企业|企業|运营商|營運商|服务商|服務商|开发商|開發商|制造商|製造商|巨头|巨頭|厂|廠)$/u;

/**
 * "The cloud provider will …", "The coding-agent start-up's second release …": a sentence whose subject is a company
 * described instead of named (a standfirst's way to avoid repeating the headline's name) says what the company is in
 * that description, as an appositive does.
 */
const DESCRIBED_SUBJECT =
  /^(?:the|its)\s+((?:[\p{L}\p{N}][\p{L}\p{N}.&-]*\s+){0,4}(?:start-?ups?|company|firm|maker|developer|operator|provider|lab|laboratory|foundry|chipmaker|lender|insurer|bank|supplier|neocloud|hyperscaler|giant|vendor|manufacturer|designer|consultancy|utility|group))(?='s\b|\s|,)/iu;

/** A character range of a text. */
export interface Span {
  start: number;
  end: number;
}

/** Returns the spans of a text that describe a company or product named in it. */
export function findAppositives(text: string, mentions: readonly EntityMention[]): Span[] {
  const spans: Span[] = [];
  const subject = DESCRIBED_SUBJECT.exec(text);
  if (subject?.[1]) spans.push({ start: subject[0].length - subject[1].length, end: subject[0].length });
  for (const mention of mentions) {
    if (mention.kind !== 'company' && mention.kind !== 'product') continue;
    const after = AFTER_NAME.exec(text.slice(mention.end));
    // "Helioscale, the company said," attributes a quote; it describes nothing.
    if (after && !REPORTING.test(after[0])) spans.push({ start: mention.end, end: mention.end + after[0].length });
    const before = BEFORE_NAME.exec(text.slice(Math.max(0, mention.start - 20), mention.start));
    if (before) spans.push({ start: mention.start - before[0].length, end: mention.start });
  }
  return spans;
}

/** Splits a text into its own words (descriptions blanked out) and the descriptions, joined. */
export function splitAppositives(text: string, spans: readonly Span[]): { core: string; asides: string } {
  if (spans.length === 0) return { core: text, asides: '' };
  let core = text;
  const asides: string[] = [];
  for (const { start, end } of spans) {
    core = core.slice(0, start) + ' '.repeat(end - start) + core.slice(end);
    asides.push(text.slice(start, end));
  }
  return { core, asides: asides.join(' | ') };
}
