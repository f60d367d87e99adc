/** Runs dedupe and the online clusterer over the demo articles in published order, as the pipeline would. */
import { type DemoArticle, pageParagraphs } from '../../../src/demo/corpus.js';
import { articleUrl, feedLinkFor } from '../../../src/demo/urls.js';
import { createClusterer, prepareClusterDocument, type Clusterer } from '../../../src/pipeline/cluster/index.js';
import { createDuplicateIndex, type DuplicateIndex } from '../../../src/pipeline/dedupe/index.js';
import { scorePartition, type PartitionScores } from './partition-scores.js';

const BASE = 'https://demo.groundwire.example';
/** Repair runs every this many articles, as a scheduler would run it between refreshes. */
const REPAIR_EVERY = 25;

/** What the demo run measured. */
export interface DemoClusteringResult {
  stories: PartitionScores;
  /** Syndicated copies folded into their original, of all copies. */
  copiesFolded: number;
  copies: number;
  /** Feed links with tracking parameters, trailing slashes or AMP paths matched to the canonical page. */
  variantsFolded: number;
  variants: number;
  /** Articles folded into an article they do not copy (must be 0). */
  falseFolds: number;
  repairChanges: number;
  predicted: Map<string, string>;
  /** The copies folded into their original, and the articles whose feed link led back to them, by article id. */
  folded: { copies: Set<string>; variants: Set<string> };
}

type Counts = Omit<DemoClusteringResult, 'stories' | 'predicted' | 'folded'>;

interface Run {
  clusterer: Clusterer;
  duplicates: DuplicateIndex;
  storyOf: Map<string, string>;
  counts: Counts;
  folded: DemoClusteringResult['folded'];
}

/** Passes one article through dedupe, then (unless it is a copy) the clusterer; counts what dedupe got right. */
function process(run: Run, article: DemoArticle): void {
  const text = pageParagraphs(article).join('\n');
  const source = article.outlet.id;
  const match = run.duplicates.add({
    id: article.id,
    url: articleUrl(BASE, article),
    title: article.title,
    text,
    source,
    published: article.published,
  });
  if (article.syndicatedFrom) run.counts.copies++;
  if (match) {
    if (match.articleId === article.syndicatedFrom) {
      run.counts.copiesFolded++;
      run.folded.copies.add(article.id);
    } else run.counts.falseFolds++;
    run.storyOf.set(article.id, run.storyOf.get(match.articleId) ?? match.articleId);
  } else {
    const input = { id: article.id, title: article.title, text, published: article.published, language: article.language, source };
    run.storyOf.set(article.id, run.clusterer.add(prepareClusterDocument(input)).storyId);
  }
  if (article.linkVariant) {
    // The feed's spelling of the link (tracking parameters, slash, AMP) must lead to the same article.
    run.counts.variants++;
    const variant = run.duplicates.lookup({ id: `${article.id}#feed`, url: feedLinkFor(BASE, article), text: article.summary });
    if (variant?.articleId === (match?.articleId ?? article.id)) {
      run.counts.variantsFolded++;
      run.folded.variants.add(article.id);
    }
  }
}

/** Clusters the demo articles and scores stories against the gold and dedupe against the copies. */
export function runDemoClustering(articles: readonly DemoArticle[]): DemoClusteringResult {
  const ordered = [...articles].sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  const counts: Counts = { copiesFolded: 0, copies: 0, variantsFolded: 0, variants: 0, falseFolds: 0, repairChanges: 0 };
  const folded = { copies: new Set<string>(), variants: new Set<string>() };
  const run: Run = { clusterer: createClusterer(), duplicates: createDuplicateIndex(), storyOf: new Map(), counts, folded };
  ordered.forEach((article, index) => {
    process(run, article);
    if ((index + 1) % REPAIR_EVERY === 0) counts.repairChanges += run.clusterer.repair().length;
  });
  counts.repairChanges += run.clusterer.repair().length;
  const predicted = new Map([...run.storyOf].map(([id, story]) => [id, run.clusterer.resolve(story)]));
  const gold = new Map(articles.map((article) => [article.id, article.storyId]));
  return { ...counts, stories: scorePartition(predicted, gold), predicted, folded };
}
