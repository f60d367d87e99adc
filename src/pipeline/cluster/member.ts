/** An article inside the clusterer: its unit vectors per channel, weighted by what the clusterer has learnt so far. */
import { LOOKUP_FEATURES, MAX_DOCUMENT_TERMS } from './cluster-settings.js';
import type { FeatureTable } from './feature-table.js';
import type { EncodedDocument, PreparedDocument } from './codebook.js';
import { eventKinds } from './event-kinds.js';
import { type CompactVector, strongestPositions } from './sparse-vector.js';
import { CHANNELS, type Channel, type ClusterDocument, type MemberSnapshot } from './types.js';

/**
 * An article's weighted features, packed in one slab per kind: channel after channel, each a unit vector (or empty)
 * strongest feature first. Two typed arrays per held article instead of two per channel keep the heap and the
 * collector's work small: a story holds up to RECENT_MEMBERS of these.
 */
export interface Member {
  id: string;
  time: number;
  language: string;
  source: string | null;
  title: string;
  /** Event kinds the headline declares (bits of EVENT_KIND). */
  kinds: number;
  /** The first CHANNEL_BOUNDS entries bound the channels: channel c is features [ids[c], ids[c + 1]), whose ids follow. */
  ids: Int32Array;
  /** Feature weights, by feature index (feature k's id is ids[CHANNEL_BOUNDS + k]). */
  weights: Float64Array;
  vector: readonly number[] | null;
}

/** Entries that open a member's ids: where each channel starts, and where the last ends. */
export const CHANNEL_BOUNDS = CHANNELS.length + 1;

/** Scratch of one channel's weighing, reused across articles so that weighing allocates only its result. */
const tally = new Map<number, number>();
let scratchIds = new Int32Array(256);
let scratchWeights = new Float64Array(256);
let order: number[] = [];
let selection = new Float64Array(256);
/** The member being built: every channel's kept features, then copied once into the member's slab. */
let slabIds = new Int32Array(512);
let slabWeights = new Float64Array(512);

function reserve(size: number): void {
  if (size <= scratchIds.length) return;
  scratchIds = new Int32Array(size * 2);
  scratchWeights = new Float64Array(size * 2);
}

function reserveSlab(size: number): void {
  if (size <= slabWeights.length) return;
  const ids = new Int32Array(size * 2);
  const weights = new Float64Array(size * 2);
  ids.set(slabIds);
  weights.set(slabWeights);
  [slabIds, slabWeights] = [ids, weights];
}

/**
 * Weighs the tallied counts as sublinear tf × idf (a word said ten times is not ten times the topic), counting
 * each feature in the table, and appends the `limit` strongest as a unit vector, strongest first, to the slab at
 * `at`; returns where it ends.
 */
function weighTally(table: FeatureTable, limit: number, at: number): number {
  const size = tally.size;
  if (size === 0) return at;
  reserve(size);
  let index = 0;
  for (const [id, count] of tally) {
    scratchIds[index] = id;
    scratchWeights[index] = (1 + Math.log(count)) * table.observe(id);
    index++;
  }
  tally.clear();
  return keepStrongestInSlab(size, limit, at);
}

/** Weighs an encoded document's channel (by index in CHANNELS) as weighTally does; its features come counted. */
function weighCodes(document: EncodedDocument, channel: number, table: FeatureTable, limit: number, at: number): number {
  const { codebook, codes, counts, ends } = document;
  const start = channel === 0 ? 0 : (ends[channel - 1] as number);
  const size = (ends[channel] as number) - start;
  if (size === 0) return at;
  reserve(size);
  for (let index = 0; index < size; index++) {
    const id = codebook.resolve(codes[start + index] as number, table);
    scratchIds[index] = id;
    scratchWeights[index] = (1 + Math.log(counts[start + index] as number)) * table.observe(id);
  }
  return keepStrongestInSlab(size, limit, at);
}

