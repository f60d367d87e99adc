/** Use case: one pass of the whole pipeline — refresh sources, read full text, place stories, write briefs. */
import type { Taxonomy } from '../pipeline/classify/index.js';
import type { ClusterOptions } from '../pipeline/cluster/index.js';
import type { DedupeOptions } from '../pipeline/dedupe/index.js';
import type { Embedder } from '../ports/embedder.js';
import { type BriefModel, type BriefPassSummary, composeBriefs } from './compose-briefs.js';
import { type ExtractSummary, extractArticles } from './extract-articles.js';
import { ingest } from './ingest.js';
import type { LabelModel } from './label-stories.js';
import type { RefreshDependencies, RefreshResult } from './refresh-source.js';
import { relabelIfTaxonomyChanged } from './relabel-stories.js';
import { type StoryPassSummary, updateStories } from './update-stories.js';

export type PipelinePhase = 'feeds' | 'articles' | 'stories' | 'briefs';

export interface PipelineOptions {
  fetchConcurrency: number;
  extractConcurrency: number;
  maxExtractionAttempts: number;
  taxonomy: Taxonomy;
  cluster: ClusterOptions;
  dedupe: DedupeOptions;
  /** An embeddings endpoint for story clustering, when configured. */
  embedder?: Embedder;
  /** Worker threads preparing articles for clustering (0: inline). */
  prepareThreads?: number;
  /** A language model that proposes labels beyond the rules', when configured. */
  labelModel?: LabelModel;
  /** Language briefs are written in. */
  boardLanguage: string;
  /** The LLM brief engine, when configured. */
  briefModel?: BriefModel;
  /** Only sources whose next check is due (the scheduler); false refreshes every enabled source. */
  dueOnly: boolean;
  signal?: AbortSignal;
  onProgress?: (phase: PipelinePhase, done: number, total: number, label: string) => void;
}

export interface PipelineSummary {
  sources: RefreshResult[];
  articles: ExtractSummary;
  stories: StoryPassSummary;
  briefs: BriefPassSummary;
}

const BATCH = 200;

/** Runs every stage over what is new; each stage commits its own work, so a stop loses nothing done so far. */
export async function runPipelinePass(deps: RefreshDependencies, options: PipelineOptions): Promise<PipelineSummary> {
  const { signal, onProgress } = options;
  const sources = await ingest(deps, {
    concurrency: options.fetchConcurrency,
    dueOnly: options.dueOnly,
    signal,
    onProgress: (done, total, result) =>
      onProgress?.('feeds', done, total, `${result.sourceId}: ${result.status}${result.inserted ? ` +${result.inserted}` : ''}`),
  });
  const articles: ExtractSummary = { extracted: 0, fromFeed: 0, failed: 0 };
  for (;;) {
    const pass = await extractArticles(deps, {
      batchSize: BATCH,
      concurrency: options.extractConcurrency,
      maxAttempts: options.maxExtractionAttempts,
      signal,
      onProgress: (done, total) =>
        onProgress?.('articles', articles.extracted + articles.fromFeed + articles.failed + done, total, 'reading full text'),
    });
    articles.extracted += pass.extracted;
    articles.fromFeed += pass.fromFeed;
    articles.failed += pass.failed;
    if (pass.extracted + pass.fromFeed + pass.failed === 0 || signal?.aborted) break;
  }
  // A taxonomy edited since the stored labels were given applies to every stored story, not only to those new articles
  // touch; a database without stories only records it.
  await relabelIfTaxonomyChanged(deps, {
    taxonomy: options.taxonomy,
    ...(options.labelModel ? { labelModel: options.labelModel } : {}),
  });
  onProgress?.('stories', 0, 1, 'clustering');
  const stories = await updateStories(deps, {
    taxonomy: options.taxonomy,
    cluster: options.cluster,
    dedupe: options.dedupe,
    batchSize: BATCH,
    signal,
    ...(options.embedder ? { embedder: options.embedder } : {}),
    ...(options.prepareThreads ? { prepareThreads: options.prepareThreads } : {}),
    ...(options.labelModel ? { labelModel: options.labelModel } : {}),
  });
  onProgress?.('stories', 1, 1, `${stories.storiesTouched.length} stories updated`);
  const briefs = await composeBriefs(deps, {
    batchSize: 50,
    language: options.boardLanguage,
    signal,
    ...(options.briefModel ? { model: options.briefModel } : {}),
  });
  onProgress?.('briefs', 1, 1, `${briefs.composed} briefs`);
  return { sources, articles, stories, briefs };
}
