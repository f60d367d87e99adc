/** An article inside the clusterer: its unit vectors per channel, weighted by what the clusterer has learnt so far. */
import { LOOKUP_FEATURES, MAX_DOCUMENT_TERMS } from './cluster-settings.js';
import type { DocumentFrequency } from './document-frequency.js';
import { compact, entriesOf, type CompactVector } from './sparse-vector.js';
import { CHANNELS, type Channel, type ClusterDocument, type MemberSnapshot } from './types.js';

/** A feature that looks up candidate stories: its channel, key and weight in the article. */
export type LookupFeature = readonly [Channel, string, number];

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
  lookup?: LookupFeature[];
}

function counts(values: readonly string[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const value of values) result.set(value, (result.get(value) ?? 0) + 1);
  return result;
}

/** Weighs counts as sublinear tf × idf: a word said ten times is not ten times the topic. */
function weigh(raw: ReadonlyMap<string, number>, channel: Channel, frequency: DocumentFrequency, limit: number): CompactVector {
  frequency.observe(channel, raw.keys());
  const weighed: [string, number][] = [];
  let squared = 0;
  for (const [key, count] of raw) {
    const weight = (1 + Math.log(count)) * frequency.weight(channel, key);
    weighed.push([key, weight]);
  }
  // Sorted once, strongest first: the kept prefix is the vector, and lookups later read its head.
  weighed.sort((a, b) => b[1] - a[1]);
  const kept = weighed.length > limit ? weighed.slice(0, limit) : weighed;
  for (const [, weight] of kept) squared += weight * weight;
  const length = Math.sqrt(squared) || 1;
  return { keys: kept.map(([key]) => key), weights: Float64Array.from(kept, ([, weight]) => weight / length) };
}

/** Counts the document in the frequency table, then returns it as a member with unit vectors. */
export function weighDocument(document: ClusterDocument, frequency: DocumentFrequency, time: number): Member {
  const raw: Record<Channel, ReadonlyMap<string, number>> = {
    terms: document.terms,
    entities: counts(document.entities),
    places: counts(document.places),
    names: counts(document.names),
    quantities: counts(document.quantities),
    headline: counts(document.headline),
  };
  const vectors = {} as Record<Channel, CompactVector>;
  for (const channel of CHANNELS)
    vectors[channel] = weigh(raw[channel], channel, frequency, channel === 'terms' ? MAX_DOCUMENT_TERMS : Number.POSITIVE_INFINITY);
  frequency.documentDone();
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
export function lookupFeatures(member: Member): LookupFeature[] {
  if (member.lookup) return member.lookup;
  const features: LookupFeature[] = [];
  for (const channel of CHANNELS) {
    const limit = channel === 'terms' ? LOOKUP_FEATURES : LOOKUP_FEATURES / 2;
    // Compact vectors are sorted strongest first, so the lookup is a prefix.
    const vector = member.vectors[channel];
    for (let index = 0; index < Math.min(limit, vector.keys.length); index++)
      features.push([channel, vector.keys[index] as string, vector.weights[index] as number]);
  }
  member.lookup = features;
  return features;
}

/** Returns a member's JSON-serialisable form (field by field: the cached lookup stays out). */
export function memberToSnapshot(member: Member): MemberSnapshot {
  const vectors = Object.fromEntries(CHANNELS.map((channel) => [channel, entriesOf(member.vectors[channel])])) as MemberSnapshot['vectors'];
  const { id, time, language, source, title } = member;
  return { id, time, language, source, title, vectors, vector: member.vector ? [...member.vector] : null };
}

/** Restores a member from its snapshot. */
export function memberFromSnapshot(snapshot: MemberSnapshot): Member {
  const vectors = Object.fromEntries(CHANNELS.map((channel) => [channel, compact(new Map(snapshot.vectors[channel] ?? []))])) as Record<
    Channel,
    CompactVector
  >;
  return { ...snapshot, vectors };
}
