/** The article as lists and pages show it: the article with its source's name and region. */
import type { Article } from '../domain/article.js';

export interface ArticleWithSource extends Article {
  sourceName: string;
  sourceRegion: string | null;
}
