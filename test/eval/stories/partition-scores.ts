/** Scores a predicted partition against a gold one: B³ (Bagga & Baldwin), ARI, NMI and V-measure. */

/** Scores of one predicted partition. */
export interface PartitionScores {
  precision: number;
  recall: number;
  f1: number;
  ari: number;
  nmi: number;
  vMeasure: number;
  clusters: number;
  goldClusters: number;
}

function groups(assignment: ReadonlyMap<string, string>): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [item, cluster] of assignment) {
    const members = result.get(cluster) ?? [];
    members.push(item);
    result.set(cluster, members);
  }
  return result;
}

/**
 * Returns B³ precision, recall and F1 over the items of `gold` (items missing from `predicted` count as singletons).
 * With `over`, the per-item scores are averaged over those items only, while clusters still hold every item: a
 * held-out article placed in a story of other articles loses precision for it.
 */
export function bCubed(
  predicted: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
  over?: ReadonlySet<string>,
): { precision: number; recall: number; f1: number } {
  const filled = new Map([...gold.keys()].map((item) => [item, predicted.get(item) ?? `missing:${item}`]));
  const byPredicted = groups(filled);
  const byGold = groups(gold);
  let precision = 0;
  let recall = 0;
  let counted = 0;
  for (const [item, cluster] of filled) {
    if (over && !over.has(item)) continue;
    counted++;
    const mine = byPredicted.get(cluster) ?? [];
    const goldCluster = gold.get(item) as string;
    const shared = mine.filter((other) => gold.get(other) === goldCluster).length;
    precision += shared / mine.length;
    recall += shared / (byGold.get(goldCluster)?.length ?? 1);
  }
  precision /= counted || 1;
  recall /= counted || 1;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

function pairs(count: number): number {
  return (count * (count - 1)) / 2;
}

function entropy(sizes: Iterable<number>, total: number): number {
  let sum = 0;
  for (const size of sizes) if (size > 0) sum -= (size / total) * Math.log(size / total);
  return sum;
}

/** Returns every score of a predicted partition against gold. */
export function scorePartition(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): PartitionScores {
  const filled = new Map([...gold.keys()].map((item) => [item, predicted.get(item) ?? `missing:${item}`]));
  const total = filled.size;
  const contingency = new Map<string, number>();
  for (const [item, cluster] of filled) {
    const key = `${cluster}\u0000${gold.get(item)}`;
    contingency.set(key, (contingency.get(key) ?? 0) + 1);
  }
  const predictedSizes = [...groups(filled).values()].map((members) => members.length);
  const goldSizes = [...groups(gold).values()].map((members) => members.length);
  const sumPairs = [...contingency.values()].reduce((sum, count) => sum + pairs(count), 0);
  const predictedPairs = predictedSizes.reduce((sum, size) => sum + pairs(size), 0);
  const goldPairs = goldSizes.reduce((sum, size) => sum + pairs(size), 0);
  const expected = (predictedPairs * goldPairs) / (pairs(total) || 1);
  const maxIndex = (predictedPairs + goldPairs) / 2;
  const ari = maxIndex - expected === 0 ? 1 : (sumPairs - expected) / (maxIndex - expected);
  const hPredicted = entropy(predictedSizes, total);
  const hGold = entropy(goldSizes, total);
  const hJoint = entropy(contingency.values(), total);
  const mutual = hPredicted + hGold - hJoint;
  const homogeneity = hGold === 0 ? 1 : mutual / hGold;
  const completeness = hPredicted === 0 ? 1 : mutual / hPredicted;
  const nmi = hPredicted + hGold === 0 ? 1 : (2 * mutual) / (hPredicted + hGold);
  const vMeasure = homogeneity + completeness === 0 ? 0 : (2 * homogeneity * completeness) / (homogeneity + completeness);
  return { ...bCubed(predicted, gold), ari, nmi, vMeasure, clusters: predictedSizes.length, goldClusters: goldSizes.length };
}
