/**
 * Turns overlapping candidates into mentions: longest match wins, then the leftmost; short forms count
 * only where their entity (or its parent or a child) is named in full somewhere in the same text.
 */
import type { AliasIndex } from './alias-index.js';
import type { Candidate } from './candidate.js';

// At one span, a confirmed short form beats a full alias (商务部 after 美国商务部 is the US department),
// a full alias beats a ticker, and blocking words come last.
function rank(candidate: Candidate): number {
  if (candidate.entry < 0) return 3;
  return candidate.source === 'short' ? 0 : candidate.source === 'alias' ? 1 : 2;
}

function byPriority(a: Candidate, b: Candidate): number {
  return b.end - b.start - (a.end - a.start) || a.start - b.start || rank(a) - rank(b) || a.entry - b.entry;
}

/** Keeps the leftmost-longest candidates that do not overlap, in text order. */
export function pickNonOverlapping(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(byPriority);
  const taken: Candidate[] = [];
  for (const candidate of sorted) {
    if (taken.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    taken.push(candidate);
  }
  return taken.sort((a, b) => a.start - b.start);
}

function presentIds(index: AliasIndex, candidates: Candidate[]): Set<string> {
  const full = pickNonOverlapping(candidates.filter((candidate) => candidate.source !== 'short'));
  const ids = new Set<string>();
  for (const candidate of full) {
    const entry = index.table[candidate.entry];
    if (entry) ids.add(entry.id);
  }
  return ids;
}

function confirmed(index: AliasIndex, entryIndex: number, present: Set<string>): boolean {
  const entry = index.table[entryIndex];
  if (!entry) return false;
  if (present.has(entry.id)) return true;
  // A family name needs the person's full name: an employer's name is not enough ("Park" at Stratos).
  if (entry.kind === 'person') return false;
  if (entry.parent !== undefined && present.has(entry.parent)) return true;
  return (index.children.get(entry.id) ?? []).some((child) => present.has(child));
}

// Two confirmed short forms on one span ("Park" with both Lena Park and Park Joon-ho named) say nothing.
function dropAmbiguous(shorts: Candidate[]): Candidate[] {
  const entitiesAt = new Map<string, Set<number>>();
  for (const candidate of shorts) {
    const span = `${candidate.start}:${candidate.end}`;
    entitiesAt.set(span, (entitiesAt.get(span) ?? new Set()).add(candidate.entry));
  }
  return shorts.filter((candidate) => entitiesAt.get(`${candidate.start}:${candidate.end}`)!.size === 1);
}

/** Resolves all candidates of one text into non-overlapping matches (blocking words removed). */
export function resolveCandidates(index: AliasIndex, candidates: Candidate[]): Candidate[] {
  const present = presentIds(index, candidates);
  const shorts = dropAmbiguous(candidates.filter((c) => c.source === 'short' && confirmed(index, c.entry, present)));
  const kept = candidates.filter((candidate) => candidate.source !== 'short').concat(shorts);
  return pickNonOverlapping(kept).filter((candidate) => candidate.entry >= 0);
}
