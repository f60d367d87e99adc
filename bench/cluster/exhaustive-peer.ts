/** The peer: textbook single-pass clustering that compares each article with every story seen so far (no index, no window). */

/** A single-pass clusterer over term-count maps with a cosine threshold. */
export function createExhaustivePeer(threshold: number): { add(terms: ReadonlyMap<string, number>): number; stories(): number } {
  const centroids: Map<string, number>[] = [];
  const lengths: number[] = [];
  const df = new Map<string, number>();
  let documents = 0;
  return {
    add(terms) {
      documents++;
      for (const term of terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
      const vector = new Map<string, number>();
      let length = 0;
      for (const [term, count] of terms) {
        const weight = (1 + Math.log(count)) * Math.log((documents + 1) / ((df.get(term) ?? 0) + 1) + 1);
        vector.set(term, weight);
        length += weight * weight;
      }
      length = Math.sqrt(length) || 1;
      let best = -1;
      let bestScore = threshold;
      centroids.forEach((centroid, index) => {
        let dot = 0;
        for (const [term, weight] of vector) dot += weight * (centroid.get(term) ?? 0);
        const score = dot / (length * (lengths[index] as number));
        if (score >= bestScore) [best, bestScore] = [index, score];
      });
      const target = best >= 0 ? (centroids[best] as Map<string, number>) : new Map<string, number>();
      if (best < 0) {
        centroids.push(target);
        lengths.push(0);
      }
      for (const [term, weight] of vector) target.set(term, (target.get(term) ?? 0) + weight / length);
      const index = best >= 0 ? best : centroids.length - 1;
      let sum = 0;
      for (const weight of target.values()) sum += weight * weight;
      lengths[index] = Math.sqrt(sum) || 1;
      return index;
    },
    stories: () => centroids.length,
  };
}
