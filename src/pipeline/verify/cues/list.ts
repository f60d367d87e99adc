/** Reads a comma-separated cue list written as one block of text, so data modules stay short tables. */

/** Splits "a, b c, d" into ["a", "b c", "d"] (entries may be phrases; blanks are dropped). */
export function cueList(text: string): readonly string[] {
  return text
    .split(',')
    .map((entry) => entry.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}
