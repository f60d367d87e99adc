/**
 * Chooses who should care about a story: the audiences its boards and tags concern (a funding story concerns
 * investors), and those the text itself addresses at length — one article carrying the audience's cues fully, the
 * story as a whole clearly. Every audience keeps the sentences that earned it.
 */
import type { Evidence, Label } from '../../domain/story.js';
import { AUDIENCE_PEAK, MAX_LABELS, MIN_SCORE } from './classify-settings.js';
import type { ScoredLabel } from './label-scores.js';
import type { TaxonomyEntry } from './types.js';

/** Evidence of several labels, each sentence once, in order. */
function mergeEvidence(lists: readonly (readonly Evidence[])[], limit: number): Evidence[] {
  const seen = new Set<string>();
  const merged: Evidence[] = [];
  for (const evidence of lists.flat()) {
    const key = `${evidence.articleId}#${evidence.sentenceId}`;
    if (seen.has(key) || merged.length >= limit) continue;
    seen.add(key);
    merged.push(evidence);
  }
  return merged;
}

function toAudience(label: ScoredLabel): Label {
  return { kind: 'audience', id: label.id, name: label.name, score: Math.round(label.score * 1000) / 1000, evidence: label.evidence };
}

/** An audience's cues as the story holds them, made whole by a sentence that names the audience itself, if one does. */
function namedBy(label: ScoredLabel, actor: ScoredLabel, maxEvidence: number): ScoredLabel {
  if (actor.evidence.length === 0) return label;
  return { ...label, named: true, score: 1, peak: 1, evidence: mergeEvidence([actor.evidence, label.evidence], maxEvidence) };
}

/** Whether the text addresses the audience at length: named, carried fully by one article and clearly by the story. */
function addressed(label: ScoredLabel): boolean {
  return label.evidence.length > 0 && label.named && label.score >= MIN_SCORE.audience && label.peak >= AUDIENCE_PEAK;
}

/**
 * Returns the audiences of a story from its scored audience cues (`scored`, in the order of `entries`) and its board
 * and tag labels (`topics`): audiences a topic concerns first, strongest topic first, then those the text addresses,
 * densest first; at most MAX_LABELS.audience, each with up to `maxEvidence` sentences (its own cues' first).
 */
export function selectAudiences(
  scored: readonly ScoredLabel[],
  actors: readonly ScoredLabel[],
  entries: readonly TaxonomyEntry[],
  topics: readonly Label[],
  maxEvidence: number,
): Label[] {
  const concerned = entries.flatMap((entry, index) => {
    const own = scored[index] as ScoredLabel;
    const from = topics.filter((topic) => entry.concernedBy?.includes(topic.id) && topic.evidence.length > 0);
    if (from.length === 0) return [];
    const score = Math.max(...from.map((topic) => topic.score));
    const evidence = mergeEvidence([own.named ? own.evidence : [], ...from.map((topic) => topic.evidence)], maxEvidence);
    return [{ kind: 'audience', id: entry.id, name: entry.name, score, evidence } satisfies Label];
  });
  concerned.sort((a, b) => b.score - a.score);
  const taken = new Set(concerned.map((label) => label.id));
  const threads = scored
    .map((label, index) => namedBy(label, actors[index] as ScoredLabel, maxEvidence))
    .filter((label) => !taken.has(label.id) && addressed(label))
    .sort((a, b) => b.density - a.density)
    .map(toAudience);
  const chosen = [...concerned, ...threads];
  // Every story concerns someone: with no topic or thread to say who, the audience the text names most stands.
  if (chosen.length === 0) {
    const densest = scored.filter((label) => label.evidence.length > 0 && label.named).sort((a, b) => b.density - a.density)[0];
    if (densest) chosen.push(toAudience(densest));
  }
  return chosen.slice(0, MAX_LABELS.audience);
}
