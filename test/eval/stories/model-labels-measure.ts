/**
 * Measures a model's label proposals on the demo gold: each story labelled by the rules, then with the proposals the
 * taxonomy's cues confirm and without the audiences the model contests (as the story pass does with llmLabels on), both
 * scored per kind of label.
 */
import type { DemoStory } from '../../../src/demo/corpus.js';
import type { Label } from '../../../src/domain/story.js';
import { DEFAULT_TAXONOMY, classifyStory, proposeLabels } from '../../../src/pipeline/classify/index.js';
import type { LanguageModel } from '../../../src/ports/language-model.js';
import { type GoldKind, type KindScores, classifyArticlesOf, scoreKinds } from './demo-labels.js';

export interface ModelLabelsMeasure {
  rules: Record<GoldKind, KindScores>;
  withModel: Record<GoldKind, KindScores>;
  added: number;
  /** Audiences of the rules' that the model took away. */
  contested: number;
  refused: number;
  /** Stories whose proposals failed (call or answer): they keep the rules' labels. */
  failures: string[];
  calls: number;
  promptTokens: number;
  completionTokens: number;
}

/** Labels each story with the rules and with the model's kept proposals, and scores both. */
export async function measureModelLabels(
  stories: readonly DemoStory[],
  model: LanguageModel,
  options: { timeoutMs?: number } = {},
): Promise<ModelLabelsMeasure> {
  const rules: { story: DemoStory; labels: Label[] }[] = [];
  const withModel: { story: DemoStory; labels: Label[] }[] = [];
  const measure = { added: 0, contested: 0, refused: 0, failures: [] as string[], calls: 0, promptTokens: 0, completionTokens: 0 };
  for (const story of stories) {
    const articles = classifyArticlesOf(story);
    const labels = classifyStory({ articles }, DEFAULT_TAXONOMY);
    rules.push({ story, labels });
    const proposed = await proposeLabels({ articles }, labels, DEFAULT_TAXONOMY, model, options);
    if (!proposed.ok) {
      measure.failures.push(`${story.id}: ${proposed.error.message}`);
      withModel.push({ story, labels });
      continue;
    }
    withModel.push({ story, labels: proposed.value.labels });
    measure.added += proposed.value.added.length;
    measure.contested += proposed.value.contested.length;
    measure.refused += proposed.value.refused.length;
    measure.calls += proposed.value.usage.calls;
    measure.promptTokens += proposed.value.usage.promptTokens;
    measure.completionTokens += proposed.value.usage.completionTokens;
  }
  return { rules: scoreKinds(rules), withModel: scoreKinds(withModel), ...measure };
}
