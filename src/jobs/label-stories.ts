/**
 * Labels a story for the story pass: the rules always, then, with a label model configured, the labels the model
 * proposes that the taxonomy's cues confirm, less the audiences it contests with a reason (each logged). A model that
 * fails or answers badly costs the story nothing but the proposals: the rules' labels are stored and the failure is
 * logged. With the labels goes who the story is about: the companies, products and bodies its headlines name.
 */
import type { Label, StorySubject } from '../domain/story.js';
import { type ClassifyArticle, type Taxonomy, classifyStory, proposeLabels } from '../pipeline/classify/index.js';
import { headlineSubjects } from '../pipeline/entities/index.js';
import type { LanguageModel } from '../ports/language-model.js';
import type { Logger } from '../ports/logger.js';
import type { Store } from '../ports/store.js';

/** A language model that may propose labels. */
export interface LabelModel {
  model: LanguageModel;
  timeoutMs?: number;
}

/** A story's labels and subjects (who its headlines name). */
export interface StoryLabelling {
  labels: Label[];
  subjects: StorySubject[];
}

/** Labels one story from the sentences of its original articles (copies are not clustered, so add no evidence twice). */
export async function labelStory(
  deps: { store: Store; logger: Logger },
  taxonomy: Taxonomy,
  story: { id: string; articleIds: readonly string[] },
  labelModel?: LabelModel,
): Promise<StoryLabelling> {
  const articles: ClassifyArticle[] = [];
  for (const id of story.articleIds) {
    const article = await deps.store.articles.get(id);
    if (!article) continue;
    articles.push({
      id,
      outlet: article.sourceId,
      language: article.language ?? 'en',
      title: article.title,
      sentences: await deps.store.articles.sentences(id),
      standfirst: article.extraction?.standfirst ?? 0,
    });
  }
  const subjects = headlineSubjects(articles);
  return { labels: await withModelLabels(deps, taxonomy, story.id, articles, labelModel), subjects };
}

/** The rules' labels, with the label model's confirmed proposals and contests when one is configured. */
async function withModelLabels(
  deps: { logger: Logger },
  taxonomy: Taxonomy,
  storyId: string,
  articles: ClassifyArticle[],
  labelModel: LabelModel | undefined,
): Promise<Label[]> {
  const labels = classifyStory({ articles }, taxonomy);
  if (!labelModel || articles.length === 0) return labels;
  const proposed = await proposeLabels({ articles }, labels, taxonomy, labelModel.model, {
    ...(labelModel.timeoutMs ? { timeoutMs: labelModel.timeoutMs } : {}),
  });
  if (!proposed.ok) {
    deps.logger.warn('label-model-failed', { stage: 'classify', story_id: storyId, error: proposed.error.message });
    return labels;
  }
  if (proposed.value.contested.length > 0)
    deps.logger.info('label-audiences-contested', {
      stage: 'classify',
      story_id: storyId,
      contested: proposed.value.contested.map((entry) => `${entry.label.id}: ${entry.reason}`),
    });
  if (proposed.value.refused.length > 0)
    deps.logger.info('label-proposals-refused', {
      stage: 'classify',
      story_id: storyId,
      refused: proposed.value.refused.map((entry) => `${entry.kind} ${entry.id}: ${entry.reason}`),
    });
  return proposed.value.labels;
}
