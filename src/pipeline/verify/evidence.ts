/** Gathers what a claim's citations point at: the cited sentences' analyses, and their paragraphs as context. */
import type { Citation, Sentence } from '../../domain/index.js';
import type { TextAnalysis } from './analysis.js';
import type { EntityMention, Quantity } from './language-tools.js';
import type { IndexedArticle, SourceIndex } from './sources.js';

/** One resolved citation target. */
export interface CitedSentence {
  article: IndexedArticle;
  sentence: Sentence;
  analysis: TextAnalysis;
}

/** The cited sentences, pooled for the checks. */
export interface Evidence {
  cited: CitedSentence[];
  analyses: TextAnalysis[];
  stems: Set<string>;
  /** Lower-case English text of the cited sentences. */
  englishText: string;
  chineseText: string;
  entities: EntityMention[];
  quantities: Quantity[];
  /** The cited sentences' paragraphs and articles' titles: where "the company" in a cited sentence is named. */
  context: { entities: EntityMention[]; text: string };
  /** Entities anywhere in the cited articles: a place a claim adds may come from any part of them. */
  articleEntities: EntityMention[];
  /** The cited articles' protagonists: a claim may name the company an article is about. */
  protagonists: EntityMention[];
}

/** Resolves citations to sentences; unresolvable ones become reasons in plain words. */
export function resolveCitations(citations: readonly Citation[], index: SourceIndex): { cited: CitedSentence[]; reasons: string[] } {
  const cited: CitedSentence[] = [];
  const reasons: string[] = [];
  if (citations.length === 0) reasons.push('no citations');
  for (const citation of citations) {
    const article = index.articles.get(citation.articleId);
    if (!article) {
      reasons.push(`cites unknown article ${citation.articleId}`);
      continue;
    }
    if (citation.sentenceIds.length === 0) reasons.push(`citation of article ${article.id} names no sentence`);
    for (const id of citation.sentenceIds) {
      const sentence = article.byId.get(id);
      if (!sentence) reasons.push(`cites unknown sentence ${id} of article ${article.id}`);
      else if (!cited.some((c) => c.article === article && c.sentence === sentence))
        cited.push({ article, sentence, analysis: index.analyse(article, sentence) });
    }
  }
  return { cited, reasons };
}

/** Pools the cited sentences and their context. */
export function gatherEvidence(cited: CitedSentence[], index: SourceIndex): Evidence {
  const analyses = cited.map((c) => c.analysis);
  const context = contextOf(cited, index);
  const articles = [...new Set(cited.map((c) => c.article))];
  return {
    cited,
    analyses,
    stems: new Set(analyses.flatMap((a) => [...a.stems])),
    englishText: analyses
      .filter((a) => !a.chinese)
      .map((a) => a.text.toLowerCase())
      .join('\n'),
    chineseText: analyses
      .filter((a) => a.chinese)
      .map((a) => a.text)
      .join('\n'),
    entities: analyses.flatMap((a) => a.entities),
    quantities: analyses.flatMap((a) => a.quantities),
    context,
    articleEntities: articles.flatMap((article) => index.whole(article).entities),
    protagonists: articles.flatMap((article) => index.protagonists(article)),
  };
}

/** Returns the text around the cited sentences (their paragraphs and titles), for resolving short names. */
export function contextOf(cited: CitedSentence[], index: SourceIndex): Evidence['context'] {
  const seen = new Set<string>();
  const parts = cited.flatMap(({ article, sentence }) => {
    const key = `${article.id}\u0000${sentence.paragraph}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [index.paragraph(article, sentence.paragraph)];
  });
  return { entities: parts.flatMap((part) => part.entities), text: parts.map((part) => part.text).join('\n') };
}
