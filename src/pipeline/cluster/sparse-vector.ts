/** Sparse vectors as maps from feature to weight: the arithmetic that centroids and similarities need. */

/** A sparse vector: feature → weight. */
export type SparseVector = Map<string, number>;

/** Returns the Euclidean length of a vector. */
export function norm(vector: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

/** Returns the dot product, iterating over the smaller vector. */
export function dot(left: ReadonlyMap<string, number>, right: ReadonlyMap<string, number>): number {
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let sum = 0;
  for (const [key, value] of small) {
    const other = large.get(key);
    if (other !== undefined) sum += value * other;
  }
  return sum;
}

/** Scales a vector to unit length (an empty or zero vector stays as it is). */
export function normalize(vector: SparseVector): SparseVector {
  const length = norm(vector);
  if (length > 0) for (const [key, value] of vector) vector.set(key, value / length);
  return vector;
}

/** Adds `factor` × `source` into `target` in place, dropping entries that fall to about zero. */
export function addScaled(target: SparseVector, source: ReadonlyMap<string, number>, factor = 1): void {
  for (const [key, value] of source) {
    const next = (target.get(key) ?? 0) + value * factor;
    if (Math.abs(next) < 1e-9) target.delete(key);
    else target.set(key, next);
  }
}

/** Keeps the `limit` largest entries of a vector. */
export function keepStrongest(vector: ReadonlyMap<string, number>, limit: number): SparseVector {
  if (vector.size <= limit) return new Map(vector);
  return new Map([...vector].sort((a, b) => b[1] - a[1]).slice(0, limit));
}

/** Returns the cosine of the angle between two vectors (0 when either is empty). */
export function cosine(left: ReadonlyMap<string, number>, right: ReadonlyMap<string, number>): number {
  const lengths = norm(left) * norm(right);
  return lengths > 0 ? dot(left, right) / lengths : 0;
}

/** Returns the cosine of two dense vectors (embeddings); 0 when their lengths differ or either is zero. */
export function denseCosine(left: readonly number[], right: readonly number[]): number {
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

/** A unit vector held compactly as parallel arrays, strongest feature first: what each held article keeps. */
export interface CompactVector {
  keys: string[];
  weights: Float64Array;
}

/** Packs a sparse vector into arrays, strongest feature first (so the first k entries are its k strongest). */
export function compact(vector: ReadonlyMap<string, number>): CompactVector {
  const sorted = [...vector].sort((a, b) => b[1] - a[1]);
  return { keys: sorted.map(([key]) => key), weights: Float64Array.from(sorted, ([, weight]) => weight) };
}

/** Returns the dot product of a compact vector with a sparse one. */
export function dotCompact(vector: CompactVector, other: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (let index = 0; index < vector.keys.length; index++) {
    const value = other.get(vector.keys[index] as string);
    if (value !== undefined) sum += (vector.weights[index] as number) * value;
  }
  return sum;
}

/** Lists a compact vector's entries as pairs (for sums and snapshots). */
export function entriesOf(vector: CompactVector): [string, number][] {
  return vector.keys.map((key, index) => [key, vector.weights[index] as number]);
}
