/** The peer: a batch TF-IDF average-link clusterer (the baseline the ECB+ folder cites), run over a whole split. */

const TOKEN = /[\p{Letter}\p{Number}]+/gu;

/** Builds sublinear-tf × idf unit vectors, keeping terms found in at least `minDocumentFrequency` documents. */
export function tfidfVectors(texts: readonly string[], minDocumentFrequency = 2): Map<string, number>[] {
  const counts = texts.map((text) => {
    const tf = new Map<string, number>();
    for (const token of text.toLowerCase().match(TOKEN) ?? []) tf.set(token, (tf.get(token) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  return counts.map((tf) => {
    const vector = new Map<string, number>();
    let length = 0;
    for (const [term, count] of tf) {
      const frequency = df.get(term) ?? 0;
      if (frequency < minDocumentFrequency) continue;
      const weight = (1 + Math.log(count)) * (Math.log((1 + texts.length) / (1 + frequency)) + 1);
      vector.set(term, weight);
      length += weight * weight;
    }
    length = Math.sqrt(length);
    for (const [term, weight] of vector) vector.set(term, weight / (length || 1));
    return vector;
  });
}

function cosine(left: Map<string, number>, right: Map<string, number>): number {
  let sum = 0;
  for (const [term, weight] of left) sum += weight * (right.get(term) ?? 0);
  return sum;
}

/** One merge of the dendrogram: clusters led by `keep` and `drop` joined at `similarity`. */
export interface Merge {
  keep: number;
  drop: number;
  similarity: number;
}

/** Builds the average-link dendrogram down to `floor`; merges come in non-increasing similarity (UPGMA is monotone). */
export function averageLinkMerges(vectors: readonly Map<string, number>[], floor = 0): Merge[] {
  const count = vectors.length;
  const similarity = vectors.map((left) => vectors.map((right) => cosine(left, right)));
  const size = new Array<number>(count).fill(1);
  const alive = new Array<boolean>(count).fill(true);
  const merges: Merge[] = [];
  for (;;) {
    let best = floor;
    let pair: [number, number] | null = null;
    for (let i = 0; i < count; i++) {
      if (!alive[i]) continue;
      const row = similarity[i] as number[];
      for (let j = i + 1; j < count; j++) if (alive[j] && (row[j] as number) >= best) [best, pair] = [row[j] as number, [i, j]];
    }
    if (!pair) return merges;
    mergeRows(similarity, size, alive, pair[0], pair[1]);
    merges.push({ keep: pair[0], drop: pair[1], similarity: best });
  }
}

/** Cuts a dendrogram at `threshold`: returns a cluster index per item. */
export function cutMerges(count: number, merges: readonly Merge[], threshold: number): number[] {
  const owner = Array.from({ length: count }, (_, index) => index);
  const find = (index: number): number => (owner[index] === index ? index : (owner[index] = find(owner[index] as number)));
  for (const merge of merges) if (merge.similarity >= threshold) owner[find(merge.drop)] = find(merge.keep);
  return owner.map((_, index) => find(index));
}

/** Lance–Williams update for average link: the merged row is the size-weighted mean of the two rows. */
function mergeRows(similarity: number[][], size: number[], alive: boolean[], keep: number, drop: number): void {
  const total = (size[keep] as number) + (size[drop] as number);
  for (let other = 0; other < similarity.length; other++) {
    if (!alive[other] || other === keep || other === drop) continue;
    const merged =
      ((size[keep] as number) * (similarity[keep]![other] as number) + (size[drop] as number) * (similarity[drop]![other] as number)) /
      total;
    similarity[keep]![other] = merged;
    similarity[other]![keep] = merged;
  }
  size[keep] = total;
  alive[drop] = false;
}
