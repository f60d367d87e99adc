/** Storage port for stories, their articles, labels, briefs, and the pipeline's persisted state. */
import type { Brief } from '../domain/brief.js';
import type { Label, Story, StorySubject } from '../domain/story.js';
import type { ArticleWithSource } from './article-view.js';

/** A story as the story job writes it after clustering and labelling. */
/** Article and outlet counts are recounted by the store from memberships (copies included). */
export interface StoryWrite {
  id: string;
  title: string;
  firstSeen: string;
  lastUpdated: string;
  articleIds: string[];
  outletCount: number;
  languages: string[];
  labels: Label[];
  /** The companies, products and bodies its headlines name (see headlineSubjects); none if omitted. */
  subjects?: StorySubject[];
}

/** An article's place in a story; duplicateOf names the article it copies (syndication, new URL). */
export interface StoryMembership {
  articleId: string;
  storyId: string;
  duplicateOf: string | null;
}

/** A change to story identity, recorded so absorbed ids keep resolving. */
export type StoryChange =
  { kind: 'merge'; from: string; into: string; note: string } | { kind: 'move'; articleId: string; from: string; to: string; note: string };

/** Everything one story-update pass writes, committed in one transaction. */
export interface StoryUpdate {
  at: string;
  memberships: StoryMembership[];
  stories: StoryWrite[];
  changes: StoryChange[];
  /** Opaque pipeline state (cluster and dedupe snapshots) saved with the stories it produced. */
  state: Record<string, unknown>;
}

export interface StoryQuery {
  limit: number;
  offset?: number;
  board?: string;
  tag?: string;
  region?: string;
  language?: string;
  outlet?: string;
}

export interface StoredBrief {
  version: number;
  createdAt: string;
  engine: string;
  groundedShare: number | null;
  brief: Brief;
}

/** Which outlets covered a story, and when its newest article was collected (for cards). */
export interface StoryCoverage {
  storyId: string;
  /** Outlets by number of reports of their own, most first; `copies` of their `articles` are syndicated copies of another's report. */
  outlets: { sourceId: string; name: string; homepage: string | null; region: string | null; articles: number; copies: number }[];
  lastCollectedAt: string | null;
}

/** Articles and stories of one UTC day. */
export interface DailyVolume {
  /** "2026-11-18". */
  day: string;
  articles: number;
  stories: number;
}

export interface StoryStore {
  /** Applies one story-update pass atomically. */
  applyUpdate(update: StoryUpdate): Promise<void>;
  /**
   * Replaces a live story's labels and subjects (after the taxonomy changed) when they differ from the stored ones;
   * the story then needs a new brief. Returns whether they differed.
   */
  relabel(storyId: string, labels: Label[], subjects: StorySubject[], at: string): Promise<boolean>;
  /** Reads a persisted pipeline state entry. */
  loadState(key: string): Promise<unknown>;
  /** Returns the story, following merge redirects; `redirectedFrom` is set when the id was absorbed. */
  get(id: string): Promise<(Story & { redirectedFrom: string | null }) | null>;
  /** Stories newest first, filtered by labels, language or outlet. */
  list(query: StoryQuery): Promise<Story[]>;
  count(query: Omit<StoryQuery, 'limit' | 'offset'>): Promise<number>;
  /** Articles of a story with their duplicate links, oldest first. */
  articles(storyId: string): Promise<(ArticleWithSource & { duplicateOf: string | null })[]>;
  /** Articles that have text and belong to no story yet, oldest first. */
  listUnclustered(limit: number): Promise<ArticleWithSource[]>;
  /** Ids of live stories changed since their latest brief was composed (or with none), oldest change first. */
  listNeedingBrief(limit: number): Promise<string[]>;
  /** Saves a brief as the next version unless it equals the latest (which then counts as composed at `at`); returns the stored version. */
  saveBrief(storyId: string, brief: Brief, groundedShare: number | null, at: string): Promise<number>;
  /** The latest brief, or a given version. */
  brief(storyId: string, version?: number): Promise<StoredBrief | null>;
  /** Versions of a story's brief, newest first, without bodies. */
  briefVersions(storyId: string): Promise<Omit<StoredBrief, 'brief'>[]>;
  /** The companies, products and bodies the story's headlines name, most named first. */
  subjects(storyId: string): Promise<StorySubject[]>;
  /** Live stories sharing the most subjects (companies, products, bodies its headlines name), labels or outlets with the given one, best first. */
  related(storyId: string, limit: number): Promise<Story[]>;
  /** Full-text search: stories whose title, labels or latest brief match first, then those whose articles match (Chinese by bigrams). */
  search(text: string, limit: number): Promise<Story[]>;
  /** Outlets and newest collection time of each story; stories with no articles are absent. */
  coverage(storyIds: readonly string[]): Promise<Map<string, StoryCoverage>>;
  /** Articles and stories per day (by article time) for stories matching the filter, oldest day first. */
  volumeByDay(query: Omit<StoryQuery, 'limit' | 'offset'>, since: string): Promise<DailyVolume[]>;
}
