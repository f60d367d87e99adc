/** Folds Chinese text for alias lookup: full-width to ASCII, Latin to lowercase, traditional to simplified. */
import { TRADITIONAL_TO_SIMPLIFIED } from './han-variants.js';

// Name separators vary by source (U+00B7, U+2022, U+30FB, U+2027, full-width dot); all fold to "·".
const DOTS = new Set([0x2022, 0x30fb, 0x2027, 0xff0e, 0x2219, 0x22c5]);

/** Folds one UTF-16 code unit; the result keeps text offsets unchanged. */
export function foldHanCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  if (code < 0x80) return code;
  if (DOTS.has(code)) return 0xb7;
  return TRADITIONAL_TO_SIMPLIFIED.get(code) ?? code;
}
