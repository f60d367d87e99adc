/**
 * A currency names the place that issues it: a cited "80亿港元" sets a story in Hong Kong as surely as the
 * words would, so a claim may name Hong Kong. Only places, and only from the cited sentences' own figures.
 */
import type { Evidence } from '../evidence.js';
import type { EntityMention } from '../language-tools.js';

const ISSUERS: Readonly<Record<string, string>> = {
  HKD: 'hong-kong',
  TWD: 'taiwan',
  KRW: 'south-korea',
  JPY: 'japan',
  CNY: 'china',
  RMB: 'china',
  INR: 'india',
  SGD: 'singapore',
  GBP: 'united-kingdom',
  AED: 'united-arab-emirates',
  SAR: 'saudi-arabia',
};

/** Tells whether a place the claim names issues a currency the cited sentences give an amount in. */
export function placeOfCurrency(mention: EntityMention, evidence: Evidence): boolean {
  return (
    mention.kind === 'place' && evidence.quantities.some((q) => q.kind === 'money' && q.unit !== null && ISSUERS[q.unit] === mention.id)
  );
}
