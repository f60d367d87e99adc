/** Tells which framing domains a word belongs to, and which domains a text raises (see cues/domains.ts). */
import { FRAMING_DOMAINS } from '../cues/domains.js';
import { stem } from './stem.js';

const BY_STEM = new Map<string, Set<string>>();
for (const domain of FRAMING_DOMAINS) {
  for (const word of domain.english) {
    const key = stem(word);
    BY_STEM.set(key, (BY_STEM.get(key) ?? new Set()).add(domain.name));
  }
}

/** Returns the domains an English stem belongs to (empty for ordinary words). */
export function domainsOfStem(wordStem: string): ReadonlySet<string> {
  return BY_STEM.get(wordStem) ?? new Set();
}

/** Returns the domains raised by English stems or Chinese text. */
export function raisedDomains(stems: ReadonlySet<string>, chineseText: string): Set<string> {
  const raised = new Set<string>();
  for (const wordStem of stems) for (const name of domainsOfStem(wordStem)) raised.add(name);
  for (const domain of FRAMING_DOMAINS) if (domain.chinese.some((word) => chineseText.includes(word))) raised.add(domain.name);
  return raised;
}
