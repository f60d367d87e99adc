/** Use case: compose, verify and store a new brief version for each story whose articles changed. */
import type { Story } from '../domain/story.js';
import {
  type BriefArticle,
  type BriefInput,
  type GroundedBrief,
  type Prices,
  type RelatedStory,
  composeBriefWithModel,
  composeGroundedBrief,
  groundBrief,
} from '../pipeline/brief/index.js';
import type { LanguageModel } from '../ports/language-model.js';
import type { Clock } from '../ports/clock.js';
import type { Logger } from '../ports/logger.js';
import type { Store } from '../ports/store.js';
import { toIso } from '../shared/time.js';

export interface BriefDependencies {
  store: Store;
  clock: Clock;
  logger: Logger;
}

/** The LLM engine, when configured; the extractive engine covers any story the model fails on. */
export interface BriefModel {
  model: LanguageModel;
  prices?: Prices;
  timeoutMs?: number;
  /** Whether the model also judges the sentences the verifier supports (see ModelComposeOptions.judge). */
  judge?: boolean;
}

export interface BriefPassOptions {
  batchSize: number;
  /** The board's language: briefs are written in it. */
  language: string;
  model?: BriefModel;
  signal?: AbortSignal;
}

export interface BriefPassSummary {
  composed: number;
  newVersions: number;
  droppedSentences: number;
  /** Stories left without a brief because nothing supported could head it. */
  withoutBrief: string[];
}

// Stories the reader's "related" list would show: the best few that began before this one give its timeline context.
const RELATED_CANDIDATES = 8;
const RELATED_STORIES = 4;

/** Loads a story's original articles (copies add nothing to cite) with their stored sentences. */
async function originalArticles(store: Store, storyId: string): Promise<BriefArticle[]> {
  const members = (await store.stories.articles(storyId)).filter((article) => article.duplicateOf === null);
  const articles: BriefArticle[] = [];
  for (const article of members) {
    const sentences = await store.articles.sentences(article.id);
    if (sentences.length === 0) continue;
    articles.push({
      id: article.id,
      outlet: article.sourceName,
      url: article.url,
      title: article.title ?? '',
      sentences,
      published: article.published,
      language: article.language ?? 'en',
    });
  }
  return articles;
}

/** Returns the related stories (StoryStore.related) that began before the given one, best first. */
export async function relatedEarlierStories(store: Store, story: Story): Promise<Story[]> {
  const related = await store.stories.related(story.id, RELATED_CANDIDATES);
  return related.filter((other) => other.firstSeen < story.firstSeen).slice(0, RELATED_STORIES);
}

/** Gathers a story's articles, labels and its earlier related stories' articles for the timeline. */
async function briefInput(store: Store, storyId: string): Promise<BriefInput | null> {
  const story = await store.stories.get(storyId);
  if (!story) return null;
  const articles = await originalArticles(store, story.id);
  if (articles.length === 0) return null;
  const relatedStories: RelatedStory[] = [];
  for (const other of await relatedEarlierStories(store, story)) {
    const related = await originalArticles(store, other.id);
    if (related.length > 0) relatedStories.push({ storyId: other.id, firstSeen: other.firstSeen, articles: related });
  }
  return { storyId: story.id, articles, labels: story.labels, relatedStories };
}

/** Composes briefs for every story changed since its latest brief, batch by batch, until none is left. */
export async function composeBriefs(deps: BriefDependencies, options: BriefPassOptions): Promise<BriefPassSummary> {
  const summary: BriefPassSummary = { composed: 0, newVersions: 0, droppedSentences: 0, withoutBrief: [] };
  const seen = new Set<string>();
  for (;;) {
    // A story that yields no brief stays listed; `seen` keeps the pass from retrying it forever.
    const batch = (await deps.store.stories.listNeedingBrief(options.batchSize + seen.size)).filter((id) => !seen.has(id));
    if (batch.length === 0 || options.signal?.aborted) break;
    for (const id of batch) seen.add(id);
    await composeBatch(deps, batch, summary, options);
  }
  return summary;
}

/**
 * Composes with the model when there is one, else (or when it fails) with the extractive engine, and grounds the
 * brief. The model's brief was verified already; grounding again costs little and holds every engine to one rule.
 */
async function compose(deps: BriefDependencies, input: BriefInput, at: string, options: BriefPassOptions): Promise<GroundedBrief> {
  if (options.model) {
    const { model, prices, timeoutMs, judge } = options.model;
    const composed = await composeBriefWithModel(input, model, {
      createdAt: at,
      language: options.language,
      signal: options.signal,
      ...(prices ? { prices } : {}),
      ...(timeoutMs ? { timeoutMs } : {}),
      ...(judge ? { judge } : {}),
    });
    if (composed.ok) return groundBrief(composed.value, input);
    deps.logger.warn('brief-model-failed', { stage: 'brief', story_id: input.storyId, error: composed.error.message });
  }
  return composeGroundedBrief(input, { createdAt: at, language: options.language });
}

async function composeBatch(
  deps: BriefDependencies,
  storyIds: readonly string[],
  summary: BriefPassSummary,
  options: BriefPassOptions,
): Promise<void> {
  for (const storyId of storyIds) {
    if (options.signal?.aborted) break;
    const input = await briefInput(deps.store, storyId);
    if (!input) continue;
    const at = toIso(deps.clock.now());
    const grounded = await compose(deps, input, at, options);
    const log = deps.logger.child({ story_id: input.storyId });
    for (const dropped of grounded.dropped)
      log.info('brief-sentence-dropped', { stage: 'verify', section: dropped.section, text: dropped.text, reasons: dropped.reasons });
    summary.droppedSentences += grounded.dropped.length;
    if (!grounded.brief) {
      summary.withoutBrief.push(input.storyId);
      log.warn('brief-unsupported', { stage: 'brief', dropped: grounded.dropped.length });
      continue;
    }
    const previous = (await deps.store.stories.briefVersions(input.storyId))[0]?.version ?? 0;
    const version = await deps.store.stories.saveBrief(input.storyId, grounded.brief, grounded.report.groundedShare, at);
    summary.composed += 1;
    if (version > previous) summary.newVersions += 1;
    log.info('brief-composed', {
      stage: 'brief',
      version,
      grounded_share: grounded.report.groundedShare,
      dropped: grounded.dropped.length,
    });
  }
}
