/** Looks up Chinese renderings of English words, so an English claim can be checked against a Chinese source. */
import { GENERAL_GLOSSARY } from '../cues/glossary-general.js';
import { INDUSTRY_GLOSSARY } from '../cues/glossary-industry.js';
import { matesOf } from './paraphrase.js';
import { stem } from './stem.js';

function parse(...tables: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of tables.join('\n').split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = stem(line.slice(0, colon).trim());
    const renderings = line
      .slice(colon + 1)
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    map.set(key, [...(map.get(key) ?? []), ...renderings]);
  }
  return map;
}

const GLOSSARY = parse(INDUSTRY_GLOSSARY, GENERAL_GLOSSARY);

/** Returns the Chinese renderings of an English stem, or undefined when the glossary does not know it. */
export function chineseFor(englishStem: string): readonly string[] | undefined {
  return GLOSSARY.get(englishStem);
}

/** True when some near-synonym of an English stem has a Chinese rendering of two or more characters in `text`. */
export function renders(englishStem: string, text: string): boolean {
  return [...matesOf(englishStem)].some((mate) => (chineseFor(mate) ?? []).some((zh) => zh.length >= 2 && text.includes(zh)));
}
