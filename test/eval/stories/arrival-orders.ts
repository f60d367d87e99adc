/**
 * An online clusterer's result depends on the order articles arrive in, and ECB+ comes in one order (topic after
 * topic). Scoring it over several arrival orders — the folder's and seeded shuffles, where topics interleave as
 * news does — shows how much of a single figure is the order's luck.
 */
import type { ClusterDocument } from '../../../src/pipeline/cluster/index.js';

/** A seeded generator (mulberry32): the same orders on every run and machine. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Returns `count` arrival orders: the given one first, then Fisher–Yates shuffles seeded from `seed`. */
export function arrivalOrders<T>(documents: readonly T[], count: number, seed: number): T[][] {
  const orders = [[...documents]];
  for (let index = 1; index < count; index++) {
    const random = generator(seed + index);
    const order = [...documents];
    for (let at = order.length - 1; at > 0; at--) {
      const other = Math.floor(random() * (at + 1));
      [order[at], order[other]] = [order[other] as T, order[at] as T];
    }
    orders.push(order);
  }
  return orders;
}

/** Dev figures over arrival orders at the threshold whose mean train F1 is best. */
export interface OrderedResult {
  threshold: number;
  orders: number;
  trainMeanF1: number;
  devMeanF1: number;
  devMinF1: number;
  devMaxF1: number;
}

const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Chooses the threshold by mean train F1 over the train orders, then scores every dev order at it.
 * `score(split, order, threshold)` runs the clusterer over one order and returns its B³ F1.
 */
export function tuneOverOrders(
  orders: { train: readonly (readonly ClusterDocument[])[]; dev: readonly (readonly ClusterDocument[])[] },
  thresholds: readonly number[],
  score: (split: 'train' | 'dev', order: readonly ClusterDocument[], threshold: number) => number,
): OrderedResult {
  const trainMeans = thresholds.map((threshold) => mean(orders.train.map((order) => score('train', order, threshold))));
  const best = trainMeans.indexOf(Math.max(...trainMeans));
  const threshold = thresholds[best] as number;
  const dev = orders.dev.map((order) => score('dev', order, threshold));
  return {
    threshold,
    orders: orders.dev.length,
    trainMeanF1: trainMeans[best] as number,
    devMeanF1: mean(dev),
    devMinF1: Math.min(...dev),
    devMaxF1: Math.max(...dev),
  };
}
