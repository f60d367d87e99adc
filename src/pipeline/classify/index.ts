/** The classify stage: boards, tags, regions and audiences for a story, each label carrying the sentences that earned it. */
import type { Label, LabelKind } from '../../domain/story.js';
import { analyseArticles } from './analysed-text.js';
import { DEFAULT_MAX_EVIDENCE } from './classify-settings.js';
import { compileCues, type CueMatcher } from './cue-matcher.js';
import { scoreLabel } from './label-scores.js';
import { GLOBAL_REGION, regionWeights } from './region-spread.js';
import { selectAudiences } from './select-audiences.js';
import { selectBoards, selectRegion, selectTags } from './select-labels.js';
import type { ClassifyInput, ClassifyOptions, Taxonomy, TaxonomyEntry } from './types.js';

export { DEFAULT_TAXONOMY } from './taxonomy/default-taxonomy.js';
export { parseTaxonomy } from './taxonomy-file.js';
export { proposeLabels } from './model-labels/propose.js';
export type { ProposedLabels, ProposeOptions, RefusedLabel } from './model-labels/propose.js';
export type { ClassifyArticle, ClassifyInput, ClassifyOptions, Taxonomy, TaxonomyEntry } from './types.js';

const ALL_KINDS: LabelKind[] = ['board', 'tag', 'region', 'audience'];

// Compiling cue patterns costs more than matching them; a taxonomy object is compiled once.
const compiled = new WeakMap<TaxonomyEntry[], CueMatcher[]>();

function matchersFor(entries: TaxonomyEntry[]): CueMatcher[] {
  let matchers = compiled.get(entries);
  if (!matchers) compiled.set(entries, (matchers = entries.map(compileCues)));
  return matchers;
}

// An audience's actor phrases are scored as a label of their own, with the audience's look-alikes masked.
const actorEntries = new WeakMap<TaxonomyEntry[], TaxonomyEntry[]>();

function actorsOf(audiences: TaxonomyEntry[]): TaxonomyEntry[] {
  let entries = actorEntries.get(audiences);
  if (!entries) {
    entries = audiences.map((entry) => ({ id: entry.id, name: entry.name, en: entry.actors ?? [], zh: [], not: entry.not }));
    actorEntries.set(audiences, entries);
  }
  return entries;
}

/** Labels a story from its sentences: every label holds its evidence and a score; no evidence, no label. */
export function classifyStory(story: ClassifyInput, taxonomy: Taxonomy, options: ClassifyOptions = {}): Label[] {
  const maxEvidence = options.maxEvidence ?? DEFAULT_MAX_EVIDENCE;
  const kinds = new Set(options.kinds ?? ALL_KINDS);
  const articles = analyseArticles(story.articles);
  const score = (entries: TaxonomyEntry[]) => matchersFor(entries).map((matcher) => scoreLabel(matcher, articles, maxEvidence));
  const labels: Label[] = [];
  // Boards and tags are chosen when audiences are asked for too: the audiences they concern come with them.
  const boards = kinds.has('board') || kinds.has('audience') ? selectBoards(score(taxonomy.boards)) : [];
  const tags = kinds.has('tag') || kinds.has('audience') ? selectTags(score(taxonomy.tags)) : [];
  if (kinds.has('board')) labels.push(...boards);
  if (kinds.has('tag')) labels.push(...tags);
  if (kinds.has('region')) {
    const matchers = matchersFor(taxonomy.regions);
    const weights = regionWeights(
      matchers.filter((matcher) => matcher.id !== GLOBAL_REGION),
      articles,
    );
    const scored = matchers.map((matcher) =>
      scoreLabel(matcher, articles, maxEvidence, {
        adjust: matcher.id === GLOBAL_REGION ? weights.global : weights.place,
        fullAsides: true,
        homes: true,
      }),
    );
    labels.push(...selectRegion(scored));
  }
  if (kinds.has('audience')) {
    const { audiences } = taxonomy;
    labels.push(...selectAudiences(score(audiences), score(actorsOf(audiences)), audiences, [...boards, ...tags], maxEvidence));
  }
  return labels;
}
