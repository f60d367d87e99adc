/** Splits a story in two when its articles fall into two groups that would not be joined today (2-means on members). */
import type { Member } from './member.js';
import { scoreMember, scoreMemberWithoutSelf, scoreStories } from './similarity.js';
import { StoryRecord } from './story-record.js';

/** Reassignment rounds: members settle within two or three on stories of a few dozen articles. */
const ROUNDS = 3;

function groupOf(members: readonly Member[]): StoryRecord {
  const group = new StoryRecord('group');
  for (const member of members) group.add(member);
  return group;
}

/** Seeds: the member that fits the story worst, and the member least like that one. */
function seeds(story: StoryRecord): [Member, Member] | null {
  let worst: Member | null = null;
  let worstScore = Number.POSITIVE_INFINITY;
  for (const member of story.recent) {
    const score = scoreMemberWithoutSelf(member, story);
    if (score < worstScore) [worst, worstScore] = [member, score];
  }
  if (!worst) return null;
  const alone = groupOf([worst]);
  let far: Member | null = null;
  let farScore = Number.POSITIVE_INFINITY;
  for (const member of story.recent) {
    if (member === worst) continue;
    const score = scoreMember(member, alone);
    if (score < farScore) [far, farScore] = [member, score];
  }
  return far ? [worst, far] : null;
}

function sameGroups(groups: [Member[], Member[]], previous: [Member[], Member[]]): boolean {
  return groups.every((group, side) => {
    const before = previous[side] as Member[];
    return group.length === before.length && group.every((member, at) => member === before[at]);
  });
}

/** A proposed split: two groups of members and how alike they are. */
export interface Bisection {
  groups: [Member[], Member[]];
  similarity: number;
}

/** Returns two groups of a complete story's members when they are less alike than `threshold`, else null. */
export function bisectStory(story: StoryRecord, threshold: number): Bisection | null {
  const pair = seeds(story);
  if (!pair) return null;
  let left = groupOf([pair[0]]);
  let right = groupOf([pair[1]]);
  let groups: [Member[], Member[]] = [[], []];
  for (let round = 0; round < ROUNDS; round++) {
    const previous = groups;
    groups = [[], []];
    for (const member of story.recent) groups[scoreMember(member, left) >= scoreMember(member, right) ? 0 : 1].push(member);
    if (groups[0].length === 0 || groups[1].length === 0) return null;
    // Groups as the last round's rebuild groups as they were: every later round would find them again, so stop here.
    if (sameGroups(groups, previous)) break;
    [left, right] = [groupOf(groups[0]), groupOf(groups[1])];
  }
  // A lone article is the move check's business; a split is two groups of at least two.
  if (groups[0].length < 2 || groups[1].length < 2) return null;
  const similarity = scoreStories(left, right);
  return similarity < threshold ? { groups, similarity } : null;
}
