/** Storage port for reader feedback: "Was this helpful?" votes and problem reports on a story's brief. */

/** What a reader sent: a vote either way, or a problem report. */
export type FeedbackKind = 'helpful' | 'not-helpful' | 'report';
/** Why a reader reports a problem. */
export type ReportReason = 'wrong-fact' | 'misleading' | 'outdated' | 'other';

/** Reasons a reader can give when reporting a problem, in display order. */
export const REPORT_REASONS: readonly ReportReason[] = ['wrong-fact', 'misleading', 'outdated', 'other'];

/** One vote or report as stored. */
export interface FeedbackEntry {
  storyId: string;
  /** The brief version the reader saw; null when the story had no brief yet. */
  briefVersion: number | null;
  kind: FeedbackKind;
  /** Set for reports only. */
  reason: ReportReason | null;
  comment: string | null;
  createdAt: string;
  /** A salted hash of the client's address: enough to rate-limit, not to identify. */
  clientKey: string;
}

/** Votes and reports on one story's briefs. */
export interface FeedbackCounts {
  helpful: number;
  notHelpful: number;
  reports: number;
  byReason: Record<ReportReason, number>;
}

/** A per-client cap: at most `max` entries since `since` (ISO time). */
export interface FeedbackLimit {
  max: number;
  since: string;
}

/** Which problem reports to list. */
export interface ReportQuery {
  limit: number;
  offset?: number;
  storyId?: string;
}

/** Storage of reader feedback. */
export interface FeedbackStore {
  /** Stores an entry unless the client already reached the limit; returns whether it was stored. */
  record(entry: FeedbackEntry, limit?: FeedbackLimit): Promise<boolean>;
  /** Counts votes and reports on one story. */
  counts(storyId: string): Promise<FeedbackCounts>;
  /** Counts for many stories at once (ranking); stories without feedback are absent. */
  countsFor(storyIds: readonly string[]): Promise<Map<string, FeedbackCounts>>;
  /** Problem reports, newest first. */
  listReports(query: ReportQuery): Promise<FeedbackEntry[]>;
}

/** Returns counts with every field zero. */
export function emptyFeedbackCounts(): FeedbackCounts {
  return { helpful: 0, notHelpful: 0, reports: 0, byReason: { 'wrong-fact': 0, misleading: 0, outdated: 0, other: 0 } };
}
