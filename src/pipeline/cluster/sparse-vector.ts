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

/** A unit vector held compactly as parallel typed arrays, strongest feature first: what each held article keeps. */
export interface CompactVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** An empty compact vector, shared: compact vectors are never written after they are built. */
export const EMPTY_VECTOR: CompactVector = { ids: new Int32Array(0), weights: new Float64Array(0) };

/** Packs a sparse vector into arrays, strongest feature first (so the first k entries are its k strongest). */
export function compact(vector: ReadonlyMap<number, number>): CompactVector {
  if (vector.size === 0) return EMPTY_VECTOR;
  const sorted = [...vector].sort((a, b) => b[1] - a[1]);
  return { ids: Int32Array.from(sorted, ([id]) => id), weights: Float64Array.from(sorted, ([, weight]) => weight) };
}

/** Returns the dot product of a compact vector with a sparse one. */
export function dotCompact(vector: CompactVector, other: ReadonlyMap<number, number>): number {
  const { ids, weights } = vector;
  let sum = 0;
  for (let index = 0; index < ids.length; index++) {
    const value = other.get(ids[index] as number);
    if (value !== undefined) sum += (weights[index] as number) * value;
  }
  return sum;
}
