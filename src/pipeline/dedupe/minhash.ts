/** MinHash signatures and LSH band keys: estimate Jaccard similarity of shingle sets without comparing them whole. */
import { LSH_BANDS, MINHASH_PERMUTATIONS } from './dedupe-settings.js';

/** Fixed seeds so that signatures stored in a snapshot stay comparable with new ones. */
const SEEDS: readonly number[] = Array.from({ length: MINHASH_PERMUTATIONS }, (_, index) =>
  mix32(0x9e3779b9 ^ Math.imul(index + 1, 0x85ebca6b)),
);

/** Scrambles 32 bits (murmur3's finaliser): each seed gives an independent-looking permutation. */
function mix32(value: number): number {
  let hash = value >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** Computes the MinHash signature of a set of shingle hashes (all 0xffffffff for an empty set). */
export function minhashSignature(shingles: Iterable<number>): number[] {
  const signature = new Array<number>(MINHASH_PERMUTATIONS).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let index = 0; index < MINHASH_PERMUTATIONS; index++) {
      const value = mix32(shingle ^ (SEEDS[index] as number));
      if (value < (signature[index] as number)) signature[index] = value;
    }
  }
  return signature;
}

/** Estimates Jaccard similarity as the share of positions where two signatures agree. */
export function estimateJaccard(left: readonly number[], right: readonly number[]): number {
  let same = 0;
  for (let index = 0; index < MINHASH_PERMUTATIONS; index++) if (left[index] === right[index]) same++;
  return same / MINHASH_PERMUTATIONS;
}

/** Returns one key per LSH band: texts sharing any key become candidates for the exact estimate. */
export function bandKeys(signature: readonly number[]): string[] {
  const rows = MINHASH_PERMUTATIONS / LSH_BANDS;
  const keys: string[] = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    keys.push(`${band}:${signature.slice(band * rows, band * rows + rows).join('.')}`);
  }
  return keys;
}
