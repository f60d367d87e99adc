/** Loads the demo newsroom's outlets and stories from the demo/ folder and expands syndicated copies. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type FeedKind = 'rss2' | 'atom' | 'json' | 'rdf';

export interface DemoOutlet {
  id: string;
  name: string;
  homepage: string;
  region: string;
  language: string;
  feed: FeedKind;
  summaryOnly?: boolean;
  encoding?: string;
  beat: string;
}

export interface DemoComment {
  author: string;
  text: string;
}

export interface DemoArticle {
  id: string;
  storyId: string;
  outlet: DemoOutlet;
  slug: string;
  title: string;
  published: string;
  author: string;
  language: string;
  summary: string;
  body: string[];
  comments: DemoComment[];
  /** Id of the article this one copies (syndication), if any. */
  syndicatedFrom: string | null;
  linkVariant: 'utm' | 'slash' | 'amp' | 'repost' | null;
}

/**
 * The paragraphs a reader (and the extractor) finds on an article's page: the standfirst, which the page prints under
 * the headline, then the body. Evaluations read these, so that they score the text the pipeline stores.
 */
export function pageParagraphs(article: DemoArticle): string[] {
  return article.summary === '' ? article.body : [article.summary, ...article.body];
}

/** How many of an article's page paragraphs are its standfirst, as the extractor counts them. */
export function standfirstParagraphs(article: DemoArticle): number {
  return article.summary === '' ? 0 : 1;
}

export interface DemoEvent {
  date: string;
  precision: 'day' | 'month' | 'year';
  text: string;
}

export interface DemoStory {
  id: string;
  title: string;
  boards: string[];
  tags: string[];
  region: string;
  /** Who should care: the audiences the story's articles show it bears on (adjudicated from two annotations). */
  audiences: string[];
  events: DemoEvent[];
  articles: DemoArticle[];
}

export interface DemoCorpus {
  outlets: DemoOutlet[];
  stories: DemoStory[];
  articles: DemoArticle[];
}

interface RawArticle extends Partial<Omit<DemoArticle, 'outlet' | 'storyId'>> {
  id: string;
  outlet: string;
  slug: string;
  published: string;
}

interface RawStory extends Omit<DemoStory, 'articles'> {
  articles: RawArticle[];
}

/**
 * Reads demo/outlets.json and the story files under `demoDir`: `stories/` by default, or `storiesFolder` (the
 * held-out stories, `heldout/stories`, which share the outlets).
 */
export function loadDemoCorpus(demoDir: string, storiesFolder = 'stories'): DemoCorpus {
  const outlets = JSON.parse(readFileSync(join(demoDir, 'outlets.json'), 'utf8')) as DemoOutlet[];
  const byOutlet = new Map(outlets.map((outlet) => [outlet.id, outlet]));
  const storiesDir = join(demoDir, storiesFolder);
  const files = readdirSync(storiesDir).filter((name) => name.endsWith('.json')).sort();
  const stories: DemoStory[] = files.map((name) => {
    const raw = JSON.parse(readFileSync(join(storiesDir, name), 'utf8')) as RawStory;
    const articles: DemoArticle[] = [];
    for (const entry of raw.articles) {
      const outlet = byOutlet.get(entry.outlet);
      if (!outlet) throw new Error(`demo: ${name}: article ${entry.id} names unknown outlet ${entry.outlet}`);
      const original = entry.syndicatedFrom ? articles.find((a) => a.id === entry.syndicatedFrom) : undefined;
      if (entry.syndicatedFrom && !original) throw new Error(`demo: ${name}: ${entry.id} copies unknown article ${entry.syndicatedFrom}`);
      articles.push({
        id: entry.id,
        storyId: raw.id,
        outlet,
        slug: entry.slug,
        title: entry.title ?? original?.title ?? '',
        published: entry.published,
        author: entry.author ?? original?.author ?? '',
        language: entry.language ?? original?.language ?? outlet.language,
        summary: entry.summary ?? original?.summary ?? '',
        body: entry.body ?? original?.body ?? [],
        comments: entry.comments ?? [],
        syndicatedFrom: entry.syndicatedFrom ?? null,
        linkVariant: entry.linkVariant ?? null,
      });
    }
    return { ...raw, articles };
  });
  const articles = stories.flatMap((story) => story.articles).sort((a, b) => b.published.localeCompare(a.published));
  return { outlets, stories, articles };
}
