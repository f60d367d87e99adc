/**
 * Labels stored stories again with the taxonomy as it is now: after the taxonomy in config changed, or after an upgrade
 * that stores more with the labels (subjects), the story pass would only reach a story when it next gains an article.
 * A story whose labels or subjects change is marked for a new brief ("Who should care" and the timeline's related
 * stories follow from them); the others are left as they are.
 */
import { createHash } from 'node:crypto';
import type { Taxonomy } from '../pipeline/classify/index.js';
import type { Clock } from '../ports/clock.js';
import type { Logger } from '../ports/logger.js';
import type { Store } from '../ports/store.js';
import { toIso } from '../shared/time.js';
import { type LabelModel, labelStory } from './label-stories.js';

export interface RelabelOptions {
  taxonomy: Taxonomy;
  labelModel?: LabelModel;
  /** Only these stories (ids, merged ones followed); every live story when absent. */
  storyIds?: readonly string[];
  /** Stories read per page. */
  pageSize?: number;
  onProgress?: (done: number, label: string) => void;
}

export interface RelabelSummary {
  stories: number;
  changed: string[];
  /** Stories left as they are because none of their articles is stored any more (their source was removed). */
  empty: string[];
  /** Ids asked for that are not stories. */
  missing: string[];
}

const PAGE = 200;

async function* storiesToRelabel(store: Store, options: RelabelOptions, missing: string[]): AsyncGenerator<string> {
  if (options.storyIds) {
    for (const id of options.storyIds) {
      const story = await store.stories.get(id);
      if (story) yield story.id;
      else missing.push(id);
    }
    return;
  }
  const pageSize = options.pageSize ?? PAGE;
  // Relabelling leaves last_updated alone, so the newest-first pages stay in place while they are rewritten.
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.stories.list({ limit: pageSize, offset });
    for (const story of page) yield story.id;
    if (page.length < pageSize) return;
  }
}

/** Relabels stories from their original articles (copies add no evidence twice, as in the story pass). */
export async function relabelStories(
  deps: { store: Store; clock: Clock; logger: Logger },
  options: RelabelOptions,
): Promise<RelabelSummary> {
  const summary: RelabelSummary = { stories: 0, changed: [], empty: [], missing: [] };
  for await (const id of storiesToRelabel(deps.store, options, summary.missing)) {
    const originals = (await deps.store.stories.articles(id))
      .filter((article) => article.duplicateOf === null)
      .map((article) => article.id);
    summary.stories += 1;
    // With no text left to read, every label would go: what the story was filed under stays.
    if (originals.length === 0) {
      summary.empty.push(id);
      continue;
    }
    const { labels, subjects } = await labelStory(deps, options.taxonomy, { id, articleIds: originals }, options.labelModel);
    if (await deps.store.stories.relabel(id, labels, subjects, toIso(deps.clock.now()))) summary.changed.push(id);
    options.onProgress?.(summary.stories, id);
  }
  deps.logger.info('stories-relabelled', { stage: 'classify', stories: summary.stories, changed: summary.changed.length });
  return summary;
}

/** Where the pipeline state keeps the fingerprint of the taxonomy the stored labels come from. */
const TAXONOMY_STATE = 'labels.taxonomy';

/** Raised when labelling itself changes what it stores (2: story subjects; 3: company homes place regions), so that stored stories are labelled again. */
const LABELLING_VERSION = 3;

/** A fingerprint of what labels a story: the taxonomy and the labelling version. */
export function labellingFingerprint(taxonomy: Taxonomy): string {
  return createHash('sha256')
    .update(JSON.stringify({ version: LABELLING_VERSION, taxonomy }))
    .digest('hex');
}

/**
 * Relabels every stored story when the taxonomy (or the labelling version) differs from the one their labels came
 * from, so that an edited taxonomy file takes effect at the next pass without waiting for new articles. Returns the
 * summary, or null when nothing changed. A database without stories only records the fingerprint.
 */
export async function relabelIfTaxonomyChanged(
  deps: { store: Store; clock: Clock; logger: Logger },
  options: Omit<RelabelOptions, 'storyIds'>,
): Promise<RelabelSummary | null> {
  const fingerprint = labellingFingerprint(options.taxonomy);
  if ((await deps.store.stories.loadState(TAXONOMY_STATE)) === fingerprint) return null;
  const summary = (await deps.store.stories.count({})) > 0 ? await relabelStories(deps, options) : null;
  const at = toIso(deps.clock.now());
  await deps.store.stories.applyUpdate({ at, memberships: [], stories: [], changes: [], state: { [TAXONOMY_STATE]: fingerprint } });
  if (summary) deps.logger.info('taxonomy-changed', { stage: 'classify', stories: summary.stories, changed: summary.changed.length });
  return summary;
}
