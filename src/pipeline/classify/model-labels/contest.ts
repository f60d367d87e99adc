/**
 * A language model contests audiences the rules gave. Cues find the groups a story mentions; whether the news bears on
 * a group's own work, or only quotes or mentions it in passing, is a reading of meaning that cues do not give. So the
 * model may take an audience away, but only one the rules gave, only with a reason, and never the story's last: every
 * story concerns someone, and an answer steered to empty the section must not manage it.
 */
import type { Label } from '../../../domain/story.js';

/** The model's objection to one audience. */
export interface Contest {
  id: string;
  reason: string;
}

/** An audience taken away, and the model's reason. */
export interface ContestedLabel {
  label: Label;
  reason: string;
}

/** A contest not taken, and why. */
export interface RefusedContest {
  kind: 'audience';
  id: string;
  reason: string;
}

/** Shortest reason taken: a drop the logs cannot explain is not taken. */
const MIN_REASON = 12;

/**
 * Applies the contests to the rules' labels (`given`): returns the labels left, those taken away and the contests
 * refused, each with why. Labels the model itself proposed are not in `given` and cannot be contested.
 */
export function applyContests(
  given: readonly Label[],
  contests: readonly Contest[],
): { labels: Label[]; contested: ContestedLabel[]; refused: RefusedContest[] } {
  const audiences = given.filter((label) => label.kind === 'audience');
  const contested: ContestedLabel[] = [];
  const refused: RefusedContest[] = [];
  const refuse = (id: string, reason: string) => refused.push({ kind: 'audience', id, reason: `contest refused: ${reason}` });
  for (const contest of contests) {
    const label = audiences.find((candidate) => candidate.id === contest.id);
    if (!label) refuse(contest.id, 'the rules did not give this audience');
    else if (contested.some((entry) => entry.label === label)) refuse(contest.id, 'contested twice');
    else if (contest.reason.trim().length < MIN_REASON) refuse(contest.id, 'no reason given');
    else contested.push({ label, reason: contest.reason.trim() });
  }
  // With every audience contested, the rules' strongest (their first) stays.
  const strongest = audiences[0];
  if (strongest && contested.length === audiences.length) {
    contested.splice(
      contested.findIndex((entry) => entry.label === strongest),
      1,
    );
    refuse(strongest.id, 'every story keeps at least one audience');
  }
  const taken = new Set(contested.map((entry) => entry.label));
  return { labels: given.filter((label) => !taken.has(label)), contested, refused };
}
