/** A story inside the clusterer: running centroids, article ids, and the vectors of its latest articles only. */
import type { Freshness } from '../../domain/story.js';
import { toIso } from '../../shared/time.js';
import { MAX_STORY_FEATURES, RECENT_MEMBERS } from './cluster-settings.js';
import type { FeatureTable } from './feature-table.js';
import { CHANNEL_BOUNDS, markMember, memberFromSnapshot, memberToSnapshot, type Member } from './member.js';
import { keepStrongest, norm, type SparseVector } from './sparse-vector.js';
import { CHANNELS, type Channel, type StorySnapshot, type StoryState } from './types.js';

/** A channel's centroid: the sum of member unit vectors (strongest features only), its squared length and length. */
export interface Centroid {
  sum: SparseVector;
  squared: number;
  length: number;
}

function addEntry(centroid: Centroid, key: number, value: number): void {
  const before = centroid.sum.get(key) ?? 0;
  const after = before + value;
  // The squared length is kept up to date entry by entry: recomputing it would cost the whole centroid per article.
  centroid.squared += after * after - before * before;
  if (Math.abs(after) < 1e-9) centroid.sum.delete(key);
  else centroid.sum.set(key, after);
}

/** Adds a member's channel (by index in CHANNELS) to a centroid. */
function addMemberChannel(centroid: Centroid, member: Member, channel: number): void {
  const { ids, weights } = member;
  const end = ids[channel + 1] as number;
  for (let index = ids[channel] as number; index < end; index++)
    addEntry(centroid, ids[CHANNEL_BOUNDS + index] as number, weights[index] as number);
  settleCentroid(centroid);
}

function addToCentroid(centroid: Centroid, vector: ReadonlyMap<number, number>): void {
  for (const [key, value] of vector) addEntry(centroid, key, value);
  settleCentroid(centroid);
}

function settleCentroid(centroid: Centroid): void {
  // Pruning at twice the limit keeps sorting rare while the centroid, and so the cost of a comparison, stays bounded.
  if (centroid.sum.size > MAX_STORY_FEATURES * 2) {
    centroid.sum = keepStrongest(centroid.sum, MAX_STORY_FEATURES);
    centroid.squared = norm(centroid.sum) ** 2;
  }
  centroid.length = Math.sqrt(Math.max(0, centroid.squared));
}

/** Where the index keeps filed stories' first and last article times by slot, which lookup reads without touching stories. */
export interface SlotTimes {
  setTimes(slot: number, first: number, last: number): void;
}

function emptyCentroids(): Record<Channel, Centroid> {
  return Object.fromEntries(CHANNELS.map((channel) => [channel, { sum: new Map(), squared: 0, length: 0 }])) as Record<Channel, Centroid>;
}

/** One story: centroids per channel, every article id, the latest members' vectors, outlets and languages. */
export class StoryRecord {
  readonly articleIds: string[] = [];
  /** The latest RECENT_MEMBERS members, oldest first. */
  readonly recent: Member[] = [];
  readonly centroids = emptyCentroids();
  vectorSum: number[] | null = null;
  title = '';
  firstTime = Number.POSITIVE_INFINITY;
  lastTime = Number.NEGATIVE_INFINITY;
  readonly languages = new Set<string>();
  /** Event kinds its articles' headlines declare (bits of EVENT_KIND). */
  kinds = 0;
  readonly sources = new Map<string, number>();
  /** Feature ids this story is filed under in the posting lists, so eviction can unfile it. */
  readonly filedUnder = new Set<number>();
  /** The story's slot in the index's posting lists while it is filed there, else -1. */
  slot = -1;
  /** The index's time table while the story is filed, kept up to date with firstTime and lastTime. */
  slotTimes: SlotTimes | null = null;
  /** Counts changes to the centroids, so that what is derived from them (lookup features) can be reused until the next. */
  version = 0;

  /** Starts an empty story with its id. */
  constructor(readonly id: string) {}

  /** Counts the story's articles. */
  get size(): number {
    return this.articleIds.length;
  }

  /** Tells whether every member's vectors are still held (so members can be taken out exactly). */
  get complete(): boolean {
    return this.recent.length === this.articleIds.length;
  }

  /** Adds an article and updates the centroids. */
  add(member: Member): void {
    if (this.articleIds.length === 0) this.title = member.title;
    this.articleIds.push(member.id);
    this.recent.push(member);
    if (this.recent.length > RECENT_MEMBERS) this.recent.shift();
    this.version++;
    CHANNELS.forEach((channel, index) => addMemberChannel(this.centroids[channel], member, index));
    if (member.vector) this.addVector(member.vector);
    this.firstTime = Math.min(this.firstTime, member.time);
    this.lastTime = Math.max(this.lastTime, member.time);
    this.timesChanged();
    this.languages.add(member.language);
    this.kinds |= member.kinds;
    if (member.source) this.sources.set(member.source, (this.sources.get(member.source) ?? 0) + 1);
    if (!this.complete) this.trimEmbeddings();
  }

  /**
   * Drops the embeddings of the held members once the story is no longer complete: only complete stories are
   * split or have members taken out (which re-add members' embeddings), and the sum keeps every article's share.
   * An embedding is hundreds of numbers, the largest thing a member holds.
   */
  private trimEmbeddings(): void {
    for (const member of this.recent) member.vector = null;
  }

