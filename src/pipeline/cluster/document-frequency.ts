/** Document frequencies learnt online per channel, decayed now and then so that the vocabulary stays bounded and current. */
import { FREQUENCY_DECAY_EVERY } from './cluster-settings.js';

/** Serialisable state: documents seen (decayed) and per-channel feature counts. */
export interface FrequencySnapshot {
  documents: number;
  sinceDecay: number;
  counts: Record<string, [string, number][]>;
}

/** Online document-frequency table with inverse-frequency weights; one count map per channel. */
export class DocumentFrequency {
  private documents = 0;
  private sinceDecay = 0;
  private readonly counts = new Map<string, Map<string, number>>();

  /** Restores a table from a snapshot, or starts empty. */
  constructor(snapshot?: FrequencySnapshot) {
    if (!snapshot) return;
    this.documents = snapshot.documents;
    this.sinceDecay = snapshot.sinceDecay;
    for (const [channel, entries] of Object.entries(snapshot.counts)) this.counts.set(channel, new Map(entries));
  }

  private channel(name: string): Map<string, number> {
    let counts = this.counts.get(name);
    if (!counts) this.counts.set(name, (counts = new Map()));
    return counts;
  }

  /** Counts one document's distinct features of one channel (call once per channel, then `documentDone`). */
  observe(channel: string, features: Iterable<string>): void {
    const counts = this.channel(channel);
    for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  }

  /** Counts the document itself, after its channels were observed. */
  documentDone(): void {
    this.documents++;
    if (++this.sinceDecay >= FREQUENCY_DECAY_EVERY) this.decay();
  }

  /** Returns the smoothed inverse document frequency of a feature (≥ 1, so no feature weighs zero). */
  weight(channel: string, feature: string): number {
    return Math.log((this.documents + 1) / ((this.counts.get(channel)?.get(feature) ?? 0) + 1)) + 1;
  }

  /** Returns the number of documents seen (after decay). */
  size(): number {
    return this.documents;
  }

  /** Returns the JSON-serialisable state. */
  snapshot(): FrequencySnapshot {
    return {
      documents: this.documents,
      sinceDecay: this.sinceDecay,
      counts: Object.fromEntries([...this.counts].map(([channel, counts]) => [channel, [...counts]])),
    };
  }

  /** Halves every count and forgets features that fall below one: old vocabulary fades out of the table. */
  private decay(): void {
    this.sinceDecay = 0;
    this.documents /= 2;
    for (const counts of this.counts.values()) {
      for (const [key, count] of counts) {
        if (count < 2) counts.delete(key);
        else counts.set(key, count / 2);
      }
    }
  }
}
