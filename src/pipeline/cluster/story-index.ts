/** The active stories: filed under their features for candidate lookup, and evicted once outside the window. */
import {
  LOOKUP_FEATURES,
  MAX_CANDIDATES,
  MAX_FILED_FEATURES,
  MAX_POSTING_STORIES,
  MIN_CANDIDATE_SHARE,
  MIN_VECTOR_CANDIDATE_COSINE,
  VECTOR_CANDIDATES,
  VECTOR_SCAN_STORIES,
} from './cluster-settings.js';
import { lookupFeatures, type Member } from './member.js';
import { denseCosine, forStrongest, type CompactVector } from './sparse-vector.js';
import { heaviestFirst, SLOT_FIRST, SLOT_GENERATION, SLOT_LAST, SLOT_ROUND, SLOT_STRIDE, SLOT_WEIGHT, SlotTable } from './slot-table.js';
import type { StoryRecord } from './story-record.js';
import { CHANNELS } from './types.js';

/**
 * The stories filed under one feature, as slots each followed by the slot's generation at filing (one array, read
 * in order). Entries are appended and left in place when a story leaves (its slot's generation moves on), so
 * unfiling costs no search; stale entries are dropped once they outnumber live ones.
 */
interface Posting {
  entries: number[];
  live: number;
}

/** Lookup features last derived per story, with the story's version then: repair asks for them several times per story. */
const derived = new WeakMap<StoryRecord, { version: number; features: CompactVector }>();

/** Returns a story's strongest centroid features per channel, as lookup features (shared: read only). */
function centroidFeatures(story: StoryRecord): CompactVector {
  const known = derived.get(story);
  if (known && known.version === story.version) return known.features;
  const features = deriveCentroidFeatures(story);
  derived.set(story, { version: story.version, features });
  return features;
}

function deriveCentroidFeatures(story: StoryRecord): CompactVector {
  const ids: number[] = [];
  const weights: number[] = [];
  for (const channel of CHANNELS) {
    const centroid = story.centroids[channel];
    const limit = channel === 'terms' ? LOOKUP_FEATURES : LOOKUP_FEATURES / 2;
    forStrongest(centroid.sum, limit, (weight, feature) => {
      ids.push(feature);
      weights.push(weight / (centroid.length || 1));
    });
  }
  return { ids: Int32Array.from(ids), weights: Float64Array.from(weights) };
}

/** Active stories in order of last update, with posting lists from feature id to stories. */
export class StoryIndex {
  /** Insertion order is update order (re-inserted on each update), so the front holds the stalest stories. */
  private readonly stories = new Map<string, StoryRecord>();
  /**
   * Posting lists by feature id. Feature ids are small and reused (see FeatureTable), so an array indexed by id,
   * grown one entry at a time to stay packed, answers without hashing: lookups run ~40 times per article.
   */
  private readonly postings: (Posting | undefined)[] = [];
  /**
   * Filed stories by slot, with each slot's generation, times and lookup scratch in one typed table: candidate
   * lookup walks posting lists of slots and touches only that table, not story objects scattered over the heap.
   */
  private readonly slotStories: (StoryRecord | undefined)[] = [];
  private readonly slots = new SlotTable();
  private readonly freeSlots: number[] = [];
  /** Slots met by the latest lookup (scratch of gather, reused). */
  private found: number[] = [];
  private round = 0;
  /** The latest updated stories that carry embeddings, oldest first (see VECTOR_SCAN_STORIES). */
  private readonly withVectors: StoryRecord[] = [];

  /** Returns an active story by id. */
  get(id: string): StoryRecord | undefined {
    return this.stories.get(id);
  }

  /** Lists the active stories, stalest first. */
  all(): StoryRecord[] {
    return [...this.stories.values()];
  }

  /** Counts the active stories. */
  size(): number {
    return this.stories.size;
  }

  /** Marks (1) in `held` every feature id an active story holds. */
  markHeld(held: Uint8Array): void {
    for (const story of this.stories.values()) story.markHeld(held);
  }

  private slotFor(story: StoryRecord): number {
    if (story.slot >= 0) return story.slot;
    const slot = this.freeSlots.pop() ?? this.slotStories.length;
    this.slots.reserve(slot);
    this.slotStories[slot] = story;
    story.slot = slot;
    story.slotTimes = this.slots;
    story.timesChanged();
    return slot;
  }

  private file(story: StoryRecord, feature: number): void {
    const filed = story.filedUnder;
    if (filed.has(feature) || filed.size >= MAX_FILED_FEATURES) return;
    filed.add(feature);
    const slot = this.slotFor(story);
    while (this.postings.length <= feature) this.postings.push(undefined);
    let posting = this.postings[feature];
    if (!posting) this.postings[feature] = posting = { entries: [], live: 0 };
    posting.entries.push(slot, this.slots.generation(slot));
    posting.live++;
  }

  private dropStale(posting: Posting): void {
    const { entries } = posting;
    let kept = 0;
    for (let index = 0; index < entries.length; index += 2) {
      const slot = entries[index] as number;
      const generation = entries[index + 1] as number;
      if (generation !== this.slots.generation(slot)) continue;
      entries[kept++] = slot;
      entries[kept++] = generation;
    }
    entries.length = kept;
  }

  /** Files a story (new or just updated) under a member's lookup features and marks it freshest. */
  touch(story: StoryRecord, member: Member): void {
    this.stories.delete(story.id);
    this.stories.set(story.id, story);
    if (story.vectorSum) this.noteVector(story);
    const { ids, count } = lookupFeatures(member);
    for (let index = 0; index < count; index++) this.file(story, ids[index] as number);
  }

