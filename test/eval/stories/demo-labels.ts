/** Labels every demo story from its articles' sentences and scores boards, tags, regions and audiences against the gold. */
import { type DemoArticle, type DemoStory, pageParagraphs, standfirstParagraphs } from '../../../src/demo/corpus.js';
import type { Label, LabelKind } from '../../../src/domain/story.js';
import { classifyStory, DEFAULT_TAXONOMY, type ClassifyArticle } from '../../../src/pipeline/classify/index.js';
import { splitSentences } from '../../../src/pipeline/segment/index.js';

/** Precision and recall of one kind of label, micro-averaged over stories. */
export interface KindScores {
  precision: number;
  recall: number;
  predicted: number;
  gold: number;
  correct: number;
}

/** What the label run measured. */
export interface DemoLabelsResult {
  kinds: Record<GoldKind, KindScores>;
  /** Stories with at least one audience ("Who should care"). */
  storiesWithAudience: number;
  /** Labels whose evidence is missing or cites a sentence that is not in the article (must be 0). */
  unsupportedLabels: number;
  errors: string[];
  labels: Map<string, Label[]>;
}

/** An article as the classifier reads it from the stored page text: standfirst and body, the standfirst marked. */
export function classifyArticleOf(article: DemoArticle): ClassifyArticle {
  const paragraphs = pageParagraphs(article);
  return {
    id: article.id,
    outlet: article.outlet.id,
    language: article.language,
    title: article.title,
    sentences: splitSentences(paragraphs.join('\n\n'), article.language),
    standfirst: standfirstParagraphs(article),
  };
}

/** Returns the story's articles as the classifier reads them: copies left out, they were folded by dedupe. */
export function classifyArticlesOf(story: DemoStory): ClassifyArticle[] {
  return story.articles.filter((article) => !article.syndicatedFrom).map(classifyArticleOf);
}

/** The kinds of label the demo gold holds, each scored on its own. */
export const GOLD_KINDS = ['board', 'tag', 'region', 'audience'] as const satisfies readonly LabelKind[];
export type GoldKind = (typeof GOLD_KINDS)[number];

function goldOf(story: DemoStory, kind: GoldKind): string[] {
  if (kind === 'board') return story.boards;
  if (kind === 'tag') return story.tags;
  if (kind === 'audience') return story.audiences;
  return [story.region];
}

function unsupported(labels: readonly Label[], articles: readonly ClassifyArticle[]): number {
  const sentences = new Map(
    articles.map((article) => [article.id, new Map(article.sentences.map((sentence) => [sentence.id, sentence.text]))]),
  );
  return labels.filter(
    (label) =>
      label.evidence.length === 0 ||
      label.evidence.some((evidence) => sentences.get(evidence.articleId)?.get(evidence.sentenceId) !== evidence.text),
  ).length;
}

/**
 * Prints every false positive (with the sentence that earned it) and false negative to stderr: the diagnostics that
 * `npm run eval:stories -- --labels-detail` asks for. Scoring does not depend on it.
 */
function printDetail(story: DemoStory, labels: readonly Label[]): void {
  for (const kind of GOLD_KINDS) {
    const gold = goldOf(story, kind);
    const predicted = labels.filter((label) => label.kind === kind);
    for (const label of predicted.filter((label) => !gold.includes(label.id))) {
      const evidence = label.evidence[0]?.text ?? '';
      process.stderr.write(`  ${story.id}: extra ${kind} ${label.id} (score ${label.score}) ← "${evidence.slice(0, 140)}"\n`);
    }
    for (const id of gold.filter((id) => !predicted.some((label) => label.id === id))) {
      process.stderr.write(`  ${story.id}: missing ${kind} ${id}\n`);
    }
  }
}

/** Counts, per kind, the labels given, the gold ones and those both hold, over stories and their labels. */
export function scoreKinds(labelled: readonly { story: DemoStory; labels: readonly Label[] }[]): Record<GoldKind, KindScores> {
  const counts = Object.fromEntries(GOLD_KINDS.map((kind) => [kind, { predicted: 0, gold: 0, correct: 0 }])) as Record<
    GoldKind,
    { predicted: number; gold: number; correct: number }
  >;
  for (const { story, labels } of labelled) {
    for (const kind of GOLD_KINDS) {
      const gold = goldOf(story, kind);
      const predicted = labels.filter((label) => label.kind === kind).map((label) => label.id);
      counts[kind].predicted += predicted.length;
      counts[kind].gold += gold.length;
      counts[kind].correct += predicted.filter((id) => gold.includes(id)).length;
    }
  }
  const score = (c: { predicted: number; gold: number; correct: number }): KindScores => ({
    ...c,
    precision: c.predicted ? c.correct / c.predicted : 1,
    recall: c.gold ? c.correct / c.gold : 1,
  });
  return Object.fromEntries(GOLD_KINDS.map((kind) => [kind, score(counts[kind])])) as Record<GoldKind, KindScores>;
}

/** Classifies each gold story and scores the labels per kind. */
export function runDemoLabels(stories: readonly DemoStory[]): DemoLabelsResult {
  const result = { storiesWithAudience: 0, unsupportedLabels: 0, errors: [] as string[], labels: new Map<string, Label[]>() };
  const labelled: { story: DemoStory; labels: Label[] }[] = [];
  for (const story of stories) {
    const articles = classifyArticlesOf(story);
    const labels = classifyStory({ articles }, DEFAULT_TAXONOMY);
    labelled.push({ story, labels });
    result.labels.set(story.id, labels);
    if (process.argv.includes('--labels-detail')) printDetail(story, labels);
    result.unsupportedLabels += unsupported(labels, articles);
    if (labels.some((label) => label.kind === 'audience')) result.storiesWithAudience++;
    for (const kind of GOLD_KINDS) {
      const gold = goldOf(story, kind);
      const predicted = labels.filter((label) => label.kind === kind).map((label) => label.id);
      for (const id of predicted) if (!gold.includes(id)) result.errors.push(`${story.id}: extra ${kind} ${id}`);
      for (const id of gold) if (!predicted.includes(id)) result.errors.push(`${story.id}: missing ${kind} ${id}`);
    }
  }
  return { ...result, kinds: scoreKinds(labelled) };
}
