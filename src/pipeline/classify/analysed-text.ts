/** A story's texts prepared once for every label: each headline and sentence with the entity ids found in it. */
import type { Sentence } from '../../domain/sentence.js';
import { entityById, extractQuantities, findEntities } from '../entities/index.js';
import { findAppositives, splitAppositives } from './appositives.js';
import type { ClassifyArticle } from './types.js';

/** A text and the distinct entity ids mentioned in it. */
export interface AnalysedText {
  text: string;
  /** Places and institutions: where a story happens and who rules on it. */
  entities: ReadonlySet<string>;
  /**
   * Companies, products and people (who acts hints at a section without naming it) and the currencies of amounts
   * ("currency:CNY": prices in yuan hint at China without placing the story there).
   */
  hints: ReadonlySet<string>;
  /** Where the companies the text names are based (place ids): a hint of where their news happens. */
  homes: ReadonlySet<string>;
  /** The text with its descriptions of companies blanked out (see appositives.ts). */
  core: string;
  /** Those descriptions, joined; empty when there are none. */
  asides: string;
}

const ACTOR_KINDS = new Set(['company', 'product', 'person']);

/** An article ready for scoring: its headline (weighs in, never evidence) and its sentences. */
export interface AnalysedArticle {
  id: string;
  title: AnalysedText | null;
  /** The last paragraph of the lead: the standfirst's, if the page has one, and the body's first. */
  leadEnd: number;
  sentences: { sentence: Sentence; analysed: AnalysedText }[];
}

function analyse(text: string): AnalysedText {
  // Unknown capitalised names ("name:…") are no taxonomy's cue; only alias-table ids are kept.
  const mentions = findEntities(text).filter((mention) => mention.source !== 'name');
  return {
    text,
    ...splitAppositives(text, findAppositives(text, mentions)),
    entities: new Set(mentions.filter((mention) => !ACTOR_KINDS.has(mention.kind)).map((mention) => mention.id)),
    hints: new Set([
      ...mentions.filter((mention) => ACTOR_KINDS.has(mention.kind)).map((mention) => mention.id),
      ...extractQuantities(text)
        .filter((quantity) => quantity.kind === 'money' && quantity.unit)
        .map((quantity) => `currency:${quantity.unit}`),
    ]),
    homes: new Set(mentions.flatMap((mention) => entityById(mention.id)?.home ?? [])),
  };
}

/** Finds the entities of every headline and sentence of a story, once. */
export function analyseArticles(articles: readonly ClassifyArticle[]): AnalysedArticle[] {
  return articles.map((article) => ({
    id: article.id,
    title: article.title ? analyse(article.title) : null,
    leadEnd: 1 + (article.standfirst ?? 0),
    sentences: article.sentences.map((sentence) => ({ sentence, analysed: analyse(sentence.text) })),
  }));
}
