/**
 * The clusterer's vocabulary: every feature (channel + key) interned once as a small integer id, with its document
 * frequency learnt online and decayed now and then, so that the vocabulary stays bounded and weights current.
 */
import { FREQUENCY_DECAY_EVERY } from './cluster-settings.js';
import { CHANNELS, type Channel, type FrequencySnapshot } from './types.js';

const INITIAL_CAPACITY = 1024;

/** The next stamp any table gives a new feature: unique in the process, so a stamp never matches another table's. */
let nextStamp = 1;

/**
 * Interned features and their document frequencies. Ids are what vectors, centroids and posting lists hold: a
 * lookup by integer costs a fraction of one by string, and each article's strings are hashed once, here.
 */
export class FeatureTable {
  private documents = 0;
  private sinceDecay = 0;
  private readonly byKey = CHANNELS.map(() => new Map<string, number>());
  private keys: string[] = [];
  private channels: number[] = [];
  private counts = new Float64Array(INITIAL_CAPACITY);
  /** Per id, the stamp of the feature it names (0 while free): a cheap check that an id still names a feature. */
  private stamps = new Float64Array(INITIAL_CAPACITY);
  private readonly free: number[] = [];
  /** Set when a decay dropped counts: the clusterer then sweeps ids that nothing holds any more. */
  sweepDue = false;

  /** Restores a table from a snapshot, or starts empty. */
  constructor(snapshot?: FrequencySnapshot) {
    if (!snapshot) return;
    this.documents = snapshot.documents;
    this.sinceDecay = snapshot.sinceDecay;
    for (const [name, entries] of Object.entries(snapshot.counts)) {
      const channel = CHANNELS.indexOf(name as Channel);
      if (channel < 0) continue;
      for (const [key, count] of entries) this.counts[this.intern(channel, key)] = count;
    }
  }

  /** Returns the id of a feature of a channel (by index in CHANNELS), creating it with no count when new. */
  intern(channel: number, key: string): number {
    const known = this.byKey[channel] as Map<string, number>;
    const id = known.get(key);
    if (id !== undefined) return id;
    const created = this.free.pop() ?? this.keys.length;
    if (created >= this.counts.length) {
      const grown = new Float64Array(this.counts.length * 2);
      grown.set(this.counts);
      this.counts = grown;
      const stamps = new Float64Array(grown.length);
      stamps.set(this.stamps);
      this.stamps = stamps;
    }
    this.keys[created] = key;
    this.channels[created] = channel;
    this.counts[created] = 0;
    this.stamps[created] = nextStamp++;
    known.set(key, created);
    return created;
  }

  /** Returns the id of a feature if it is known, else -1 (for lookups that must not grow the table). */
  find(channel: number, key: string): number {
    return this.byKey[channel]?.get(key) ?? -1;
  }

  /** Tells whether an id currently names the feature (channel, key); ids of forgotten features are reused. */
  holds(id: number, channel: number, key: string): boolean {
    return this.keys[id] === key && this.channels[id] === channel;
  }

  /**
   * Returns the stamp of the feature an id names now: it changes whenever the id is freed or reused, and no two
   * features of any table share one, so an (id, stamp) pair kept from earlier still names its feature while equal.
   */
  stamp(id: number): number {
    return this.stamps[id] as number;
  }

  /** Returns the key of an id. */
  key(id: number): string {
    return this.keys[id] as string;
  }

  /** Counts one document's feature (call once per distinct feature) and returns its new inverse-frequency weight. */
  observe(id: number): number {
    const count = (this.counts[id] as number) + 1;
    this.counts[id] = count;
    return Math.log((this.documents + 1) / (count + 1)) + 1;
  }

  /** Counts the document itself, after its features were observed. */
  documentDone(): void {
    this.documents++;
    if (++this.sinceDecay >= FREQUENCY_DECAY_EVERY) this.decay();
  }

  /** Returns how many documents (decayed) have held a feature. */
  count(id: number): number {
    return this.counts[id] as number;
  }

  /** Returns the smoothed inverse document frequency of a feature (≥ 1, so no feature weighs zero). */
  weight(id: number): number {
    return Math.log((this.documents + 1) / ((this.counts[id] as number) + 1)) + 1;
  }

  /** Returns the number of ids in use or free (the bound of a marks array for `sweep`). */
  capacity(): number {
    return this.keys.length;
  }

  /** Frees the ids with no count that `held` does not mark (1): their strings go, and their slots are reused. */
  sweep(held: Uint8Array): void {
    this.sweepDue = false;
    for (let id = 0; id < this.keys.length; id++) {
      if (this.counts[id] !== 0 || held[id] === 1 || this.keys[id] === undefined) continue;
      this.byKey[this.channels[id] as number]?.delete(this.keys[id] as string);
      (this.keys as (string | undefined)[])[id] = undefined;
      this.stamps[id] = 0;
      this.free.push(id);
    }
  }

  /** Returns the JSON-serialisable state. */
  snapshot(): FrequencySnapshot {
    const counts: Record<string, [string, number][]> = Object.fromEntries(CHANNELS.map((channel) => [channel, []]));
    for (let id = 0; id < this.keys.length; id++) {
      const count = this.counts[id] as number;
      if (count > 0) counts[CHANNELS[this.channels[id] as number] as Channel]?.push([this.keys[id] as string, count]);
    }
    return { documents: this.documents, sinceDecay: this.sinceDecay, counts };
  }

  /** Halves every count and forgets features that fall below one: old vocabulary fades out of the table. */
  private decay(): void {
    this.sinceDecay = 0;
    this.documents /= 2;
    for (let id = 0; id < this.keys.length; id++) {
      const count = this.counts[id] as number;
      this.counts[id] = count < 2 ? 0 : count / 2;
    }
    this.sweepDue = true;
  }
}
