/** A sentence of an article's text, with an id stable for the same text: citations point at it. */

export interface Sentence {
  /** "p{paragraph}s{index}", both 1-based, e.g. "p2s3": stable while the text is unchanged. */
  id: string;
  text: string;
  /** 1-based paragraph number. */
  paragraph: number;
  /** Character offsets in the article's plain text. */
  start: number;
  end: number;
}

/** Names a sentence across the corpus. */
export interface SentenceRef {
  articleId: string;
  sentenceId: string;
}
