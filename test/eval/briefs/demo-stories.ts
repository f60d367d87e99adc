/**
 * The demo's stories as brief inputs, as the brief pass builds them: gold story membership less syndicated copies (dedupe
 * folds them, and the pass cites originals only), each article's page text (standfirst and body) joined by blank lines, labels
 * from classify.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DemoArticle, type DemoEvent, loadDemoCorpus, pageParagraphs } from '../../../src/demo/corpus.js';
import type { BriefInput } from '../../../src/pipeline/brief/index.js';
import { DEFAULT_TAXONOMY, classifyStory } from '../../../src/pipeline/classify/index.js';
import { classifyArticleOf } from '../stories/demo-labels.js';

export interface DemoBriefCase {
  input: BriefInput;
  events: DemoEvent[];
  languages: string[];
  /** The story's headline as the demo's writers gave it. */
  title: string;
}

interface GoldFile {
  stories: { id: string; title: string; articles: string[]; events: DemoEvent[]; languages: string[] }[];
}

/** Loads every gold story of the demo as a brief input (labels included, so "Who should care" has audiences). */
export function loadDemoBriefCases(root: string): DemoBriefCase[] {
  const corpus = loadDemoCorpus(join(root, 'demo'));
  const gold = JSON.parse(readFileSync(join(root, 'demo/gold.json'), 'utf8')) as GoldFile;
  const byId = new Map(corpus.articles.map((article) => [article.id, article]));
  return gold.stories.map((story) => {
    const articles = story.articles
      .map((id) => byId.get(id))
      .filter((article): article is DemoArticle => article !== undefined && article.syndicatedFrom === null);
    const input: BriefInput = {
      storyId: story.id,
      articles: articles.map((article) => ({
        id: article.id,
        outlet: article.outlet.name,
        url: `https://${article.outlet.id}.example/${article.slug}`,
        title: article.title,
        text: pageParagraphs(article).join('\n\n'),
        published: article.published,
        language: article.language,
      })),
    };
    input.labels = classifyStory({ articles: articles.map(classifyArticleOf) }, DEFAULT_TAXONOMY);
    return { input, events: story.events, languages: story.languages, title: story.title };
  });
}
