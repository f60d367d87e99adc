/** Use case: place new articles in stories (dedupe, cluster, repair), label the stories they touch, store it all at once. */
import type { Taxonomy } from '../pipeline/classify/index.js';
import {
  type ClusterOptions,
  type ClusterSnapshot,
  type Clusterer,
  type ClusterInput,
  type PreparePool,
  type PreparedDocument,
  type StoryState,
  createClusterer,
  createPreparePool,
  preparedInOrder,
} from '../pipeline/cluster/index.js';
import { type DedupeOptions, type DedupeSnapshot, type DuplicateIndex, createDuplicateIndex } from '../pipeline/dedupe/index.js';
import type { ArticleWithSource } from '../ports/article-view.js';
import type { Clock } from '../ports/clock.js';
import type { Embedder } from '../ports/embedder.js';
import type { Logger } from '../ports/logger.js';
import type { Store } from '../ports/store.js';
import type { StoryChange, StoryMembership, StoryWrite } from '../ports/story-store.js';
import { toIso } from '../shared/time.js';
import { createArticleEmbedder, type EmbeddingInput } from './embed-articles.js';
import { type LabelModel, labelStory } from './label-stories.js';

export interface StoryDependencies {
  store: Store;
  clock: Clock;
  logger: Logger;
}

export interface StoryOptions {
  taxonomy: Taxonomy;
  cluster: ClusterOptions;
  dedupe: DedupeOptions;
  /** Articles placed per committed batch (and embedded per request batch, when an embedder is given). */
  batchSize: number;
  /** An embeddings endpoint: article vectors are then blended with the lexical similarity; its failures are logged, not fatal. */
  embedder?: Embedder;
  /**
   * Worker threads that prepare articles for clustering (tokens, entities, quantities) while this thread places the
   * ones before them; 0 or absent prepares inline. Placement order, and so every story, is the same either way.
   */
  prepareThreads?: number;
  /** A language model that proposes labels beyond the rules'; each is kept only with evidence (see label-stories.ts). */
  labelModel?: LabelModel;
  signal?: AbortSignal;
}

/** Articles prepared per message to the prepare threads: small enough to keep placement fed, large enough to amortise. */
const PREPARE_CHUNK = 25;

export interface StoryPassSummary {
  placed: number;
  duplicates: number;
  storiesTouched: string[];
  changes: number;
}

interface PassState {
  clusterer: Clusterer;
  dedupe: DuplicateIndex;
  /** Story of each original placed in this process, for copies that arrive later. */
  storyOf: Map<string, string>;
  /** Latest state of each story touched in this batch: a story can leave the window before the batch commits. */
  touchedStates: Map<string, StoryState>;
  /** Article vectors for the current batch (empty without an embedder or when it failed). */
  vectors: Map<string, readonly number[]>;
}

async function loadPassState(store: Store, options: StoryOptions): Promise<PassState> {
  const clusterSnapshot = (await store.stories.loadState('cluster')) as ClusterSnapshot | null;
  const dedupeSnapshot = (await store.stories.loadState('dedupe')) as DedupeSnapshot | null;
  return {
    clusterer: createClusterer(options.cluster, clusterSnapshot ?? undefined),
    dedupe: createDuplicateIndex(options.dedupe, dedupeSnapshot ?? undefined),
    storyOf: new Map(),
    touchedStates: new Map(),
    vectors: new Map(),
  };
}

/** What dedupe decided for one article: the original it copies, and that original's story when one is known. */
interface DedupeOutcome {
  article: ArticleWithSource;
  duplicateOf: string | null;
  /** Set when the article joins its original's story without clustering. */
  copyOfPlaced: boolean;
}

/** Runs dedupe over a batch in order (its state does not depend on clustering), noting which articles need clustering. */
function dedupeBatch(state: PassState, batch: readonly ArticleWithSource[]): DedupeOutcome[] {
  const placedBefore = new Set<string>();
  return batch.map((article) => {
    const match = state.dedupe.add({
      id: article.id,
      url: article.canonicalUrl ?? article.url,
      title: article.title,
      text: article.text ?? article.summary ?? '',
      source: article.sourceId,
      published: article.published,
    });
    const original = match?.articleId ?? null;
    // An original placed earlier in this process, or earlier in this batch, has a story by the time the copy is placed.
    const copyOfPlaced = original !== null && (state.storyOf.has(original) || placedBefore.has(original));
    placedBefore.add(article.id);
    return { article, duplicateOf: original, copyOfPlaced };
  });
}

function clusterInput(state: PassState, article: ArticleWithSource): ClusterInput {
  return {
    id: article.id,
    title: article.title ?? '',
    text: article.text ?? article.summary ?? '',
    published: article.published ?? article.collectedAt,
    language: article.language,
    source: article.sourceId,
    vector: state.vectors.get(article.id) ?? null,
  };
}

