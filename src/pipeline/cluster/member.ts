/** An article inside the clusterer: its unit vectors per channel, weighted by what the clusterer has learnt so far. */
import { LOOKUP_FEATURES, MAX_DOCUMENT_TERMS } from './cluster-settings.js';
import type { FeatureTable } from './feature-table.js';
import { compact, EMPTY_VECTOR, type CompactVector } from './sparse-vector.js';
import { CHANNELS, type Channel, type ClusterDocument, type MemberSnapshot } from './types.js';

/** An article's weighted features; every channel vector has unit length (or is empty). */
export interface Member {
  id: string;
  time: number;
  language: string;
  source: string | null;
  title: string;
  vectors: Record<Channel, CompactVector>;
  vector: readonly number[] | null;
  /** Cached lookup features (see lookupFeatures); not serialised. */
  lookup?: CompactVector;
}

/** Scratch of one channel's weighing, reused across articles so that weighing allocates only its result. */
const tally = new Map<number, number>();
let scratchIds = new Int32Array(256);
let scratchWeights = new Float64Array(256);
let order: number[] = [];

function reserve(size: number): void {
  if (size <= scratchIds.length) return;
  scratchIds = new Int32Array(size * 2);
  scratchWeights = new Float64Array(size * 2);
}

/**
 * Weighs the tallied counts as sublinear tf × idf (a word said ten times is not ten times the topic), counting
 * each feature in the table, and keeps the `limit` strongest as a unit vector, strongest first.
 */
function weighTally(table: FeatureTable, limit: number): CompactVector {
  const size = tally.size;
  if (size === 0) return EMPTY_VECTOR;
  reserve(size);
  let index = 0;
  for (const [id, count] of tally) {
    scratchIds[index] = id;
    scratchWeights[index] = (1 + Math.log(count)) * table.observe(id);
    index++;
  }
  tally.clear();
  order.length = size;
  for (let position = 0; position < size; position++) order[position] = position;
  // Ties keep first-seen order, as a stable sort of the entries would.
  order.sort((a, b) => (scratchWeights[b] as number) - (scratchWeights[a] as number) || a - b);
  const kept = Math.min(size, limit);
  let squared = 0;
  for (let position = 0; position < kept; position++) {
    const weight = scratchWeights[order[position] as number] as number;
    squared += weight * weight;
  }
  const length = Math.sqrt(squared) || 1;
  const ids = new Int32Array(kept);
  const weights = new Float64Array(kept);
  for (let position = 0; position < kept; position++) {
    const from = order[position] as number;
    ids[position] = scratchIds[from] as number;
    weights[position] = (scratchWeights[from] as number) / length;
  }
  if (order.length > 4096) order = [];
  return { ids, weights };
}

function weighValues(values: readonly string[], channel: number, table: FeatureTable, limit: number): CompactVector {
  for (const value of values) {
    const id = table.intern(channel, value);
    tally.set(id, (tally.get(id) ?? 0) + 1);
  }
  return weighTally(table, limit);
}

function weighCounts(counts: ReadonlyMap<string, number>, channel: number, table: FeatureTable, limit: number): CompactVector {
  for (const [key, count] of counts) tally.set(table.intern(channel, key), count);
  return weighTally(table, limit);
}

/** Counts the document in the feature table, then returns it as a member with unit vectors. */
export function weighDocument(document: ClusterDocument, table: FeatureTable, time: number): Member {
  const unbounded = Number.POSITIVE_INFINITY;
  const vectors: Record<Channel, CompactVector> = {
    terms: weighCounts(document.terms, 0, table, MAX_DOCUMENT_TERMS),
    entities: weighValues(document.entities, 1, table, unbounded),
    places: weighValues(document.places, 2, table, unbounded),
    names: weighValues(document.names, 3, table, unbounded),
    quantities: weighValues(document.quantities, 4, table, unbounded),
    headline: weighValues(document.headline, 5, table, unbounded),
  };
  table.documentDone();
  return {
    id: document.id,
    time,
    language: document.language,
    source: document.source,
    title: document.title,
    vectors,
    vector: document.vector ?? null,
  };
}

/** Returns the features that look up candidate stories: the strongest of each channel. */
export function lookupFeatures(member: Member): CompactVector {
  if (member.lookup) return member.lookup;
  let size = 0;
  for (const channel of CHANNELS)
    size += Math.min(channel === 'terms' ? LOOKUP_FEATURES : LOOKUP_FEATURES / 2, member.vectors[channel].ids.length);
  const lookup: CompactVector = { ids: new Int32Array(size), weights: new Float64Array(size) };
  let at = 0;
  for (const channel of CHANNELS) {
    // Compact vectors are sorted strongest first, so the lookup is a prefix.
    const vector = member.vectors[channel];
    const take = Math.min(channel === 'terms' ? LOOKUP_FEATURES : LOOKUP_FEATURES / 2, vector.ids.length);
    lookup.ids.set(vector.ids.subarray(0, take), at);
    lookup.weights.set(vector.weights.subarray(0, take), at);
    at += take;
  }
  member.lookup = lookup;
  return lookup;
}

/** Marks (1) in `held` every feature id a member holds, so that the table's sweep keeps them. */
export function markMember(member: Member, held: Uint8Array): void {
  for (const channel of CHANNELS) for (const id of member.vectors[channel].ids) held[id] = 1;
}

/** Returns a member's JSON-serialisable form (field by field: the cached lookup stays out). */
export function memberToSnapshot(member: Member, table: FeatureTable): MemberSnapshot {
  const entries = (vector: CompactVector): [string, number][] =>
    Array.from(vector.ids, (id, index): [string, number] => [table.key(id), vector.weights[index] as number]);
  const vectors = Object.fromEntries(CHANNELS.map((channel) => [channel, entries(member.vectors[channel])])) as MemberSnapshot['vectors'];
  const { id, time, language, source, title } = member;
  return { id, time, language, source, title, vectors, vector: member.vector ? [...member.vector] : null };
}

/** Restores a member from its snapshot, interning its features in the table. */
export function memberFromSnapshot(snapshot: MemberSnapshot, table: FeatureTable): Member {
  const vectors = Object.fromEntries(
    CHANNELS.map((channel, index) => [
      channel,
      compact(new Map((snapshot.vectors[channel] ?? []).map(([key, weight]) => [table.intern(index, key), weight]))),
    ]),
  ) as Record<Channel, CompactVector>;
  return { ...snapshot, vectors };
}
