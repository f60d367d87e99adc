/**
 * Periodic repair of online clustering: moves articles that no longer fit their story, merges stories that converged,
 * and lets a one-article story join the story it now fits.
 */
import { RECENT_MEMBERS } from './cluster-settings.js';
import { bisectStory } from './bisect.js';
import { kindFactor } from './event-kinds.js';
import type { Member } from './member.js';
import { scoreMember, scoreMemberWithoutSelf, scoreStories, storiesScoreBound } from './similarity.js';
import type { StoryIndex } from './story-index.js';
import type { StoryRecord } from './story-record.js';
import type { RepairChange } from './types.js';

/** What repair needs from the clusterer. */
export interface RepairContext {
  index: StoryIndex;
  joinThreshold: number;
  mergeThreshold: number;
  splitThreshold: number;
  windowMs: number;
  /** Fades a similarity with the time (ms) between two things told apart: see ClusterOptions.graceDays. */
  fade(gapMs: number): number;
  /** Starts a new, empty story with a fresh id. */
  newStory(seedArticleId: string): StoryRecord;
  /** Records that `from` now lives on as `into`. */
  redirect(from: string, into: string): void;
}

/** Finds the best other story for a member, or null when none clears the join threshold. */
function bestOther(context: RepairContext, member: Member, current: StoryRecord): { story: StoryRecord; score: number } | null {
  let best: { story: StoryRecord; score: number } | null = null;
  for (const story of context.index.candidates(member, member.time - context.windowMs, member.time + context.windowMs)) {
    if (story === current) continue;
    const score = scoreMember(member, story) * context.fade(Math.abs(member.time - story.lastTime)) * kindFactor(member.kinds, story.kinds);
    if (score >= context.joinThreshold && (!best || score > best.score)) best = { story, score };
  }
  return best;
}

/**
 * Moves out the members of one story that fit it worse than the split threshold. Only young stories whose
 * every member is still held are checked: the check is quadratic, and an old story's core is settled.
 */
function splitStory(context: RepairContext, story: StoryRecord, changes: RepairChange[], touched: Set<StoryRecord>): void {
  if (story.size < 3 || story.size > RECENT_MEMBERS || !story.complete) return;
  const misfits = story.recent.filter((member) => scoreMemberWithoutSelf(member, story) < context.splitThreshold);
  // Moving most of a story out is no repair: the story has no core, so it is left whole.
  if (misfits.length === 0 || misfits.length * 2 >= story.size) return;
  for (const member of misfits) {
    story.remove(member.id);
    const target = bestOther(context, member, story);
    const destination = target?.story ?? context.newStory(member.id);
    destination.add(member);
    touched.add(destination);
    changes.push({
      kind: 'move',
      articleId: member.id,
      from: story.id,
      to: destination.id,
      created: !target,
      similarity: target?.score ?? 0,
    });
  }
  touched.add(story);
}

/** Splits a story whose articles form two groups less alike than the join threshold; the larger group keeps the id. */
function bisect(context: RepairContext, story: StoryRecord, changes: RepairChange[], touched: Set<StoryRecord>): void {
  if (story.size < 4 || story.size > RECENT_MEMBERS || !story.complete) return;
  const bisection = bisectStory(story, context.joinThreshold);
  if (!bisection) return;
  const [first, second] = bisection.groups;
  const moved = first.length >= second.length ? second : first;
  const destination = context.newStory(moved[0]!.id);
  for (const member of moved) {
    story.remove(member.id);
    destination.add(member);
  }
  touched.add(story);
  touched.add(destination);
  changes.push({
    kind: 'split',
    from: story.id,
    to: destination.id,
    articleIds: moved.map((member) => member.id),
    similarity: bisection.similarity,
  });
}

/** Folds `absorbed` into `survivor`, redirects its id and records the merge. */
function merge(
  context: RepairContext,
  survivor: StoryRecord,
  absorbed: StoryRecord,
  similarity: number,
  changes: RepairChange[],
  touched: Set<StoryRecord>,
): void {
  survivor.absorb(absorbed);
  context.index.remove(absorbed);
  context.redirect(absorbed.id, survivor.id);
  touched.delete(absorbed);
  touched.add(survivor);
  changes.push({ kind: 'merge', from: absorbed.id, into: survivor.id, similarity });
}

/**
 * Merges into one story every active story close enough to it; the larger (then older) story keeps its id. The
 * one-article stories among the neighbours of a story of several are kept in `singles` for adoptSingle: only a story
 * that changed since a one-article story arrived can fit it better than it did then.
 */
function mergeAround(
  context: RepairContext,
  story: StoryRecord,
  changes: RepairChange[],
  touched: Set<StoryRecord>,
  singles: Set<StoryRecord>,
): void {
  for (const other of context.index.neighbours(story, story.firstTime - context.windowMs, story.lastTime + context.windowMs)) {
    if (other.size === 1 && story.size > 1) singles.add(other);
    if (!context.index.get(other.id) || !context.index.get(story.id)) continue;
    // The gap between the two spans: stories that ran side by side are not faded at all.
    const gap = Math.max(0, Math.max(story.firstTime, other.firstTime) - Math.min(story.lastTime, other.lastTime));
    // The age fade and the event-kind contrast scale the similarity alike.
    const discount = context.fade(gap) * kindFactor(story.kinds, other.kinds);
    // Scores are averages of cosines, at most 1 (the margin covers rounding): a discount below the threshold rules the pair out.
    if (discount < context.mergeThreshold * (1 - 1e-9)) continue;
    if (storiesScoreBound(story, other) * discount < context.mergeThreshold * (1 - 1e-9)) continue;
    const similarity = scoreStories(story, other) * discount;
    if (similarity < context.mergeThreshold) continue;
    const keepStory = story.size > other.size || (story.size === other.size && story.firstTime <= other.firstTime);
    const [survivor, absorbed] = keepStory ? [story, other] : [other, story];
    merge(context, survivor, absorbed, similarity, changes, touched);
    if (absorbed === story) return;
  }
}

/**
 * Lets a story of one article join the story it now fits as a new article would: when it arrived, the story it
 * belongs to may have been a single report, too little to match a follow-up told in other words; grown since, it may
 * clear the join threshold. The singleton is merged, so its id redirects.
 */
function adoptSingle(context: RepairContext, single: StoryRecord, changes: RepairChange[], touched: Set<StoryRecord>): void {
  if (single.size !== 1 || !single.complete || !context.index.get(single.id)) return;
  const member = single.recent[0] as Member;
  const target = bestOther(context, member, single);
  if (target) merge(context, target.story, single, target.score, changes, touched);
}

/** Repairs the given (recently changed) stories and returns every change made, in order. */
export function repairStories(context: RepairContext, dirty: readonly StoryRecord[]): RepairChange[] {
  const changes: RepairChange[] = [];
  const touched = new Set<StoryRecord>();
  for (const story of dirty) if (context.index.get(story.id)) bisect(context, story, changes, touched);
  for (const story of dirty) if (context.index.get(story.id)) splitStory(context, story, changes, touched);
  // New and shrunk stories are filed afresh before merging, so that the merge pass can find them.
  for (const story of touched) context.index.refile(story);
  const singles = new Set<StoryRecord>();
  for (const story of new Set([...dirty, ...touched]))
    if (context.index.get(story.id)) mergeAround(context, story, changes, touched, singles);
  for (const story of touched) if (context.index.get(story.id)) context.index.refile(story);
  const adopting = new Set<StoryRecord>();
  for (const single of singles) adoptSingle(context, single, changes, adopting);
  for (const story of adopting) if (context.index.get(story.id)) context.index.refile(story);
  return changes;
}