  private addVector(vector: readonly number[]): void {
    this.vectorSum ??= new Array<number>(vector.length).fill(0);
    if (this.vectorSum.length !== vector.length) return;
    for (let index = 0; index < vector.length; index++)
      this.vectorSum[index] = (this.vectorSum[index] as number) + (vector[index] as number);
  }

  /** Takes an article out and rebuilds from the remaining members; only a complete story can do this exactly. */
  remove(articleId: string): Member | null {
    const index = this.recent.findIndex((member) => member.id === articleId);
    if (!this.complete || index < 0) return null;
    const [removed] = this.recent.splice(index, 1);
    const rest = this.recent.splice(0);
    this.reset();
    for (const member of rest) this.add(member);
    return removed ?? null;
  }

  /** Copies the times into the index's table, which candidate lookup filters by. */
  timesChanged(): void {
    this.slotTimes?.setTimes(this.slot, this.firstTime, this.lastTime);
  }

  private reset(): void {
    this.version++;
    this.articleIds.length = 0;
    for (const channel of CHANNELS) this.centroids[channel] = { sum: new Map(), squared: 0, length: 0 };
    this.vectorSum = null;
    this.firstTime = Number.POSITIVE_INFINITY;
    this.lastTime = Number.NEGATIVE_INFINITY;
    this.timesChanged();
    this.languages.clear();
    this.kinds = 0;
    this.sources.clear();
  }

  /** Absorbs another story: its sums, ids, outlets and languages; the latest members of both are kept. */
  absorb(other: StoryRecord): void {
    this.version++;
    for (const channel of CHANNELS) addToCentroid(this.centroids[channel], other.centroids[channel].sum);
    if (other.vectorSum) this.addVector(other.vectorSum);
    this.articleIds.push(...other.articleIds);
    const recent = [...this.recent, ...other.recent].sort((a, b) => a.time - b.time).slice(-RECENT_MEMBERS);
    this.recent.splice(0, this.recent.length, ...recent);
    if (!this.complete) this.trimEmbeddings();
    this.firstTime = Math.min(this.firstTime, other.firstTime);
    this.lastTime = Math.max(this.lastTime, other.lastTime);
    this.timesChanged();
    for (const language of other.languages) this.languages.add(language);
    this.kinds |= other.kinds;
    for (const [source, count] of other.sources) this.sources.set(source, (this.sources.get(source) ?? 0) + count);
  }

  /** Describes the story for callers; freshness is judged at `now` (ms). */
  toState(now: number, staleAfterMs: number): StoryState {
    const freshness: Freshness = now - this.lastTime > staleAfterMs ? 'stale' : 'developing';
    return {
      id: this.id,
      title: this.title,
      firstSeen: toIso(new Date(this.firstTime)),
      lastUpdated: toIso(new Date(this.lastTime)),
      articleIds: [...this.articleIds],
      articleCount: this.articleIds.length,
      outletCount: this.sources.size,
      outlets: [...this.sources.keys()],
      languages: [...this.languages].sort(),
      freshness,
    };
  }

  /** Marks (1) in `held` every feature id the story holds, so that the feature table's sweep keeps them. */
  markHeld(held: Uint8Array): void {
    for (const channel of CHANNELS) for (const id of this.centroids[channel].sum.keys()) held[id] = 1;
    for (const id of this.filedUnder) held[id] = 1;
    for (const member of this.recent) markMember(member, held);
  }

  /** Returns the JSON-serialisable form, feature ids turned back into their keys. */
  toSnapshot(table: FeatureTable): StorySnapshot {
    return {
      id: this.id,
      title: this.title,
      articleIds: [...this.articleIds],
      firstTime: this.firstTime,
      lastTime: this.lastTime,
      languages: [...this.languages],
      sources: [...this.sources],
      centroids: Object.fromEntries(
        CHANNELS.map((channel) => [channel, Array.from(this.centroids[channel].sum, ([id, weight]) => [table.key(id), weight])]),
      ) as StorySnapshot['centroids'],
      vectorSum: this.vectorSum ? [...this.vectorSum] : null,
      kinds: this.kinds,
      recent: this.recent.map((member) => memberToSnapshot(member, table)),
    };
  }

  /** Restores a story from its snapshot, interning its features in the table. */
  static fromSnapshot(snapshot: StorySnapshot, table: FeatureTable): StoryRecord {
    const story = new StoryRecord(snapshot.id);
    story.title = snapshot.title;
    story.articleIds.push(...snapshot.articleIds);
    story.recent.push(...snapshot.recent.map((member) => memberFromSnapshot(member, table)));
    CHANNELS.forEach((channel, index) => {
      const sum = new Map((snapshot.centroids[channel] ?? []).map(([key, weight]) => [table.intern(index, key), weight]));
      const length = norm(sum);
      story.centroids[channel] = { sum, squared: length * length, length };
    });
    story.vectorSum = snapshot.vectorSum ? [...snapshot.vectorSum] : null;
    story.firstTime = snapshot.firstTime;
    story.lastTime = snapshot.lastTime;
    for (const language of snapshot.languages) story.languages.add(language);
    story.kinds = snapshot.kinds ?? story.recent.reduce((kinds, member) => kinds | member.kinds, 0);
    for (const [source, count] of snapshot.sources) story.sources.set(source, count);
    return story;
  }
}
