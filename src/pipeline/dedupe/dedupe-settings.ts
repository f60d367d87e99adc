/** Tunable constants of near-duplicate detection, kept apart from the algorithm so their reasons stay visible. */

/** Words per shingle for Latin-script text: 4 keeps a light copy-edit from breaking most shingles. */
export const WORD_SHINGLE_SIZE = 4;

/** Characters per shingle for Chinese, Japanese and Korean: words are not delimited, so characters stand in. */
export const CJK_SHINGLE_SIZE = 5;

/** MinHash permutations: 64 gives a Jaccard estimate within about ±0.06 at one standard error. */
export const MINHASH_PERMUTATIONS = 64;

/** LSH bands × rows = permutations; 16 × 4 finds pairs with Jaccard ≥ 0.6 with probability above 0.87. */
export const LSH_BANDS = 16;

/** Estimated Jaccard at or above which two texts count as the same article: a copy with a few edited lines stays
 * above it (a 60-word text with one changed phrase scores ~0.8, ±0.06 of estimate), distinct reports of one event
 * share few 4-word runs and score below 0.2. */
export const DUPLICATE_JACCARD = 0.7;

/** Below this many shingles a text is too short to call a copy by text alone (headlines, teasers). */
export const MIN_SHINGLES = 12;

/** Default days an article stays findable: syndicated copies appear within days, not weeks. */
export const DEFAULT_WINDOW_DAYS = 14;
