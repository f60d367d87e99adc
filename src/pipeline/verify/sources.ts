/** Indexes the story's sources once: sentences by id, their analyses on demand, and the story's vocabulary. */
import type { Sentence } from '../../domain/index.js';
import { analyseText, type TextAnalysis } from './analysis.js';
import { entitiesOf, sentencesOf, type EntityMention } from './language-tools.js';
import { foldChinese } from './text/chinese-fold.js';
import { isChinese } from './text/normalise.js';
import type { VerifyArticle, VerifySources } from './types.js';

/** One source article with its sentences indexed by id. */
export interface IndexedArticle {
  id: string;
  outlet: string;
  title: string;
  language: string;
  published: string | null;
  sentences: Sentence[];
  byId: Map<string, Sentence>;
}

/** Words of the whole story, for telling a paraphrase from an off-topic framing. */
export interface StoryVocabulary {
  stems: Set<string>;
  /** The English sentences and titles, case kept. */
  englishText: string;
  chineseText: string;
}

/** A stretch of source text with the entities found in it. */
export interface ContextText {
  text: string;
  entities: EntityMention[];
}

/** The indexed sources; analyses are computed on first use and kept. */
export interface SourceIndex {
  articles: Map<string, IndexedArticle>;
  /** Analyses one sentence of an article (cached). */
  analyse(article: IndexedArticle, sentence: Sentence): TextAnalysis;
  /** Returns the story's vocabulary (computed once). */
  vocabulary(): StoryVocabulary;
  /** Returns a paragraph's text and its entities. */
  paragraph(article: IndexedArticle, paragraph: number): ContextText;
  /** Returns the whole article (title and sentences, one per line) and its entities. */
  whole(article: IndexedArticle): ContextText;
  /** Returns the article's protagonists: the first company or institution, and the first product, it names. */
  protagonists(article: IndexedArticle): EntityMention[];
}

/** An article read as one text: entity mentions resolve short names ("Okafor") against the whole article. */
interface WholeArticle extends ContextText {
  /** Offset of each sentence (by id) in `text`. */
  offsets: Map<string, number>;
}

const INDEXES = new WeakMap<VerifySources, SourceIndex>();

/** Indexes sources, reusing the index when the same sources object is verified again. */
export function indexSources(sources: VerifySources): SourceIndex {
  const known = INDEXES.get(sources);
  if (known) return known;
  const articles = new Map(sources.articles.map((article) => [article.id, indexArticle(article)]));
  const analyses = new Map<string, TextAnalysis>();
  const wholes = new Map<string, WholeArticle>();
  let vocabulary: StoryVocabulary | null = null;
  const whole = (article: IndexedArticle): WholeArticle => {
    let found = wholes.get(article.id);
    if (!found) wholes.set(article.id, (found = readWhole(article)));
    return found;
  };
  const index: SourceIndex = {
    articles,
    analyse: (article, sentence) => {
      const key = `${article.id}\u0000${sentence.id}`;
      let analysis = analyses.get(key);
      if (!analysis) {
        const mentions = mentionsIn(whole(article), sentence);
        analyses.set(key, (analysis = analyseText(sentence.text, article.language, article.published, { mentions })));
      }
      return analysis;
    },
    vocabulary: () => (vocabulary ??= buildVocabulary(index)),
    paragraph: (article, paragraph) => {
      const sentences = article.sentences.filter((s) => s.paragraph === paragraph);
      return { text: sentences.map((s) => s.text).join('\n'), entities: sentences.flatMap((s) => mentionsIn(whole(article), s)) };
    },
    whole,
    protagonists: (article) => protagonistsOf(whole(article).entities, article.outlet),
  };
  INDEXES.set(sources, index);
  return index;
}

function readWhole(article: IndexedArticle): WholeArticle {
  const offsets = new Map<string, number>();
  let text = article.title;
  for (const sentence of article.sentences) {
    text += '\n';
    offsets.set(sentence.id, text.length);
    text += sentence.text;
  }
  return { text, entities: entitiesOf(text), offsets };
}

function mentionsIn(whole: WholeArticle, sentence: Sentence): EntityMention[] {
  const offset = whole.offsets.get(sentence.id) ?? 0;
  const end = offset + sentence.text.length;
  return whole.entities
    .filter((mention) => mention.start >= offset && mention.end <= end)
    .map((mention) => ({ ...mention, start: mention.start - offset, end: mention.end - offset }));
}

// What an article is about: the first organisation and the first product it names, title first (the outlet
// itself aside). A claim
// may name them even when the cited sentence says "the company" or "the chip".
function protagonistsOf(entities: readonly EntityMention[], outlet: string): EntityMention[] {
  // A wire dateline names the outlet itself ("(Meridian Wire) -"): it is not what the article is about.
  const known = entities.filter((entity) => entity.source !== 'name' && entity.name.toLowerCase() !== outlet.toLowerCase());
  const organisation = known.find((entity) => entity.kind === 'company' || entity.kind === 'institution');
  const product = known.find((entity) => entity.kind === 'product');
  return [organisation, product].filter((entity): entity is EntityMention => entity !== undefined);
}

function indexArticle(article: VerifyArticle): IndexedArticle {
  const sentences = article.sentences ?? (article.text ? sentencesOf(article.text, article.language) : []);
  return {
    id: article.id,
    outlet: article.outlet,
    title: article.title,
    language: article.language,
    published: article.published,
    sentences,
    byId: new Map(sentences.map((sentence) => [sentence.id, sentence])),
  };
}

function buildVocabulary(index: SourceIndex): StoryVocabulary {
  const stems = new Set<string>();
  const chinese: string[] = [];
  const english: string[] = [];
  for (const article of index.articles.values()) {
    for (const text of [article.title, ...article.sentences.map((sentence) => sentence.text)]) {
      if (isChinese(text)) chinese.push(foldChinese(text));
      else english.push(text);
    }
    const title = analyseText(article.title, article.language, article.published);
    for (const analysis of [title, ...article.sentences.map((s) => index.analyse(article, s))]) {
      for (const stem of analysis.stems) stems.add(stem);
    }
  }
  return { stems, englishText: english.join('\n'), chineseText: chinese.join('\n') };
}
