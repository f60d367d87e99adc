/** The online clusterer: each article joins the best active story or starts one, with no re-run over history. */
import { stableId } from '../../shared/hash.js';
import {
  ANCHOR_NAMES,
  DEFAULT_FADE_DAYS,
  DEFAULT_GRACE_DAYS,
  DEFAULT_JOIN_THRESHOLD,
  DEFAULT_MERGE_THRESHOLD,
  DEFAULT_SPLIT_THRESHOLD,
  DEFAULT_STALE_AFTER_HOURS,
  DEFAULT_WINDOW_DAYS,
} from './cluster-settings.js';
import { sharesAnchors } from './anchors.js';
import { kindFactor } from './event-kinds.js';
import { FeatureTable } from './feature-table.js';
import { weighDocument, type Member } from './member.js';
import { repairStories, type RepairContext } from './repair.js';
import { scoreMember } from './similarity.js';
import { StoryIndex } from './story-index.js';
import { StoryRecord } from './story-record.js';
import type { PreparedDocument } from './codebook.js';
import type { AddResult, ClusterOptions, ClusterSnapshot, RepairChange, StoryState } from './types.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** A redirect chain is as long as the merges it went through; the bound only guards against a corrupt snapshot. */
const MAX_REDIRECT_HOPS = 64;

/** An online clusterer over a time window of active stories. */
export interface Clusterer {
  /** Places an article in a story (joining or starting one) and returns where it went. */
  add(document: PreparedDocument): AddResult;
  /** Follows merge redirects to the id a story lives on under. */
  resolve(storyId: string): string;
  /** Returns one active story (redirects followed), or null once it left the window. */
  story(storyId: string): StoryState | null;
  /** Lists the active stories, freshest first; freshness is judged at `now` (default: the newest article's time). */
  stories(now?: string): StoryState[];
  /** Moves misfit articles, splits and merges stories among those changed since the last repair. */
  repair(): RepairChange[];
  /** Returns the JSON-serialisable state: active stories only, so its size follows the window, not history. */
  snapshot(): ClusterSnapshot;
}

interface Settings {
  joinThreshold: number;
  mergeThreshold: number;
  splitThreshold: number;
  windowMs: number;
  staleAfterMs: number;
  graceMs: number;
  fadeMs: number;
}

function settle(options: ClusterOptions): Settings {
  return {
    joinThreshold: options.joinThreshold ?? DEFAULT_JOIN_THRESHOLD,
    mergeThreshold: options.mergeThreshold ?? DEFAULT_MERGE_THRESHOLD,
    splitThreshold: options.splitThreshold ?? DEFAULT_SPLIT_THRESHOLD,
    windowMs: (options.windowDays ?? DEFAULT_WINDOW_DAYS) * DAY_MS,
    staleAfterMs: (options.staleAfterHours ?? DEFAULT_STALE_AFTER_HOURS) * HOUR_MS,
    graceMs: (options.graceDays ?? DEFAULT_GRACE_DAYS) * DAY_MS,
    fadeMs: (options.fadeDays ?? DEFAULT_FADE_DAYS) * DAY_MS,
  };
}

class OnlineClusterer implements Clusterer {
  private readonly settings: Settings;
  private readonly features: FeatureTable;
  private readonly index = new StoryIndex();
  private readonly redirects: Map<string, string>;
  /** Stories changed since the last repair, by id so that eviction can drop them cheaply. */
  private readonly dirty = new Map<string, StoryRecord>();
  private newest: number | null;
  private sequence: number;

  constructor(options: ClusterOptions, snapshot?: ClusterSnapshot) {
    this.settings = settle(options);
    this.features = new FeatureTable(snapshot?.frequency);
    this.redirects = new Map(snapshot?.redirects ?? []);
    this.newest = snapshot?.newest ?? null;
    this.sequence = snapshot?.sequence ?? 0;
    for (const stored of snapshot?.stories ?? []) this.index.refile(StoryRecord.fromSnapshot(stored, this.features));
  }

  add(document: PreparedDocument): AddResult {
    const parsed = document.published ? Date.parse(document.published) : Number.NaN;
    // An undated article is taken to arrive now, as far as the stream goes.
    const time = Number.isNaN(parsed) ? (this.newest ?? 0) : parsed;
    this.newest = Math.max(this.newest ?? time, time);
    const result = this.place(weighDocument(document, this.features, time));
    for (const id of this.index.evictBefore(this.newest - this.settings.windowMs)) this.dirty.delete(id);
    if (this.features.sweepDue) this.sweepFeatures();
    return result;
  }

