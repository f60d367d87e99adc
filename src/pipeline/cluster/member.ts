/** An article inside the clusterer: its unit vectors per channel, weighted by what the clusterer has learnt so far. */
import { LOOKUP_FEATURES, MAX_DOCUMENT_TERMS } from './cluster-settings.js';
import type { DocumentFrequency } from './document-frequency.js';
import { keepStrongest, normalize, type SparseVector } from './sparse-vector.js';
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
  vectors: Record<Channel, SparseVector>;
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
function weigh(raw: ReadonlyMap<string, number>, channel: Channel, frequency: DocumentFrequency): SparseVector {
  frequency.observe(channel, raw.keys());
  const vector: SparseVector = new Map();
  for (const [key, count] of raw) vector.set(key, (1 + Math.log(count)) * frequency.weight(channel, key));
  return vector;
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
  const vectors = {} as Record<Channel, SparseVector>;
  for (const channel of CHANNELS) {
    const weighed = weigh(raw[channel], channel, frequency);
    vectors[channel] = normalize(channel === 'terms' ? keepStrongest(weighed, MAX_DOCUMENT_TERMS) : weighed);
  }
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
    for (const [key, weight] of keepStrongest(member.vectors[channel], limit)) features.push([channel, key, weight]);
  }
  member.lookup = features;
  return features;
}

/** Returns a member's JSON-serialisable form (field by field: the cached lookup stays out). */
export function memberToSnapshot(member: Member): MemberSnapshot {
  const vectors = Object.fromEntries(CHANNELS.map((channel) => [channel, [...member.vectors[channel]]])) as MemberSnapshot['vectors'];
  const { id, time, language, source, title } = member;
  return { id, time, language, source, title, vectors, vector: member.vector ? [...member.vector] : null };
}

/** Restores a member from its snapshot. */
export function memberFromSnapshot(snapshot: MemberSnapshot): Member {
  const vectors = Object.fromEntries(CHANNELS.map((channel) => [channel, new Map(snapshot.vectors[channel] ?? [])])) as Record<
    Channel,
    SparseVector
  >;
  return { ...snapshot, vectors };
}
