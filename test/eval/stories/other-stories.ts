/**
 * Stories beside the demo's: the held-out ones (demo/heldout/stories: written after the clusterer and the label rules
 * were tuned on the demo, and never tuned on) and the tuning ones (demo/tuning/stories: new text the rules may be
 * improved on before the held-out figures are read). Their articles arrive in one stream with the demo's, as they
 * would in a newsroom, so an article can wrongly join a demo story; the labels are scored per story against its gold.
 */
import type { DemoArticle, DemoCorpus } from '../../../src/demo/corpus.js';
import { runDemoClustering } from './demo-clustering.js';
import { GOLD_KINDS, runDemoLabels } from './demo-labels.js';
import { bCubed } from './partition-scores.js';

/** What the run measured (measures named `<set>.…`), and the details behind it. */
export interface OtherStoriesResult {
  measures: Record<string, number>;
  report: {
    stories: number;
    articles: number;
    /** Articles of the set placed in a story that holds a demo article. */
    joinedDemoStory: string[];
    storiesPredicted: number;
    labels: unknown;
  };
  /** False dedupe folds and labels without valid evidence (must be 0). */
  falseFolds: number;
}

function share(articles: readonly DemoArticle[], folded: ReadonlySet<string>): number {
  return articles.length ? articles.filter((article) => folded.has(article.id)).length / articles.length : 1;
}

/** Clusters the demo's and the set's articles together and scores the set's part; labels each story of the set. */
export function runOtherStories(demo: DemoCorpus, other: DemoCorpus, set: string): OtherStoriesResult {
  const clustering = runDemoClustering([...demo.articles, ...other.articles]);
  const gold = new Map([...demo.articles, ...other.articles].map((article) => [article.id, article.storyId]));
  const ids = new Set(other.articles.map((article) => article.id));
  const demoIds = new Set(demo.articles.map((article) => article.id));
  const stories = bCubed(clustering.predicted, gold, ids);
  const demoStoriesOf = new Set([...clustering.predicted].filter(([id]) => demoIds.has(id)).map(([, story]) => story));
  const joinedDemoStory = [...ids].filter((id) => demoStoriesOf.has(clustering.predicted.get(id) ?? '')).sort();
  const labels = runDemoLabels(other.stories);
  const measures: Record<string, number> = {
    [`${set}.stories.f1`]: stories.f1,
    [`${set}.stories.precision`]: stories.precision,
    [`${set}.stories.recall`]: stories.recall,
    [`${set}.dedupe.copiesFolded`]: share(
      other.articles.filter((article) => article.syndicatedFrom),
      clustering.folded.copies,
    ),
    [`${set}.dedupe.variantsFolded`]: share(
      other.articles.filter((article) => article.linkVariant),
      clustering.folded.variants,
    ),
  };
  for (const kind of GOLD_KINDS) {
    measures[`${set}.${kind}.precision`] = labels.kinds[kind].precision;
    measures[`${set}.${kind}.recall`] = labels.kinds[kind].recall;
  }
  const storiesPredicted = new Set([...ids].map((id) => clustering.predicted.get(id))).size;
  return {
    measures,
    report: {
      stories: other.stories.length,
      articles: other.articles.length,
      joinedDemoStory,
      storiesPredicted,
      labels: { kinds: labels.kinds, unsupportedLabels: labels.unsupportedLabels, errors: labels.errors },
    },
    falseFolds: clustering.falseFolds + labels.unsupportedLabels,
  };
}
