/** Short stable identifiers from content. */
import { createHash } from 'node:crypto';

/** Returns a 16-hex-digit id stable across runs for the same parts. */
export function stableId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}
