/** Compiles a label's cue phrases into matchers and finds which cues a sentence contains. */
import type { TaxonomyEntry } from './types.js';

const HAN = /\p{Script=Han}/u;
const UPPER = /\p{Lu}/u;

/** A compiled label: regular expressions that find its strong and weak cues in a sentence. */
export interface CueMatcher {
  id: string;
  name: string;
  strong: RegExp[];
  weak: RegExp[];
  /** Phrases masked before matching (see TaxonomyEntry.not). */
  not: RegExp[];
  /** Phrases that void a sentence for the label (see TaxonomyEntry.denials). */
  denials: RegExp[];
  /** Entity ids that count as strong cues. */
  entities: ReadonlySet<string>;
  /** Id of the broader label this one narrows, if any. */
  broader: string | null;
  /** Ids of the labels this one accompanies (see TaxonomyEntry.companions). */
  companions: readonly string[];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Turns a Latin cue into a pattern body: flexible spaces and hyphens; a word ending in "*" takes any ending
 * ("outage*" finds "outages"), and a lone "*" stands for any one word ("cuts * jobs" finds "cuts 300 jobs").
 */
function latinBody(cue: string): string {
  return cue
    .trim()
    .split(/\s+/)
    .map((word) => {
      if (word === '*') return '[\\p{L}\\p{N}$.,%-]+';
      const open = word.endsWith('*');
      const core = escape(open ? word.slice(0, -1) : word).replace(/-/g, '[\\s-]+');
      return open ? `${core}[\\p{L}\\p{N}-]*` : core;
    })
    .join('[\\s-]+');
}

function bounded(cues: string[], flags: string): RegExp | null {
  if (cues.length === 0) return null;
  // Longer cues first so that "export controls" wins over "export" in the alternation.
  const bodies = [...cues].sort((a, b) => b.length - a.length).map(latinBody);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${bodies.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

function compileList(all: readonly string[]): RegExp[] {
  const chinese = all.filter((cue) => HAN.test(cue));
  const latin = all.filter((cue) => !HAN.test(cue));
  return [
    bounded(
      latin.filter((cue) => UPPER.test(cue)),
      'gu',
    ),
    bounded(
      latin.filter((cue) => !UPPER.test(cue)),
      'giu',
    ),
    chinese.length > 0 ? new RegExp(chinese.map(escape).join('|'), 'gu') : null,
  ].filter((pattern): pattern is RegExp => pattern !== null);
}

/** Compiles one taxonomy entry. */
export function compileCues(entry: TaxonomyEntry): CueMatcher {
  return {
    id: entry.id,
    name: entry.name,
    strong: compileList([...entry.en, ...entry.zh]),
    weak: compileList(entry.weak ?? []),
    not: compileList(entry.not ?? []),
    denials: compileList(entry.denials ?? []),
    entities: new Set(entry.entities ?? []),
    broader: entry.broader ?? null,
    companions: entry.companions ?? [],
  };
}

/** Blanks out a label's look-alike phrases ("power users" for Energy & Power) so that its cues cannot match them. */
export function maskLookalikes(matcher: CueMatcher, text: string): string {
  let masked = text;
  for (const pattern of matcher.not) masked = masked.replace(pattern, (phrase) => ' '.repeat(phrase.length));
  return masked;
}

/** Returns the distinct cues (lowercased, as written in the sentence) that the patterns find in a text. */
export function matchCues(patterns: readonly RegExp[], text: string): string[] {
  const found = new Set<string>();
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) found.add(match[0].toLowerCase().replace(/[\s-]+/g, ' '));
  }
  return [...found];
}
