/** A possible alias match before overlaps are resolved. */
import type { MentionSource } from './types.js';

/** One alias occurrence; `entry` indexes the alias table, -1 marks a blocking non-entity word. */
export interface Candidate {
  entry: number;
  start: number;
  end: number;
  source: MentionSource;
}
