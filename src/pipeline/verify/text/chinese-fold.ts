/** Folds Traditional Chinese to Simplified, so a Simplified claim matches a Traditional source character for character. */
import * as OpenCC from 'opencc-js/t2cn';

let convert: ((text: string) => string) | null = null;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Returns the text with Traditional characters in their Simplified form (工程師 → 工程师, 開訓 → 开训).
 * Offsets into the text must stay valid for entity and quantity spans, so a conversion that changes the
 * length (a rare phrase-level rewrite) is not taken. The converter's tables are built on first use only.
 */
export function foldChinese(text: string): string {
  if (!HAN.test(text)) return text;
  const converter = (convert ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  const folded = converter(text);
  return folded.length === text.length ? folded : text;
}
