/** Sparse vectors over interned feature ids: the arithmetic that centroids and similarities need. */

/** A sparse vector: feature id → weight. */
export type SparseVector = Map<number, number>;

/** Returns the Euclidean length of a vector. */
export function norm(vector: ReadonlyMap<number, number>): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

/** Returns the dot product, iterating over the smaller vector. */
export function dot(left: ReadonlyMap<number, number>, right: ReadonlyMap<number, number>): number {
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let sum = 0;
  for (const [key, value] of small) {
    const other = large.get(key);
    if (other !== undefined) sum += value * other;
  }
  return sum;
}

/** Keeps the `limit` largest entries of a vector, strongest first (ties in insertion order). */
export function keepStrongest(vector: ReadonlyMap<number, number>, limit: number): SparseVector {
  if (vector.size <= limit) return new Map(vector);
  return new Map([...vector].sort((a, b) => b[1] - a[1]).slice(0, limit));
}

/** Returns the cosine of two dense vectors (embeddings); 0 when their lengths differ or either is zero. */
export function denseCosine(left: ArrayLike<number>, right: ArrayLike<number>): number {
  if (left.length !== right.length) return 0;
  let product = 0;
  let leftSum = 0;
  let rightSum = 0;
  for (let index = 0; index < left.length; index++) {
    const a = left[index] as number;
    const b = right[index] as number;
    product += a * b;
    leftSum += a * a;
    rightSum += b * b;
  }
  return leftSum > 0 && rightSum > 0 ? product / Math.sqrt(leftSum * rightSum) : 0;
}

/** Weighted feature ids held compactly as parallel typed arrays, strongest first (lookup features). */
export interface CompactVector {
  ids: Int32Array;
  weights: Float64Array;
}
