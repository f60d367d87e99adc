/** Counts the letters of a text by writing system (Latin, Cyrillic, Han, kana, hangul …), the first clue to its language. */

export type Script =
  | 'latin'
  | 'cyrillic'
  | 'arabic'
  | 'devanagari'
  | 'greek'
  | 'hebrew'
  | 'thai'
  | 'bengali'
  | 'tamil'
  | 'georgian'
  | 'armenian'
  | 'hangul'
  | 'kana'
  | 'han';

const RANGES: Array<[Script, number, number]> = [
  ['latin', 0x41, 0x5a],
  ['latin', 0x61, 0x7a],
  ['latin', 0xc0, 0x24f],
  ['latin', 0x1e00, 0x1eff],
  ['greek', 0x370, 0x3ff],
  ['cyrillic', 0x400, 0x52f],
  ['armenian', 0x530, 0x58f],
  ['hebrew', 0x590, 0x5ff],
  ['arabic', 0x600, 0x6ff],
  ['arabic', 0x750, 0x77f],
  ['arabic', 0xfb50, 0xfdff],
  ['arabic', 0xfe70, 0xfeff],
  ['devanagari', 0x900, 0x97f],
  ['bengali', 0x980, 0x9ff],
  ['tamil', 0xb80, 0xbff],
  ['thai', 0xe00, 0xe7f],
  ['georgian', 0x10a0, 0x10ff],
  ['hangul', 0x1100, 0x11ff],
  ['kana', 0x3040, 0x30ff],
  ['kana', 0x31f0, 0x31ff],
  ['hangul', 0x3130, 0x318f],
  ['han', 0x3400, 0x4dbf],
  ['han', 0x4e00, 0x9fff],
  ['hangul', 0xac00, 0xd7af],
  ['han', 0xf900, 0xfaff],
  ['kana', 0xff66, 0xff9f],
  ['han', 0x20000, 0x2ffff],
];

/** Returns the script of one code point, or null for digits, punctuation and unlisted scripts. */
export function scriptOf(codePoint: number): Script | null {
  if (codePoint < 0x41) return null;
  for (const [script, start, end] of RANGES) if (codePoint >= start && codePoint <= end) return script;
  return null;
}

/** Counts letters per script over at most `limit` characters. */
export function countScripts(text: string, limit = 4000): Map<Script, number> {
  const counts = new Map<Script, number>();
  let seen = 0;
  for (const character of text) {
    if (seen++ >= limit) break;
    const script = scriptOf(character.codePointAt(0)!);
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return counts;
}
