/** Prepares a story's sentences for selection: segmentation, copies set aside, terms and vectors. */
import type { Sentence } from '../../domain/index.js';
import { BOILERPLATE } from './cues.js';
import { BOILERPLATE_ZH } from './cues-zh.js';
import { baseLanguage, contentTerms, hasOpenQuote, isHanText, textLength } from './text.js';
import type { BriefArticle, BriefInput } from './types.js';
import { type TermVector, tfidfVectors } from './vectors.js';

/** Splits an article's text into sentences with ids (the segment stage in production). */
export type Segmenter = (text: string, language: string) => Sentence[];

export interface PoolSentence {
  /** "articleId#sentenceId": unique across the story. */
  key: string;
  article: BriefArticle;
  articleIndex: number;
  sentence: Sentence;
  language: string;
  /** 0-based order of the sentence in its article. */
  position: number;
  /** Sentences in the article. */
  articleLength: number;
  terms: string[];
  vector: TermVector;
  /** Boilerplate, or too short to stand alone: never selected, still citable by the timeline. */
  selectable: boolean;
}

export interface Pool {
  /** The brief's language. */
  language: string;
  /** Articles that are not verbatim copies of an earlier one, in input order. */
  articles: BriefArticle[];
  /** Sentences of those articles in the brief's language. */
  sentences: PoolSentence[];
  /** Every article's sentences by article id (copies included), for citation checks. */
  byArticle: Map<string, PoolSentence[]>;
}

/** Picks the brief's language: the board's when any article is in it, else the most common one. */
export function briefLanguage(articles: readonly BriefArticle[], boardLanguage: string): string {
  const counts = new Map<string, number>();
  for (const article of articles) counts.set(baseLanguage(article.language), (counts.get(baseLanguage(article.language)) ?? 0) + 1);
  if (counts.has(boardLanguage)) return boardLanguage;
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? boardLanguage;
}

function isBoilerplate(text: string): boolean {
  return [...BOILERPLATE, ...BOILERPLATE_ZH].some((pattern) => pattern.test(text));
}

/** Returns an article's sentences: given ones, else its text segmented. */
export function sentencesOf(article: BriefArticle, segment: Segmenter): Sentence[] {
  if (article.sentences) return article.sentences;
  // The language goes through as written so every stage that segments this article gets the same ids.
  return article.text ? segment(article.text, article.language) : [];
}

function selectable(text: string, language: string): boolean {
  const length = textLength(text);
  // A sentence ending in a colon introduces a list that did not come with it.
  if (isBoilerplate(text) || hasOpenQuote(text) || /[:：]$/.test(text.trim()) || length < 6 || length > 70) return false;
  // A sentence in another script than its article's language is a stray caption or code.
  return language === 'zh' ? isHanText(text) : !isHanText(text);
}

/** Segments every article, sets copies aside and vectorises the brief-language sentences. */
export function preparePool(input: BriefInput, boardLanguage: string, segment: Segmenter): Pool {
  const language = briefLanguage(input.articles, boardLanguage);
  const seenTexts = new Set<string>();
  const articles: BriefArticle[] = [];
  const byArticle = new Map<string, PoolSentence[]>();
  const drafts: Omit<PoolSentence, 'vector'>[] = [];
  input.articles.forEach((article, articleIndex) => {
    const sentences = sentencesOf(article, segment);
    const articleLanguage = baseLanguage(article.language);
    const items = sentences.map((sentence, position) => ({
      key: `${article.id}#${sentence.id}`,
      article,
      articleIndex,
      sentence,
      language: articleLanguage,
      position,
      articleLength: sentences.length,
      terms: contentTerms(sentence.text),
      selectable: selectable(sentence.text, articleLanguage),
    }));
    const fingerprint = sentences.map((sentence) => sentence.text).join('\n');
    const copy = fingerprint.length > 0 && seenTexts.has(fingerprint);
    seenTexts.add(fingerprint);
    byArticle.set(
      article.id,
      items.map((item) => ({ ...item, vector: new Map() })),
    );
    if (copy) return;
    articles.push(article);
    if (articleLanguage === language) drafts.push(...items);
  });
  const vectors = tfidfVectors(drafts.map((draft) => draft.terms));
  const sentences = drafts.map((draft, index) => ({ ...draft, vector: vectors[index] ?? new Map() }));
  for (const item of sentences) {
    const list = byArticle.get(item.article.id);
    const slot = list?.findIndex((other) => other.key === item.key) ?? -1;
    if (list && slot >= 0) list[slot] = item;
  }
  return { language, articles, sentences, byArticle };
}