  resolve(storyId: string): string {
    let current = storyId;
    for (let hops = 0; hops < MAX_REDIRECT_HOPS && this.redirects.has(current); hops++) current = this.redirects.get(current) as string;
    return current;
  }

  story(storyId: string): StoryState | null {
    return this.index.get(this.resolve(storyId))?.toState(this.now(), this.settings.staleAfterMs) ?? null;
  }

  stories(at?: string): StoryState[] {
    const moment = this.now(at);
    return this.index
      .all()
      .reverse()
      .map((story) => story.toState(moment, this.settings.staleAfterMs));
  }

  repair(): RepairChange[] {
    const changes = repairStories(this.repairContext(), [...this.dirty.values()]);
    this.dirty.clear();
    // Redirects into stories that left the window are of no more use to anyone holding the snapshot.
    for (const [from, into] of this.redirects) if (!this.index.get(this.resolve(into))) this.redirects.delete(from);
    return changes;
  }

  snapshot(): ClusterSnapshot {
    const redirects = [...this.redirects].filter(([, into]) => this.index.get(this.resolve(into)));
    const stories = this.index.all().map((story) => story.toSnapshot(this.features));
    return { version: 1, newest: this.newest, sequence: this.sequence, frequency: this.features.snapshot(), stories, redirects };
  }

  /** Frees the ids of features that decayed out of the table and that no active story holds any more. */
  private sweepFeatures(): void {
    const held = new Uint8Array(this.features.capacity());
    this.index.markHeld(held);
    this.features.sweep(held);
  }

  private now(at?: string): number {
    return at ? Date.parse(at) : (this.newest ?? Date.now());
  }

  /** Fades similarity with a time gap (ms) past the grace period: events of one kind recur, reports of one event do not wait. */
  private fade(gapMs: number): number {
    const { graceMs, fadeMs } = this.settings;
    return 1 / (1 + Math.max(0, gapMs - graceMs) / fadeMs);
  }

  /**
   * Fades an article's similarity to a story by the story's age, unless the article would join at full similarity
   * and shares the story's own names (see ANCHOR_NAMES): a report of the same event days later.
   */
  private aged(member: Member, story: StoryRecord, similarity: number): number {
    const faded = similarity * this.fade(Math.abs(member.time - story.lastTime));
    const { joinThreshold } = this.settings;
    if (faded >= joinThreshold || similarity < joinThreshold) return faded;
    return sharesAnchors(member, story, this.features, ANCHOR_NAMES) ? similarity : faded;
  }

  private newStory(seedArticleId: string): StoryRecord {
    return new StoryRecord(`st-${stableId(seedArticleId, String(this.sequence++)).slice(0, 12)}`);
  }

  private place(member: Member): AddResult {
    const { windowMs, joinThreshold } = this.settings;
    // The two best candidates, as the first two of a stable sort by score would be (ties to the earlier candidate).
    let best: StoryRecord | null = null;
    let bestScore = 0;
    let second: StoryRecord | null = null;
    let secondScore = 0;
    for (const candidate of this.index.candidates(member, member.time - windowMs, member.time + windowMs)) {
      const score = this.aged(member, candidate, scoreMember(member, candidate)) * kindFactor(member.kinds, candidate.kinds);
      if (!best || score > bestScore) {
        [second, secondScore] = [best, bestScore];
        [best, bestScore] = [candidate, score];
      } else if (!second || score > secondScore) [second, secondScore] = [candidate, score];
    }
    const joined = best && bestScore >= joinThreshold ? best : null;
    const story = joined ?? this.newStory(member.id);
    story.add(member);
    this.index.touch(story, member);
    this.dirty.set(story.id, story);
    const [runner, runnerScore] = joined ? [second, secondScore] : [best, bestScore];
    return {
      storyId: story.id,
      created: !joined,
      similarity: joined ? bestScore : 0,
      runnerUp: runner ? { storyId: runner.id, similarity: runnerScore } : null,
    };
  }

  private repairContext(): RepairContext {
    const { joinThreshold, mergeThreshold, splitThreshold, windowMs } = this.settings;
    return {
      index: this.index,
      joinThreshold,
      mergeThreshold,
      splitThreshold,
      windowMs,
      fade: (gapMs) => this.fade(gapMs),
      newStory: (seed) => this.newStory(seed),
      redirect: (from, into) => this.redirects.set(from, into),
    };
  }
}

/** Creates a clusterer, empty or restored from a snapshot. */
export function createClusterer(options: ClusterOptions = {}, snapshot?: ClusterSnapshot): Clusterer {
  return new OnlineClusterer(options, snapshot);
}
