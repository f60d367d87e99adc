/** The active stories: filed under their features for candidate lookup, and evicted once outside the window. */
import { LOOKUP_FEATURES, MAX_CANDIDATES, MAX_FILED_FEATURES, MAX_POSTING_STORIES, MIN_CANDIDATE_SHARE } from './cluster-settings.js';
import { lookupFeatures, type LookupFeature, type Member } from './member.js';
import { keepStrongest } from './sparse-vector.js';
import type { StoryRecord } from './story-record.js';
import { CHANNELS, type Channel } from './types.js';

/** Returns a story's strongest centroid features per channel, as lookup features. */
function centroidFeatures(story: StoryRecord): LookupFeature[] {
  const features: LookupFeature[] = [];
  for (const channel of CHANNELS) {
    const centroid = story.centroids[channel];
    const limit = channel === 'terms' ? LOOKUP_FEATURES : LOOKUP_FEATURES / 2;
    for (const [feature, weight] of keepStrongest(centroid.sum, limit)) features.push([channel, feature, weight / (centroid.length || 1)]);
  }
  return features;
}

/** Active stories in order of last update, with posting lists per channel from feature to stories. */
export class StoryIndex {
  /** Insertion order is update order (re-inserted on each update), so the front holds the stalest stories. */
  private readonly stories = new Map<string, StoryRecord>();
  private readonly postings = Object.fromEntries(CHANNELS.map((channel) => [channel, new Map()])) as Record<
    Channel,
    Map<string, Set<StoryRecord>>
  >;
  private round = 0;

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

  private file(story: StoryRecord, channel: Channel, feature: string): void {
    const filed = story.filedUnder[channel];
    if (filed.has(feature) || story.filedCount >= MAX_FILED_FEATURES) return;
    filed.add(feature);
    story.filedCount++;
    const posting = this.postings[channel].get(feature);
    if (posting) posting.add(story);
    else this.postings[channel].set(feature, new Set([story]));
  }

  /** Files a story (new or just updated) under a member's lookup features and marks it freshest. */
  touch(story: StoryRecord, member: Member): void {
    this.stories.delete(story.id);
    this.stories.set(story.id, story);
    for (const [channel, feature] of lookupFeatures(member)) this.file(story, channel, feature);
    // The lookup was needed for this article's placement only; dropping it keeps held members small.
    delete member.lookup;
  }

  /** Removes a story from the index and its posting lists. */
  remove(story: StoryRecord): void {
    this.stories.delete(story.id);
    for (const channel of CHANNELS) {
      const postings = this.postings[channel];
      for (const feature of story.filedUnder[channel]) {
        const posting = postings.get(feature);
        posting?.delete(story);
        if (posting?.size === 0) postings.delete(feature);
      }
      story.filedUnder[channel].clear();
    }
    story.filedCount = 0;
  }

  /** Files a story afresh under its centroids' strongest features (after repair changed it, or on restore). */
  refile(story: StoryRecord): void {
    this.remove(story);
    this.stories.set(story.id, story);
    for (const [channel, feature] of centroidFeatures(story)) this.file(story, channel, feature);
  }

  /**
   * Returns the stories sharing the most feature weight with the given features, inside [from, to] in time.
   * Features filed under very many stories are skipped: they name a field, not an event.
   */
  private gather(features: Iterable<LookupFeature>, from: number, to: number, exclude: StoryRecord | null): StoryRecord[] {
    // A round counter on each story replaces a per-call map: lookups run once per article, so this is the hot path.
    const round = ++this.round;
    const found: StoryRecord[] = [];
    for (const [channel, feature, weight] of features) {
      const posting = this.postings[channel].get(feature);
      if (!posting || posting.size > MAX_POSTING_STORIES) continue;
      for (const story of posting) {
        if (story.lookupRound !== round) {
          if (story.lastTime < from || story.firstTime > to || story === exclude) continue;
          story.lookupRound = round;
          story.lookupWeight = 0;
          found.push(story);
        }
        story.lookupWeight += weight;
      }
    }
    let best = 0;
    for (const story of found) best = Math.max(best, story.lookupWeight);
    // Stories that share only a word or two with the article cannot pass the join threshold; skip scoring them.
    const close = found.filter((story) => story.lookupWeight >= best * MIN_CANDIDATE_SHARE);
    return close.length <= MAX_CANDIDATES ? close : close.sort((a, b) => b.lookupWeight - a.lookupWeight).slice(0, MAX_CANDIDATES);
  }

  /** Returns the stories an article most likely belongs to, inside [from, to] in time. */
  candidates(member: Member, from: number, to: number): StoryRecord[] {
    return this.gather(lookupFeatures(member), from, to, null);
  }

  /** Returns the stories closest to a story by its centroids' strongest features (repair's merge candidates). */
  neighbours(story: StoryRecord, from: number, to: number): StoryRecord[] {
    return this.gather(centroidFeatures(story), from, to, story);
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
