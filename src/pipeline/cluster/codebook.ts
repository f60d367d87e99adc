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

/** The main thread's copy of one prepare thread's codes: key and channel per code, and the feature id last found. */
export class Codebook {
  private readonly keys: string[] = [];
  private readonly channels: number[] = [];
  private ids = new Int32Array(1024).fill(-1);

  /** Records the keys of the codes the thread issued next, in code order. */
  append(keys: readonly string[], channels: readonly number[]): void {
    const size = this.keys.length + keys.length;
    if (size > this.ids.length) {
      const grown = new Int32Array(Math.max(size, this.ids.length * 2)).fill(-1);
      grown.set(this.ids);
      this.ids = grown;
    }
    for (let index = 0; index < keys.length; index++) {
      this.keys.push(keys[index] as string);
      this.channels.push(channels[index] as number);
    }
  }

  /** Returns the feature id of a code in `table`, interning its feature when the id last found no longer names it. */
  resolve(code: number, table: FeatureTable): number {
    const id = this.ids[code] as number;
    const key = this.keys[code] as string;
    const channel = this.channels[code] as number;
    if (id >= 0 && table.holds(id, channel, key)) return id;
    const found = table.intern(channel, key);
    this.ids[code] = found;
    // The table's own string from here on: later checks then compare one pointer.
    this.keys[code] = table.key(found);
    return found;
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
