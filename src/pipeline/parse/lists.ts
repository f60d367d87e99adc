/** List helpers for the per-item code, kept in one place on purpose (see appendAll). */

/**
 * Appends every element of `source` to `target` and returns `target`. Items build many small lists, often empty,
 * from many places; copying them in one shared loop lets V8 learn every kind of array it meets (empty or full, from
 * every adapter) before it optimizes the callers, which would otherwise deoptimize and recompile on the first new one.
 */
export function appendAll<T>(target: T[], source: readonly T[]): T[] {
  for (let index = 0; index < source.length; index++) target.push(source[index]!);
  return target;
}
