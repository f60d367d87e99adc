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

/** Scratch of keepStrongest, reused: it runs for every centroid pruned and every story filed or repaired. */
let scratchKeys = new Float64Array(512);
let scratchValues = new Float64Array(512);
let sortedValues = new Float64Array(512);
const chosen: number[] = [];

/**
 * Puts in `out` the positions of the `limit` largest of `values[0..size)`, ties to the first seen: what a full
 * stable sort would keep, found with one native numeric sort (into `sorted`, at least `size` long) instead of
 * sorting every position by comparator.
 */
export function strongestPositions(values: Float64Array, size: number, limit: number, sorted: Float64Array, out: number[]): void {
  const copy = sorted.subarray(0, size);
  copy.set(values.subarray(0, size));
  copy.sort();
  const threshold = copy[size - limit] as number;
  out.length = 0;
  for (let position = 0; position < size; position++) if ((values[position] as number) > threshold) out.push(position);
  for (let position = 0; position < size && out.length < limit; position++) if (values[position] === threshold) out.push(position);
}

/**
 * Visits the `limit` largest entries of a vector, strongest first (ties in insertion order), or every entry in
 * insertion order when they fit: what a stable sort of every entry would keep, found with one native numeric sort
 * of the values and a comparator sort of `limit` entries.
 */
export function forStrongest(vector: ReadonlyMap<number, number>, limit: number, visit: (value: number, key: number) => void): void {
  const size = vector.size;
  if (size <= limit) return vector.forEach(visit);
  if (size > scratchValues.length) {
    scratchKeys = new Float64Array(size * 2);
    scratchValues = new Float64Array(size * 2);
    sortedValues = new Float64Array(size * 2);
  }
  let at = 0;
  vector.forEach((value, key) => {
    scratchKeys[at] = key;
    scratchValues[at++] = value;
  });
  strongestPositions(scratchValues, size, limit, sortedValues, chosen);
  chosen.sort((a, b) => (scratchValues[b] as number) - (scratchValues[a] as number) || a - b);
  for (const position of chosen) visit(scratchValues[position] as number, scratchKeys[position] as number);
}

/** Returns the entries forStrongest visits, in its order, as a new vector. */
export function keepStrongest(vector: ReadonlyMap<number, number>, limit: number): SparseVector {
  const kept: SparseVector = new Map();
  forStrongest(vector, limit, (value, key) => kept.set(key, value));
  return kept;
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
