/** Shapes the cluster stage reads, returns and persists. */
import type { Freshness } from '../../domain/story.js';

/** The sparse feature channels every article and story carries. */
export const CHANNELS = ['terms', 'entities', 'places', 'names', 'quantities', 'headline'] as const;
export type Channel = (typeof CHANNELS)[number];

/** An article ready for clustering: identity, time and its features per channel. */
export interface ClusterDocument {
  id: string;
  /** UTC ISO 8601; an undated article takes the newest time the clusterer has seen. */
  published: string | null;
  language: string;
  /** Outlet id, counted for the story's outlet count. */
  source: string | null;
  title: string;
  /** Term → count, title words counted extra (see prepareClusterDocument). */
  terms: ReadonlyMap<string, number>;
  /** Entity ids of actors, products and institutions (the same across languages), repeated as often as mentioned. */
  entities: readonly string[];
  /** Entity ids of places: they locate an event but many events share a place, so they weigh less. */
  places: readonly string[];
  /** Capitalised names in Latin script, lowercased (language-bound, unlike entity ids). */
  names: readonly string[];
  /** Quantity and date keys, e.g. "money:USD:1000000000". */
  quantities: readonly string[];
  /** The headline's terms, entity ids ("e:…") and quantity keys ("q:…"): what the story says happened. */
  headline: readonly string[];
  /** Optional embedding of the article (any dimension, the same for every article). */
  vector?: readonly number[] | null;
}

/** Options of a clusterer; every field has a default. */
export interface ClusterOptions {
  /** Similarity from which an article joins a story (default 0.32). */
  joinThreshold?: number;
  /** Days after its last article that a story still takes new ones and stays in the snapshot (default 14). */
  windowDays?: number;
  /** Days after a story's last article during which similarity is not faded (default 3). */
  graceDays?: number;
  /** Beyond the grace days similarity fades as 1 / (1 + extra days / fadeDays) (default 8). */
  fadeDays?: number;
  /** Hours without news after which a story is stale (default 72). */
  staleAfterHours?: number;
  /** Centroid similarity from which repair merges two stories (default 0.55). */
  mergeThreshold?: number;
  /** Similarity to its story under which repair moves an article out (default 0.12). */
  splitThreshold?: number;
}

/** What happened to one added article. */
export interface AddResult {
  storyId: string;
  /** True when the article started a new story. */
  created: boolean;
  /** Similarity to the story it joined (0 for a new story). */
  similarity: number;
  /** The best story it did not join, when one was close (for inspection). */
  runnerUp: { storyId: string; similarity: number } | null;
}

/** A story as the clusterer keeps it, without labels (classify adds those). */
export interface StoryState {
  id: string;
  title: string;
  firstSeen: string;
  lastUpdated: string;
  articleIds: string[];
  articleCount: number;
  outletCount: number;
  outlets: string[];
  languages: string[];
  freshness: Freshness;
}

/** One change made by repair, recorded so stores can follow it. */
export type RepairChange =
  | { kind: 'merge'; from: string; into: string; similarity: number }
  | { kind: 'move'; articleId: string; from: string; to: string; created: boolean; similarity: number }
  | { kind: 'split'; from: string; to: string; articleIds: string[]; similarity: number };

/** One article's stored features inside a story. */
export interface MemberSnapshot {
  id: string;
  time: number;
  language: string;
  source: string | null;
  title: string;
  vectors: Record<Channel, [string, number][]>;
  vector: number[] | null;
}

/** One active story as stored in a snapshot: centroids as sums, every id, the latest members' vectors. */
export interface StorySnapshot {
  id: string;
  title: string;
  articleIds: string[];
  firstTime: number;
  lastTime: number;
  languages: string[];
  sources: [string, number][];
  centroids: Record<Channel, [string, number][]>;
  vectorSum: number[] | null;
  /** Event kinds of its articles' headlines (bits of EVENT_KIND); absent in snapshots older than kinds, then read from `recent`. */
  kinds?: number;
  recent: MemberSnapshot[];
}

/** Serialisable feature table: documents seen (decayed) and per-channel feature counts. */
export interface FrequencySnapshot {
  documents: number;
  sinceDecay: number;
  counts: Record<string, [string, number][]>;
}

/** JSON-serialisable clusterer state: only stories inside the active window, and redirects to them. */
export interface ClusterSnapshot {
  version: 1;
  /** Time (ms) of the newest article seen, null before the first. */
  newest: number | null;
  sequence: number;
  frequency: FrequencySnapshot;
  stories: StorySnapshot[];
  redirects: [string, string][];
}
