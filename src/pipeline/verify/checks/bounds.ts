/**
 * Checks that a claim keeps how its sources bound a figure: "up to 3%" is not "3%", "more than 75 MW" is
 * not "75 MW", and "nearly 1,000" is not "more than 1,000".
 */
import type { TextAnalysis } from '../analysis.js';
import {
  type BoundDirection,
  CHINESE_BOUNDS_AFTER,
  CHINESE_BOUNDS_BEFORE,
  ENGLISH_BOUNDS_AFTER,
  ENGLISH_BOUNDS_BEFORE,
  NEARBY_BOUNDS,
} from '../cues/bounds.js';
import type { Evidence } from '../evidence.js';
import type { Quantity } from '../language-tools.js';
import { supports } from './supports.js';

/** A figure's bound: from a qualifier next to it (strong), or from a bound word nearby in its clause (weak). */
interface Bound {
  direction: BoundDirection;
  strong: boolean;
}

/** Returns a reason for each figure whose bound (ceiling, floor, "nearly", "exactly") differs from the source's. */
export function checkBounds(claim: TextAnalysis, evidence: Evidence): string[] {
  const reasons: string[] = [];
  for (const quantity of claim.quantities) {
    if (quantity.kind === 'date' || claim.entities.some((e) => quantity.start >= e.start && quantity.end <= e.end)) continue;
    const twins = evidence.analyses.flatMap((source) =>
      source.quantities
        .filter((q) => q.kind !== 'date' && supports(q, quantity))
        .map((q) => ({ q, bound: boundOf(source.text, q) ?? impliedFloor(source.text, q) })),
    );
    if (twins.length === 0) continue;
    const claimed = boundOf(claim.text, quantity) ?? impliedFloor(claim.text, quantity);
    if ((!claimed && labelsSize(claim.text, quantity)) || twins.some((twin) => compatible(claimed, twin.bound))) continue;
    const source = twins[0]!;
    reasons.push(`bound changed: claim says ${describe(claimed, quantity)}, source says ${describe(source.bound, source.q)}`);
  }
  return reasons;
}

// "A 24 MW contract" (or "its 24 MW … contract") names the contract by its size, as a label: dropping its "up to" claims no exactness, which
// only a word ("exactly", "full") would. A figure that is the claim's own statement ("draws 24 MW") keeps its bound.
function labelsSize(text: string, quantity: Quantity): boolean {
  return (
    /(?:^|\s)(?:a|an|its|their)\s+$/i.test(text.slice(Math.max(0, quantity.start - 6), quantity.start)) &&
    /^-?\s*[a-z]/i.test(text.slice(quantity.end, quantity.end + 3))
  );
}

// A ceiling or a floor next to a figure must be kept, and one a claim puts next to a figure must be the
// source's; a bound word elsewhere in the clause only ever excuses.
function compatible(claimed: Bound | null, source: Bound | null): boolean {
  const ceilingOrFloor = (bound: Bound | null): boolean => bound?.direction === 'upper' || bound?.direction === 'lower';
  if (claimed?.strong && ceilingOrFloor(claimed)) return source?.direction === claimed.direction;
  if (claimed?.strong && claimed.direction === 'exact') return !source || source.direction === 'exact';
  // "Nearly 2,300" is no "more than 2,300", and the reverse.
  if (claimed?.strong && claimed.direction === 'below' && source?.strong && source.direction === 'lower') return false;
  if (source?.strong && ceilingOrFloor(source)) return claimed?.direction === source.direction;
  return true;
}

/** Returns how the words around a figure bound it, if they do: the qualifier next to it, else a bound word nearby. */
export function boundOf(text: string, quantity: Pick<Quantity, 'start' | 'end' | 'unit'>): Bound | null {
  const chinese = /[\u3400-\u9fff]/.test(text.slice(Math.max(0, quantity.start - 3), quantity.end + 3));
  const before = text.slice(Math.max(0, quantity.start - 24), quantity.start);
  const after = text.slice(quantity.end, quantity.end + 16);
  const [beforeCues, afterCues] = chinese ? [CHINESE_BOUNDS_BEFORE, CHINESE_BOUNDS_AFTER] : [ENGLISH_BOUNDS_BEFORE, ENGLISH_BOUNDS_AFTER];
  // The longest qualifier wins: "不低于" (a floor) holds "低于" (below).
  let best: { direction: BoundDirection; length: number } | null = null;
  for (const direction of ['upper', 'lower', 'below', 'approximate', 'exact'] as const) {
    for (const cue of beforeCues[direction]) {
      if (!endsWithCue(before, cue, chinese) || (DURATION_PREPOSITIONS.has(cue) && (isDuration(quantity) || spreads(before, cue))))
        continue;
      if (cue.length > (best?.length ?? 0)) best = { direction, length: cue.length };
    }
    for (const cue of afterCues[direction]) {
      if (startsWithCue(after, cue, chinese) && cue.length > (best?.length ?? 0)) best = { direction, length: cue.length };
    }
  }
  if (best) return { direction: best.direction, strong: true };
  const nearby = nearbyBound(text, quantity.start, chinese);
  return nearby ? { direction: nearby, strong: false } : null;
}