  private noteVector(story: StoryRecord): void {
    const at = this.withVectors.indexOf(story);
    if (at >= 0) this.withVectors.splice(at, 1);
    this.withVectors.push(story);
    if (this.withVectors.length > VECTOR_SCAN_STORIES) this.withVectors.shift();
  }

  /** Returns the recent stories whose embeddings are closest to the article's, inside [from, to] in time. */
  private nearestByVector(vector: readonly number[], from: number, to: number, exclude: readonly StoryRecord[]): StoryRecord[] {
    const scored: { story: StoryRecord; cosine: number }[] = [];
    for (const story of this.withVectors) {
      if (!story.vectorSum || story.lastTime < from || story.firstTime > to || exclude.includes(story)) continue;
      const cosine = denseCosine(vector, story.vectorSum);
      if (cosine >= MIN_VECTOR_CANDIDATE_COSINE) scored.push({ story, cosine });
    }
    return scored
      .sort((a, b) => b.cosine - a.cosine)
      .slice(0, VECTOR_CANDIDATES)
      .map(({ story }) => story);
  }

  /** Removes a story from the index and its posting lists. */
  remove(story: StoryRecord): void {
    this.stories.delete(story.id);
    if (story.vectorSum) {
      const at = this.withVectors.indexOf(story);
      if (at >= 0) this.withVectors.splice(at, 1);
    }
    if (story.slot >= 0) {
      // First: the story's entries are stale from here on, so dropStale below leaves them out.
      this.slots.retire(story.slot);
      this.slotStories[story.slot] = undefined;
      this.freeSlots.push(story.slot);
      story.slot = -1;
      story.slotTimes = null;
    }
    for (const feature of story.filedUnder) {
      const posting = this.postings[feature];
      if (!posting) continue;
      if (--posting.live === 0) this.postings[feature] = undefined;
      else if (posting.entries.length > 2 * (2 * posting.live + 8)) this.dropStale(posting);
    }
    story.filedUnder.clear();
  }

  /** Files a story afresh under its centroids' strongest features (after repair changed it, or on restore). */
  refile(story: StoryRecord): void {
    this.remove(story);
    this.stories.set(story.id, story);
    if (story.vectorSum) this.noteVector(story);
    const { ids } = centroidFeatures(story);
    for (let index = 0; index < ids.length; index++) this.file(story, ids[index] as number);
  }

  /**
   * Returns the stories sharing the most feature weight with the given features, inside [from, to] in time.
   * Features filed under very many stories are skipped: they name a field, not an event.
   */
  private gather(features: CompactVector, count: number, from: number, to: number, exclude: StoryRecord | null): StoryRecord[] {
    // A round counter per slot replaces a per-call map: lookups run once per article, so this is the hot path.
    const round = ++this.round;
    const { slotStories } = this;
    const table = this.slots.data;
    const excluded = exclude ? exclude.slot : -1;
    const found = this.found;
    found.length = 0;
    for (let feature = 0; feature < count; feature++) {
      const posting = this.postings[features.ids[feature] as number];
      if (!posting || posting.live > MAX_POSTING_STORIES) continue;
      const weight = features.weights[feature] as number;
      const { entries } = posting;
      for (let index = 0; index < entries.length; index += 2) {
        const slot = entries[index] as number;
        const at = slot * SLOT_STRIDE;
        if (entries[index + 1] !== table[at + SLOT_GENERATION]) continue;
        if (table[at + SLOT_ROUND] !== round) {
          if ((table[at + SLOT_LAST] as number) < from || (table[at + SLOT_FIRST] as number) > to || slot === excluded) continue;
          table[at + SLOT_ROUND] = round;
          table[at + SLOT_WEIGHT] = 0;
          found.push(slot);
        }
        table[at + SLOT_WEIGHT] = (table[at + SLOT_WEIGHT] as number) + weight;
      }
    }
    let best = 0;
    for (let index = 0; index < found.length; index++)
      best = Math.max(best, table[(found[index] as number) * SLOT_STRIDE + SLOT_WEIGHT] as number);
    // Stories that share only a word or two with the article cannot pass the join threshold; skip scoring them.
    const floor = best * MIN_CANDIDATE_SHARE;
    let close = 0;
    for (let index = 0; index < found.length; index++) {
      const slot = found[index] as number;
      if ((table[slot * SLOT_STRIDE + SLOT_WEIGHT] as number) >= floor) found[close++] = slot;
    }
    found.length = close;
    if (close > MAX_CANDIDATES) heaviestFirst(found, close, MAX_CANDIDATES, table);
    const kept: StoryRecord[] = [];
    for (let index = 0; index < Math.min(close, MAX_CANDIDATES); index++) kept.push(slotStories[found[index] as number] as StoryRecord);
    if (found.length > 4096) this.found = [];
    return kept;
  }

  /** Returns the stories an article most likely belongs to, inside [from, to] in time: by shared features, then by embedding. */
  candidates(member: Member, from: number, to: number): StoryRecord[] {
    const lookup = lookupFeatures(member);
    const found = this.gather(lookup, lookup.count, from, to, null);
    return member.vector ? found.concat(this.nearestByVector(member.vector, from, to, found)) : found;
  }

  /** Returns the stories closest to a story by its centroids' strongest features (repair's merge candidates). */
  neighbours(story: StoryRecord, from: number, to: number): StoryRecord[] {
    const features = centroidFeatures(story);
    return this.gather(features, features.ids.length, from, to, story);
  }

  /** Evicts stories whose last article is older than `before` (ms); returns their ids. */
  evictBefore(before: number): string[] {
    const evicted: string[] = [];
    for (const story of this.stories.values()) {
      // Stories arrive roughly in date order, so the first one still inside the window ends the scan.
      if (story.lastTime >= before) break;
      this.remove(story);
      evicted.push(story.id);
    }
    return evicted;
  }
}
