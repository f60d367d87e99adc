/**
 * Feature codes of a prepare thread: the thread numbers each feature (channel + key) it meets once and sends the
 * key only that first time; afterwards documents carry integer codes. The clusterer's thread maps a code to its
 * feature id with an array read instead of hashing the string, and checks that the id still names that feature
 * (the feature table reuses ids of features it forgot), interning again when it does not.
 */
import type { FeatureTable } from './feature-table.js';
import type { ClusterDocument } from './types.js';

/** Codes a prepare thread issues before it starts over (with a new codebook): bounds both sides' memory. */
export const MAX_CODES = 500_000;

/**
 * The main thread's copy of one prepare thread's codes: key and channel per code, and the feature id last found
 * with that feature's stamp (see FeatureTable.stamp), side by side, so a known code resolves with two reads.
 */
export class Codebook {
  private readonly keys: string[] = [];
  private readonly channels: number[] = [];
  /** Per code: the feature id last found (-1 for none) and its stamp then. */
  private found = new Float64Array(2048).fill(-1);

  /** Records the keys of the codes the thread issued next, in code order. */
  append(keys: readonly string[], channels: readonly number[]): void {
    const size = 2 * (this.keys.length + keys.length);
    if (size > this.found.length) {
      const grown = new Float64Array(Math.max(size, this.found.length * 2)).fill(-1);
      grown.set(this.found);
      this.found = grown;
    }
    for (let index = 0; index < keys.length; index++) {
      this.keys.push(keys[index] as string);
      this.channels.push(channels[index] as number);
    }
  }

  /** Returns the feature id of a code in `table`, interning its feature when the id last found no longer names it. */
  resolve(code: number, table: FeatureTable): number {
    const id = this.found[2 * code] as number;
    if (id >= 0 && table.stamp(id) === this.found[2 * code + 1]) return id;
    const interned = table.intern(this.channels[code] as number, this.keys[code] as string);
    this.found[2 * code] = interned;
    this.found[2 * code + 1] = table.stamp(interned);
    return interned;
  }
}

/** The channel fields of a document, which an encoded document carries as codes instead. */
type ChannelFields = 'terms' | 'entities' | 'places' | 'names' | 'quantities' | 'headline';

/**
 * A document from a prepare thread: its features as codes of `codebook`, channel after channel in CHANNELS order
 * (channel c is entries [ends[c - 1] ?? 0, ends[c])), each feature once, in first-mention order, with its count
 * (term counts as prepare gave them; mentions of an entity, place, name, quantity or headline feature).
 */
export interface EncodedDocument extends Omit<ClusterDocument, ChannelFields> {
  codebook: Codebook;
  codes: Int32Array;
  counts: Float64Array;
  ends: readonly number[];
}

/** A document as the clusterer takes it: with its features as strings, or as a prepare thread's codes. */
export type PreparedDocument = ClusterDocument | EncodedDocument;
