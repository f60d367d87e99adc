/** Use case step: asks the configured embeddings endpoint for one vector per article; a failing endpoint leaves clustering lexical. */
import type { Embedder } from '../ports/embedder.js';
import type { Logger } from '../ports/logger.js';

/** Characters of body text embedded after the title: the lead tells the event, and short inputs keep requests cheap. */
const LEAD_CHARACTERS = 600;

/** What an article contributes to its embedding. */
export interface EmbeddingInput {
  id: string;
  title: string;
  text: string;
}

/** Returns article vectors for a batch, or none at all when the endpoint failed. */
export interface ArticleEmbedder {
  vectors(articles: readonly EmbeddingInput[]): Promise<Map<string, readonly number[]>>;
}

/** Returns the text embedded for an article: its title and the start of its text. */
export function embeddingText(article: EmbeddingInput): string {
  return `${article.title}\n${article.text.slice(0, LEAD_CHARACTERS)}`.trim();
}

/**
 * Creates the step for one story pass. After a failure it stops asking for the rest of the pass: an endpoint that
 * is down would otherwise cost a timeout per batch, and articles placed without vectors are placed lexically anyway.
 */
export function createArticleEmbedder(embedder: Embedder, logger: Logger): ArticleEmbedder {
  let failed = false;
  return {
    async vectors(articles) {
      const vectors = new Map<string, readonly number[]>();
      if (failed || articles.length === 0) return vectors;
      try {
        const found = await embedder.embed(articles.map(embeddingText));
        articles.forEach((article, index) => {
          const vector = found[index];
          if (vector && vector.length > 0) vectors.set(article.id, vector);
        });
      } catch (error) {
        failed = true;
        logger.warn('embeddings-failed', {
          stage: 'cluster',
          articles: articles.length,
          error: error instanceof Error ? error.message : String(error),
          note: 'stories are placed by words, names and numbers only for the rest of this pass',
        });
      }
      return vectors;
    },
  };
}