/** Puts in `order` the positions of the `limit` strongest weighed features in scratch (sparse-vector.ts says how). */
function selectStrongest(size: number, limit: number): number {
  if (selection.length < size) selection = new Float64Array(size * 2);
  strongestPositions(scratchWeights, size, limit, selection, order);
  return limit;
}

/** Kept features sorted by insertion: a channel keeps a few dozen, where a comparator sort costs more in calls than in moves. */
const INSERTION_SORT_LIMIT = 64;

/** Sorts order[0, kept), positions in ascending order, by weight, strongest first; ties stay in position order. */
function sortByWeight(kept: number): void {
  for (let index = 1; index < kept; index++) {
    const position = order[index] as number;
    const weight = scratchWeights[position] as number;
    let at = index;
    for (; at > 0 && (scratchWeights[order[at - 1] as number] as number) < weight; at--) order[at] = order[at - 1] as number;
    order[at] = position;
  }
}

/** Appends the `limit` strongest of the `size` weighed features in scratch to the slab at `at`, as a unit vector. */
function keepStrongestInSlab(size: number, limit: number, at: number): number {
  const kept = size > limit ? selectStrongest(size, limit) : size;
  if (kept === size) {
    order.length = size;
    for (let position = 0; position < size; position++) order[position] = position;
  }
  // Ties keep first-seen order, as a stable sort of the entries would.
  if (kept <= INSERTION_SORT_LIMIT) sortByWeight(kept);
  else order.sort((a, b) => (scratchWeights[b] as number) - (scratchWeights[a] as number) || a - b);
  let squared = 0;
  for (let position = 0; position < kept; position++) {
    const weight = scratchWeights[order[position] as number] as number;
    squared += weight * weight;
  }
  const length = Math.sqrt(squared) || 1;
  reserveSlab(at + kept);
  for (let position = 0; position < kept; position++) {
    const from = order[position] as number;
    slabIds[at + position] = scratchIds[from] as number;
    slabWeights[at + position] = (scratchWeights[from] as number) / length;
  }
  if (order.length > 4096) order = [];
  return at + kept;
}

function tallyValues(values: readonly string[], channel: number, table: FeatureTable): void {
  for (const value of values) {
    const id = table.intern(channel, value);
    tally.set(id, (tally.get(id) ?? 0) + 1);
  }
}

/** Copies the slab under construction into a member's own arrays; `ends` holds each channel's end. */
function packSlab(ends: readonly number[]): { ids: Int32Array; weights: Float64Array } {
  const size = ends[ends.length - 1] as number;
  const ids = new Int32Array(CHANNEL_BOUNDS + size);
  ids[0] = 0;
  for (let channel = 0; channel < ends.length; channel++) ids[channel + 1] = ends[channel] as number;
  ids.set(slabIds.subarray(0, size), CHANNEL_BOUNDS);
  return { ids, weights: slabWeights.slice(0, size) };
}

/** Counts the document in the feature table, then returns it as a member with unit vectors. */
export function weighDocument(document: PreparedDocument, table: FeatureTable, time: number): Member {
  const unbounded = Number.POSITIVE_INFINITY;
  const ends: number[] = [];
  const encoded = 'codes' in document ? document : null;
  for (let channel = 0; channel < CHANNELS.length; channel++) {
    const limit = channel === 0 ? MAX_DOCUMENT_TERMS : unbounded;
    const at = channel === 0 ? 0 : (ends[channel - 1] as number);
    if (encoded) ends.push(weighCodes(encoded, channel, table, limit, at));
    else {
      if (channel === 0) for (const [key, count] of (document as ClusterDocument).terms) tally.set(table.intern(0, key), count);
      else tallyValues((document as ClusterDocument)[CHANNELS[channel] as Exclude<Channel, 'terms'>], channel, table);
      ends.push(weighTally(table, limit, at));
    }
  }
  table.documentDone();
  return {
    id: document.id,
    time,
    language: document.language,
    source: document.source,
    title: document.title,
    kinds: eventKinds(document.title),
    ...packSlab(ends),
    vector: document.vector ?? null,
  };
}

