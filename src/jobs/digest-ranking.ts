/** Ranks stories for the recap: breadth of coverage (outlets), recency, and what readers said about the brief. */
import type { FeedbackCounts } from '../ports/feedback-store.js';

export interface RankInput {
  storyId: string;
  outletCount: number;
  lastUpdated: string;
  feedback: FeedbackCounts | null;
}

export interface RankedStory extends RankInput {
  score: number;
  breadth: number;
  recency: number;
  feedbackFactor: number;
}

export interface RankOptions {
  /** The end of the recap's window: ages are measured from here. */
  end: Date;
  /** Hours after which a story's recency weight halves. */
  halfLifeHours: number;
}

/** Returns 1 for one outlet, 2 for two, 3 for four: each doubling of coverage adds the same weight. */
export function breadthWeight(outletCount: number): number {
  return 1 + Math.log2(Math.max(1, outletCount));
}

/** Halves the weight every `halfLifeHours` before `end`; a story updated after `end` counts as fresh. */
export function recencyWeight(lastUpdated: string, end: Date, halfLifeHours: number): number {
  const hours = Math.max(0, (end.getTime() - Date.parse(lastUpdated)) / 3_600_000);
  return 0.5 ** (hours / halfLifeHours);
}

/**
 * Scales a story by reader feedback: 1 when there is none. Votes pass through a prior of two
 * helpful and two unhelpful, so one vote moves little; problem reports weigh more (a wrong fact
 * in a recap does more harm than a dull story): each adds 0.35 to the divisor.
 */
export function feedbackWeight(feedback: FeedbackCounts | null): number {
  if (!feedback) return 1;
  const helpfulness = (feedback.helpful + 2) / (feedback.helpful + feedback.notHelpful + 4);
  return (0.5 + helpfulness) / (1 + 0.35 * feedback.reports);
}

/** Scores and sorts stories, best first; ties go to the more recent, then to the id for a stable order. */
export function rankStories(inputs: readonly RankInput[], options: RankOptions): RankedStory[] {
  return inputs
    .map((input) => {
      const breadth = breadthWeight(input.outletCount);
      const recency = recencyWeight(input.lastUpdated, options.end, options.halfLifeHours);
      const feedbackFactor = feedbackWeight(input.feedback);
      return { ...input, breadth, recency, feedbackFactor, score: breadth * recency * feedbackFactor };
    })
    .sort((a, b) => b.score - a.score || b.lastUpdated.localeCompare(a.lastUpdated) || a.storyId.localeCompare(b.storyId));
}
