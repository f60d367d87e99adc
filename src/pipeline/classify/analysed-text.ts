/** A story's texts prepared once for every label: each headline and sentence with the entity ids found in it. */
import type { Sentence } from '../../domain/sentence.js';
import { findEntities } from '../entities/index.js';
import type { ClassifyArticle } from './types.js';

/** A text and the distinct entity ids mentioned in it. */
export interface AnalysedText {
  text: string;
  entities: ReadonlySet<string>;
}

/** An article ready for scoring: its headline (weighs in, never evidence) and its sentences. */
export interface AnalysedArticle {
  id: string;
  title: AnalysedText | null;
  sentences: { sentence: Sentence; analysed: AnalysedText }[];
}

function analyse(text: string): AnalysedText {
  // Unknown capitalised names ("name:…") are no taxonomy's cue; only alias-table ids are kept.
  const ids = findEntities(text)
    .filter((mention) => mention.source !== 'name')
    .map((mention) => mention.id);
  return { text, entities: new Set(ids) };
}

/** Finds the entities of every headline and sentence of a story, once. */
export function analyseArticles(articles: readonly ClassifyArticle[]): AnalysedArticle[] {
  return articles.map((article) => ({
    id: article.id,
    title: article.title ? analyse(article.title) : null,
    sentences: article.sentences.map((sentence) => ({ sentence, analysed: analyse(sentence.text) })),
  }));
}