/** Returns the dot product of a member's channel (by index in CHANNELS) with a sparse vector. */
export function dotChannel(member: Member, channel: number, other: ReadonlyMap<number, number>): number {
  const { ids, weights } = member;
  const end = ids[channel + 1] as number;
  let sum = 0;
  for (let index = ids[channel] as number; index < end; index++) {
    const value = other.get(ids[CHANNEL_BOUNDS + index] as number);
    if (value !== undefined) sum += (weights[index] as number) * value;
  }
  return sum;
}

/** Counts a member's features in a channel (by index in CHANNELS). */
export function channelSize(member: Member, channel: number): number {
  return (member.ids[channel + 1] as number) - (member.ids[channel] as number);
}

/** The lookup features of the latest member asked for: reused, so valid until the next call. */
const lookup: CompactVector & { count: number } = {
  ids: new Int32Array(LOOKUP_FEATURES * CHANNELS.length),
  weights: new Float64Array(LOOKUP_FEATURES * CHANNELS.length),
  count: 0,
};

/** Returns the features that look up candidate stories, the strongest of each channel (valid until the next call). */
export function lookupFeatures(member: Member): CompactVector & { count: number } {
  let at = 0;
  for (let channel = 0; channel < CHANNELS.length; channel++) {
    // Channels are sorted strongest first, so the lookup takes a prefix of each.
    const start = member.ids[channel] as number;
    const take = Math.min(channel === 0 ? LOOKUP_FEATURES : LOOKUP_FEATURES / 2, channelSize(member, channel));
    for (let index = start; index < start + take; index++) {
      lookup.ids[at] = member.ids[CHANNEL_BOUNDS + index] as number;
      lookup.weights[at++] = member.weights[index] as number;
    }
  }
  lookup.count = at;
  return lookup;
}

/** Marks (1) in `held` every feature id a member holds, so that the table's sweep keeps them. */
export function markMember(member: Member, held: Uint8Array): void {
  for (let index = CHANNEL_BOUNDS; index < member.ids.length; index++) held[member.ids[index] as number] = 1;
}

/** Returns a member's JSON-serialisable form, feature ids turned back into their keys. */
export function memberToSnapshot(member: Member, table: FeatureTable): MemberSnapshot {
  const entries = (channel: number): [string, number][] => {
    const found: [string, number][] = [];
    for (let index = member.ids[channel] as number; index < (member.ids[channel + 1] as number); index++)
      found.push([table.key(member.ids[CHANNEL_BOUNDS + index] as number), member.weights[index] as number]);
    return found;
  };
  const vectors = Object.fromEntries(CHANNELS.map((channel, index) => [channel, entries(index)])) as MemberSnapshot['vectors'];
  const { id, time, language, source, title } = member;
  return { id, time, language, source, title, vectors, vector: member.vector ? [...member.vector] : null };
}

/** Restores a member from its snapshot, interning its features in the table. */
export function memberFromSnapshot(snapshot: MemberSnapshot, table: FeatureTable): Member {
  const ends: number[] = [];
  let at = 0;
  CHANNELS.forEach((channel, index) => {
    // Strongest first, as weighing leaves them (ties in stored order).
    const entries = [...(snapshot.vectors[channel] ?? [])].sort((a, b) => b[1] - a[1]);
    reserveSlab(at + entries.length);
    for (const [key, weight] of entries) {
      slabIds[at] = table.intern(index, key);
      slabWeights[at++] = weight;
    }
    ends.push(at);
  });
  const { id, time, language, source, title, vector } = snapshot;
  return { id, time, language, source, title, kinds: eventKinds(title), vector, ...packSlab(ends) };
}
