/** Parses an option's comma-separated list ("a, b,,c" → ["a", "b", "c"]). */
export function commaList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
