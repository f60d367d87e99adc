/** Turns texts into vectors for semantic similarity; optional everywhere (stages work without one). */

export interface Embedder {
  /** Returns one vector per text, in order; rejects with an Error whose message starts with "embed:" on failure. */
  embed(texts: string[]): Promise<number[][]>;
}