function nearbyBound(text: string, start: number, chinese: boolean): 'upper' | 'lower' | null {
  const clause = text
    .slice(Math.max(0, start - 120), start)
    .split(chinese ? /[，。；,;]/ : /[,;:.](?!\d)/)
    .at(-1)!
    .toLowerCase();
  for (const direction of ['upper', 'lower'] as const) {
    if (
      NEARBY_BOUNDS[direction].some((word) =>
        chinese ? clause.includes(word) : compiled(WHOLE_WORD, word, (body) => new RegExp(`\\b${body}\\b`)).test(clause),
      )
    )
      return direction;
  }
  return null;
}

// "A 1,000-foot buffer", "a 50-megawatt threshold", "14-year minimum contracts": a figure naming a setback, threshold
// or minimum is itself a floor ("at least 14 years"), one naming a maximum or cap a ceiling ("at most", "up to").
function impliedFloor(text: string, quantity: Pick<Quantity, 'end'>): Bound | null {
  const after = text.slice(quantity.end, quantity.end + 32);
  const named = (words: string): boolean => new RegExp(`^[\\s-]*(?:\\p{L}+[\\s-]+)?(?:${words})\\b`, 'iu').test(after);
  if (named('buffers?|setbacks?|thresholds?|minimums?|floors?')) return { direction: 'lower', strong: false };
  return named('maximums?|caps?|ceilings?') ? { direction: 'upper', strong: false } : null;
}

// English cues compile once: a cue ends the text before a figure, or starts the text after it.
const ENDING = new Map<string, RegExp>();
const STARTING = new Map<string, RegExp>();
const WHOLE_WORD = new Map<string, RegExp>();
const compiled = (cache: Map<string, RegExp>, cue: string, make: (body: string) => RegExp): RegExp => {
  let regex = cache.get(cue);
  if (!regex) cache.set(cue, (regex = make(cue.replace(/ /g, '\\s+'))));
  return regex;
};

function endsWithCue(text: string, cue: string, chinese: boolean): boolean {
  // A rate's "per second" sits between the bound and its figure: "超过每秒3.2TB".
  if (chinese) text = text.replace(/每(?:秒|分钟|分鐘|小时|小時|天|日|周|週|月|年)?$/, '');
  if (chinese) return /[约約]$/.test(text) ? text.slice(0, -1).endsWith(cue) : text.endsWith(cue);
  return compiled(ENDING, cue, (body) => new RegExp(`(^|[^\\p{L}])${body}\\s*$`, 'iu')).test(text);
}

function startsWithCue(text: string, cue: string, chinese: boolean): boolean {
  if (chinese) return text.startsWith(cue);
  return compiled(STARTING, cue, (body) => new RegExp(`^[\\s-]*${body}(?![\\p{L}])`, 'iu')).test(text);
}

// "Over eleven weeks" is a stretch of time, not a floor; "102.4 Tb/s over 64 ports", "$2 billion over 14 sites"
// spread a figure over a count, a preposition too: only a comparative "over" (no figure just before it) bounds.
function spreads(before: string, cue: string): boolean {
  const lead = before.replace(new RegExp(`${cue}\\s*$`, 'i'), '');
  return /\d[\d.,]*\s*(?:[%$€£¥]|[\p{L}/]+(?:\s+[\p{L}/]+)?)\s*$/u.test(lead);
}

// "Over eleven weeks" is a stretch of time, not a floor.
const DURATION_PREPOSITIONS = new Set(['over', 'past']);
const isDuration = (quantity: Pick<Quantity, 'unit'>): boolean =>
  quantity.unit === 'h' || quantity.unit === 'month' || quantity.unit === 'year';

const WORDS: Record<BoundDirection, string> = {
  upper: 'at most',
  lower: 'more than',
  below: 'just under',
  approximate: 'about',
  exact: 'exactly',
};

function describe(bound: Bound | null, quantity: Quantity): string {
  return bound ? `${WORDS[bound.direction]} ${quantity.surface}` : `${quantity.surface} with no bound`;
}
