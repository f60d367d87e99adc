/**
 * The numbers candidate lookup reads per filed story, side by side in one typed array: a slot's generation, lookup
 * round, gathered weight and first and last article times share a cache line, so walking a posting list costs one
 * memory access per story met instead of one per array; and the pick of the slots that gathered the most weight.
 */
import type { SlotTimes } from './story-record.js';

/** Numbers per slot, and where each sits. */
export const SLOT_STRIDE = 5;
export const SLOT_GENERATION = 0;
export const SLOT_ROUND = 1;
export const SLOT_WEIGHT = 2;
export const SLOT_FIRST = 3;
export const SLOT_LAST = 4;

/** Per-slot numbers, grown by doubling; read directly through `data` on the hot path. */
export class SlotTable implements SlotTimes {
  data = new Float64Array(1024 * SLOT_STRIDE);

  /** Makes room for `slot`. */
  reserve(slot: number): void {
    if ((slot + 1) * SLOT_STRIDE <= this.data.length) return;
    const grown = new Float64Array(Math.max((slot + 1) * SLOT_STRIDE, this.data.length * 2));
    grown.set(this.data);
    this.data = grown;
  }

  generation(slot: number): number {
    return this.data[slot * SLOT_STRIDE + SLOT_GENERATION] as number;
  }

  /** Moves a slot to its next generation: entries filed under the old one are stale from here on. */
  retire(slot: number): void {
    this.data[slot * SLOT_STRIDE + SLOT_GENERATION] = this.generation(slot) + 1;
  }

  setTimes(slot: number, first: number, last: number): void {
    this.data[slot * SLOT_STRIDE + SLOT_FIRST] = first;
    this.data[slot * SLOT_STRIDE + SLOT_LAST] = last;
  }
}

/**
 * Moves the `limit` slots of found[0, size) with the most gathered weight to its front, heaviest first, equal
 * weights in found order: the front of a stable sort by weight, without sorting the rest.
 */
export function heaviestFirst(found: number[], size: number, limit: number, table: Float64Array): void {
  const weightOf = (slot: number) => table[slot * SLOT_STRIDE + SLOT_WEIGHT] as number;
  let kept = 0;
  for (let index = 0; index < size; index++) {
    const slot = found[index] as number;
    const weight = weightOf(slot);
    if (kept === limit && weight <= weightOf(found[limit - 1] as number)) continue;
    let at = kept < limit ? kept++ : limit - 1;
    for (; at > 0 && weightOf(found[at - 1] as number) < weight; at--) found[at] = found[at - 1] as number;
    found[at] = slot;
  }
}
