/** Term vectors for sentences: TF-IDF over one story, unit length, compared by cosine. */

export type TermVector = Map<string, number>;

/** Builds unit-length TF-IDF vectors for each term list, with IDF taken over these lists. */
export function tfidfVectors(termLists: readonly string[][]): TermVector[] {
  const documentFrequency = new Map<string, number>();
  for (const terms of termLists) for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const total = termLists.length;
  return termLists.map((terms) => {
    const vector: TermVector = new Map();
    for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1);
    for (const [term, count] of vector) {
      // Smoothed IDF keeps terms found everywhere (the story's subject) at a small positive weight.
      vector.set(term, (1 + Math.log(count)) * Math.log(1 + total / (documentFrequency.get(term) ?? 1)));
    }
    return normalize(vector);
  });
}

/** Scales a vector to unit length (an empty vector stays empty). */
export function normalize(vector: TermVector): TermVector {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  const length = Math.sqrt(sum);
  if (length === 0) return vector;
  for (const [term, value] of vector) vector.set(term, value / length);
  return vector;
}

/** Returns the cosine of two unit vectors. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, value] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += value * other;
  }
  return dot;
}

/** Sums vectors and normalises the result: the centre of a set of sentences. */
export function centroid(vectors: readonly TermVector[]): TermVector {
  const sum: TermVector = new Map();
  for (const vector of vectors) for (const [term, value] of vector) sum.set(term, (sum.get(term) ?? 0) + value);
  return normalize(sum);
}
