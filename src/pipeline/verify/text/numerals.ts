/** Writes small integers the ways Chinese text does ("三", "两", "四十", "十二"), to find a claim's number in Chinese. */
import { CHINESE_DIGITS } from '../../entities/index.js';

/** Returns the Chinese spellings of an integer from 1 to 9999 (empty for anything else). */
export function chineseNumerals(value: number): string[] {
  if (!Number.isInteger(value) || value < 1 || value > 9999) return [];
  const spelled = spell(value);
  const forms = [spelled];
  if (value === 2) forms.push('两', '兩');
  if (spelled.startsWith('一十')) forms.push(spelled.slice(1));
  return forms;
}

function spell(value: number): string {
  const units = ['千', '百', '十', ''];
  const digits = String(value).padStart(4, '0').split('').map(Number);
  let text = '';
  let zero = false;
  digits.forEach((digit, i) => {
    if (digit === 0) {
      zero = text !== '';
      return;
    }
    if (zero) text += '零';
    zero = false;
    text += CHINESE_DIGITS[digit]! + units[i]!;
  });
  return text;
}