/** Places a batch in order: a copy joins its original's story, anything else goes through the clusterer. */
async function placeBatch(
  state: PassState,
  batch: readonly ArticleWithSource[],
  pool: PreparePool | null,
): Promise<(StoryMembership & { duplicate: boolean })[]> {
  const outcomes = dedupeBatch(state, batch);
  const inputs = outcomes.filter((outcome) => !outcome.copyOfPlaced).map((outcome) => clusterInput(state, outcome.article));
  const documents = preparedInOrder(inputs, pool, PREPARE_CHUNK);
  const memberships: (StoryMembership & { duplicate: boolean })[] = [];
  for (const { article, duplicateOf, copyOfPlaced } of outcomes) {
    const duplicate = duplicateOf !== null;
    if (copyOfPlaced) {
      const storyId = state.clusterer.resolve(state.storyOf.get(duplicateOf as string) as string);
      state.storyOf.set(article.id, storyId);
      memberships.push({ articleId: article.id, storyId, duplicateOf, duplicate });
      continue;
    }
    const next = await documents.next();
    const { storyId } = state.clusterer.add(next.value as PreparedDocument);
    state.storyOf.set(article.id, storyId);
    const story = state.clusterer.story(storyId);
    if (story) state.touchedStates.set(story.id, story);
    memberships.push({ articleId: article.id, storyId, duplicateOf, duplicate });
  }
  return memberships;
}

function embeddingInput(article: ArticleWithSource): EmbeddingInput {
  return { id: article.id, title: article.title ?? '', text: article.text ?? article.summary ?? '' };
}

/** Records repair's changes; a split is recorded as the moves of the articles it took away. */
function toChanges(raw: ReturnType<Clusterer['repair']>): StoryChange[] {
  return raw.flatMap((change): StoryChange[] => {
    const at = change.similarity.toFixed(2);
    if (change.kind === 'merge') return [{ kind: 'merge', from: change.from, into: change.into, note: `merged at similarity ${at}` }];
    if (change.kind === 'move')
      return [
        {
          kind: 'move',
          articleId: change.articleId,
          from: change.from,
          to: change.to,
          note: `moved at similarity ${at}${change.created ? ' into a new story' : ''}`,
        },
      ];
    return change.articleIds.map((articleId) => ({
      kind: 'move' as const,
      articleId,
      from: change.from,
      to: change.to,
      note: `split off at similarity ${at}`,
    }));
  });
}

/** Runs story passes until no unplaced article is left; each batch commits atomically with the pipeline state. */
export async function updateStories(deps: StoryDependencies, options: StoryOptions): Promise<StoryPassSummary> {
  const state = await loadPassState(deps.store, options);
  const summary: StoryPassSummary = { placed: 0, duplicates: 0, storiesTouched: [], changes: 0 };
  const touchedAll = new Set<string>();
  const embedder = options.embedder ? createArticleEmbedder(options.embedder, deps.logger) : null;
  const pool = options.prepareThreads ? createPreparePool(options.prepareThreads) : null;
  try {
    for (;;) {
      if (options.signal?.aborted) break;
      const batch = await deps.store.stories.listUnclustered(options.batchSize);
      if (batch.length === 0) break;
      state.touchedStates.clear();
      state.vectors = embedder ? await embedder.vectors(batch.map(embeddingInput)) : new Map();
      const memberships = await placeBatch(state, batch, pool);
      const changes = toChanges(state.clusterer.repair());
      const touched = new Set(memberships.map((m) => state.clusterer.resolve(m.storyId)));
      for (const change of changes) {
        touched.add(change.kind === 'merge' ? change.into : change.to);
        // The story an article left changed too (labels, counts), unless it was merged away.
        if (change.kind === 'move') touched.add(change.from);
      }
      const stories = await writesFor(deps, state, options, touched);
      const at = toIso(deps.clock.now());
      const resolved = memberships.map(({ duplicate: _duplicate, ...m }) => ({ ...m, storyId: state.clusterer.resolve(m.storyId) }));
      await deps.store.stories.applyUpdate({
        at,
        memberships: resolved,
        stories,
        changes,
        state: { cluster: state.clusterer.snapshot(), dedupe: state.dedupe.snapshot() },
      });
      summary.placed += memberships.length;
      summary.duplicates += memberships.filter((m) => m.duplicate).length;
      summary.changes += changes.length;
      for (const id of touched) touchedAll.add(id);
      deps.logger.info('stories-updated', { stage: 'cluster', placed: memberships.length, stories: touched.size, changes: changes.length });
    }
  } finally {
    await pool?.close();
  }
  summary.storiesTouched = [...touchedAll].map((id) => state.clusterer.resolve(id)).filter((id, i, all) => all.indexOf(id) === i);
  return summary;
}

/** Builds the stored form of every touched story: clusterer state and fresh labels (the store counts members). */
async function writesFor(
  deps: StoryDependencies,
  state: PassState,
  options: StoryOptions,
  touched: ReadonlySet<string>,
): Promise<StoryWrite[]> {
  const writes: StoryWrite[] = [];
  for (const id of touched) {
    const story = state.clusterer.story(id) ?? state.touchedStates.get(id);
    if (!story) continue;
    const { labels, subjects } = await labelStory(deps, options.taxonomy, story, options.labelModel);
    writes.push({
      id: story.id,
      title: story.title,
      firstSeen: story.firstSeen,
      lastUpdated: story.lastUpdated,
      articleIds: story.articleIds,
      outletCount: story.outletCount,
      languages: story.languages,
      labels,
      subjects,
    });
  }
  return writes;
}
