/**
 * Event kinds a headline declares: money raised, results reported, a company bought, something broken, prices
 * changed. One company's events a few days apart share its names, places and sector words, and often reach the join
 * threshold on them alone; what tells a fire at a battery site from the same developer's financing three days later is
 * what the headlines say happened. Kinds are read from the headline only: bodies of follow-ups recall every earlier event.
 */
import { KIND_CONTRAST_FACTOR } from './cluster-settings.js';

/** Kinds as bits, so that a story's kinds are the union of its articles'. */
export const EVENT_KIND = { capital: 1, earnings: 2, acquisition: 4, incident: 8, pricing: 16 } as const;
export type EventKind = keyof typeof EVENT_KIND;

/**
 * Headline cues per kind, English and Chinese. A cue names the event itself, not a word that often sits beside it:
 * "raises" only before an amount (a flaw "raises questions"), "round" only as a funding round, a loan only with an
 * amount (a bank's "loan agent" is a product), "results" only as a period's results ("benchmark results" are no
 * earnings), "to buy" not before "their way", and no "lenders" (banks as readers) nor "上市" (also a product's launch).
 */
const CUES: readonly [EventKind, RegExp][] = [
  [
    'capital',
    /\b(?:financ(?:e|es|ed|ing)|refinanc\w*|(?<![-\w])funding|raises?\s+(?:about\s+|nearly\s+|over\s+|more than\s+)?(?:[$€£¥]|us\$|rmb|\d)|(?:funding|series [a-h]|seed|investment) round|(?:[$€£¥]|\d)[^,;:]{0,25}\bloans?|debt|bonds?|(?:convertible|senior|secured) notes|notes offering|convertibles?|ipo|reits?|tax equity|(?:sale-)?leaseback|credit facility|valuation)\b|融资|贷款|债券|发债|可转债|募资|募集|招股|科创板|估值|授信|ipo|reits?/,
  ],
  [
    'earnings',
    /\b(?:earnings|profits?|net income|net loss|quarterly|revenue (?:tops|beats|misses|rises|jumps|falls|grows|climbs|slides|up|down)|guid(?:es|ed) (?:above|below|up|down)|(?:raises|cuts|lifts|trims) (?:its )?guidance|(?:q[1-4]|(?:first|second|third|fourth)[- ]quarter|annual|full-year) (?:results|sales))\b|财报|营收|净利|业绩|季报|第[一二三四]季度/,
  ],
  ['acquisition', /\b(?:acquires?|acquired|acquisition|buyout|takeover|merger)\b|\bto buy (?!their |its |time |more |back )\w|收购|并购/],
  [
    'incident',
    /\b(?:fires?|blaze|outages?|blackouts?|power cut|goes dark|went dark|downtime|failures?|fault|breach(?:es|ed)?|leak(?:s|ed)?|flaws?|vulnerabilit(?:y|ies)|bugs?|exploit(?:s|ed|ation)?|attack(?:s|ed|ers)?|ransomware|hijack(?:s|ed|ing)?|hack(?:s|ed|ers)?|stolen|explosion|evacuat\w*|shelter-in-place|storms?|crash(?:es|ed)?|incident|compromised?)\b|火灾|起火|失火|火情|故障|宕机|停电|断电|漏洞|泄露|泄漏|攻击|勒索|劫持|入侵|窃取|事故|爆炸|冰暴|暴风雪/,
  ],
  [
    'pricing',
    /\b(?:price (?:cuts?|rises?|hikes?|increases?|war)|(?:cuts?|slash(?:es)?|lowers?|lifts?|raises?|hikes?|trims?) (?:[\w-]+ ){0,3}prices|prices? (?:falls?|drops?|rises?|jumps?|climbs?|slides?|cut))\b|降价|涨价|提价|价格战|价格(?:平均)?(?:下调|上调)|(?:下调|上调)[^，。：]{0,8}价格/,
  ],
];

/**
 * Kinds told together, which therefore never tell two events apart: results speak of the prices a company charges and
 * will charge ("training-instance prices up 8% to 12%" in a results report), and a price change of what it does to
 * results.
 */
const TOLD_TOGETHER: readonly number[] = [EVENT_KIND.earnings | EVENT_KIND.pricing];

/** Kinds widened by those told together with them. */
function told(kinds: number): number {
  let widened = kinds;
  for (const group of TOLD_TOGETHER) if (kinds & group) widened |= group;
  return widened;
}

/** Returns the kinds (bits of EVENT_KIND) a headline declares; 0 when it declares none. */
export function eventKinds(headline: string): number {
  // Cues are lowercase and tested without the i flag: case-insensitive matching costs several times as much.
  const lower = headline.toLowerCase();
  let kinds = 0;
  for (const [kind, cue] of CUES) if (cue.test(lower)) kinds |= EVENT_KIND[kind];
  return kinds;
}

/** Tells whether an article and a story each declare events and none of the same kind: two events, not one. */
export function kindsContrast(article: number, story: number): boolean {
  return article !== 0 && story !== 0 && (told(article) & told(story)) === 0;
}

/** The factor a similarity takes between an article (or story) and a story whose headlines declare other events. */
export function kindFactor(left: number, right: number): number {
  return kindsContrast(left, right) ? KIND_CONTRAST_FACTOR : 1;
}
