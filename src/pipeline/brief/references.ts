/** Numbers the cited articles as references and writes the article's inline [n] markers. */
import type { ArticleParagraph, BriefSentence, Reference } from '../../domain/index.js';
import { isHanText } from './text.js';
import type { BriefArticle } from './types.js';

// Endings whose final dot is an abbreviation's, not the sentence's.
const ABBREVIATION_END = /(\b[a-z]\.[a-z]|\b(Inc|Corp|Ltd|Co|Jr|Sr|St|No|U\.S|U\.K))$/i;

/** Builds references for every cited article, numbered in order of first citation. */
export function buildReferences(sentences: readonly BriefSentence[], articles: readonly BriefArticle[]): Reference[] {
  const order: string[] = [];
  for (const sentence of sentences)
    for (const citation of sentence.citations) if (!order.includes(citation.articleId)) order.push(citation.articleId);
  const references: Reference[] = [];
  for (const articleId of order) {
    const article = articles.find((candidate) => candidate.id === articleId);
    if (!article) continue;
    references.push({
      n: references.length + 1,
      articleId,
      outlet: article.outlet,
      title: article.title,
      url: article.url,
      published: article.published,
      ...(article.relatedStoryId ? { relatedStoryId: article.relatedStoryId } : {}),
    });
  }
  return references;
}

/** Appends "[n]" markers to a sentence, before its final punctuation. */
export function withMarkers(text: string, numbers: readonly number[]): string {
  if (numbers.length === 0) return text;
  const markers = numbers.map((n) => `[${n}]`).join('');
  const match = /([.!?。！？]["”’」』)]*)$/u.exec(text);
  if (!match) return `${text} ${markers}`;
  const body = text.slice(0, match.index);
  // "6:05 p.m." or "Corp.": the final dot belongs to the abbreviation, so the markers follow it.
  if (ABBREVIATION_END.test(body)) return `${text} ${markers}`;
  // Chinese puts markers flush against the text; English separates them with a space.
  const separator = isHanText(body) ? '' : ' ';
  return `${body}${separator}${markers}${match[1]}`;
}

/** Returns the paragraphs with each sentence carrying the [n] markers of its citations. */
export function markArticle(paragraphs: readonly ArticleParagraph[], references: readonly Reference[]): ArticleParagraph[] {
  const numberOf = new Map(references.map((reference) => [reference.articleId, reference.n]));
  return paragraphs.map((paragraph) => ({
    sentences: paragraph.sentences.map((sentence) => {
      const numbers = sentence.citations.map((citation) => numberOf.get(citation.articleId)).filter((n): n is number => n !== undefined);
      return {
        ...sentence,
        text: withMarkers(
          sentence.text,
          [...new Set(numbers)].sort((a, b) => a - b),
        ),
      };
    }),
  }));
}
