/** Number words and scales in English and Chinese, and the parser for Chinese numerals (两千, 一万二千). */

/** English scale words and abbreviations, with their multipliers. Single letters count only after a currency. */
export const ENGLISH_SCALES: ReadonlyArray<readonly [string, number, boolean]> = [
  ['thousand', 1e3, false],
  ['million', 1e6, false],
  ['billion', 1e9, false],
  ['trillion', 1e12, false],
  ['bn', 1e9, true],
  ['mn', 1e6, true],
  ['tn', 1e12, true],
  ['k', 1e3, true],
  ['K', 1e3, true],
  ['m', 1e6, true],
  ['M', 1e6, true],
  ['b', 1e9, true],
  ['B', 1e9, true],
  ['T', 1e12, true],
];

/** Chinese scales after digits ("1.2万", "15亿"), longest first. 兆 is 10¹² only before a currency (see amounts). */
export const CHINESE_SCALES: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 1e12],
  ['萬億', 1e12],
  ['千亿', 1e11],
  ['千億', 1e11],
  ['百亿', 1e10],
  ['百億', 1e10],
  ['十亿', 1e9],
  ['十億', 1e9],
  ['千万', 1e7],
  ['千萬', 1e7],
  ['百万', 1e6],
  ['百萬', 1e6],
  ['亿', 1e8],
  ['億', 1e8],
  ['万', 1e4],
  ['萬', 1e4],
  ['千', 1e3],
];

/** English month names and abbreviations (number by name, lower case); "may" and "march" are verbs too. */
export const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** English number words below twenty ("one" reads as a count only before a unit or scale; see word-amounts.ts). */
export const ENGLISH_UNITS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

/** English tens. */
export const ENGLISH_TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** Chinese digits 0–9 by value, in their usual form (两 and 兩 are also 2). */
export const CHINESE_DIGITS: readonly string[] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Characters a Chinese numeral is made of. */
export const CHINESE_NUMERAL = /[零〇一二两兩三四五六七八九十百千万萬亿億]+/g;

// Positional digits without multipliers ("二〇二六") read digit by digit.
function parsePositional(text: string): number | null {
  let value = 0;
  for (const char of text) {
    const digit = DIGITS[char];
    if (digit === undefined) return null;
    value = value * 10 + digit;
  }
  return value;
}

/** Parses a Chinese numeral ("两千" → 2000, "一万二千" → 12000, "十二" → 12); null when malformed. */
export function parseChineseNumeral(text: string): number | null {
  if (!/[十百千万萬亿億]/.test(text)) return text.length > 1 ? parsePositional(text) : (DIGITS[text] ?? null);
  let total = 0; // the part already multiplied by 亿
  let myriads = 0; // the part already multiplied by 万
  let section = 0; // below 万: built from 十, 百, 千
  let digit: number | null = null;
  for (const char of text) {
    if (char in DIGITS) {
      if (digit !== null && digit !== 0) return null; // two digits in a row ("一二千") is not a numeral
      digit = DIGITS[char]!;
    } else if (char in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[char]!;
      digit = null;
    } else if (BIG_UNITS[char] === 1e4) {
      myriads = (section + (digit ?? 0)) * 1e4;
      if (myriads === 0) return null;
      section = 0;
      digit = null;
    } else {
      total = (total + myriads + section + (digit ?? 0)) * 1e8;
      if (total === 0) return null;
      myriads = section = 0;
      digit = null;
    }
  }
  return total + myriads + section + (digit ?? 0);
}
