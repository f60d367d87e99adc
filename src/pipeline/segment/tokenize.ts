/** Turns text into search and similarity tokens: jieba words for Chinese, ICU words for Japanese and Thai, lowercase words elsewhere. */
import { createRequire } from 'node:module';

interface JiebaInstance {
  cut(sentence: string, hmm?: boolean | null): string[];
}

let jieba: JiebaInstance | null = null;

// The dictionary takes ~0.3 s and ~50 MB to load, so it loads once, on the first Chinese text.
function loadJieba(): JiebaInstance {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): JiebaInstance } };
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    jieba = Jieba.withDict(dict);
  }
  return jieba;
}

const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const segmenters = new Map<string, Intl.Segmenter>();

function latinTokens(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((token) => token.replace(/’/g, "'"));
}

function chineseTokens(text: string): string[] {
  const out: string[] = [];
  for (const piece of loadJieba().cut(text, true)) {
    if (!HAS_WORD_CHARACTER.test(piece)) continue;
    // jieba returns Latin runs whole ("GPU集群" → "GPU", "集群"); they get the same treatment as other words.
    if (HAN.test(piece)) out.push(piece);
    else out.push(...latinTokens(piece));
  }
  return out;
}

function icuTokens(text: string, language: string): string[] {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  const out: string[] = [];
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) out.push(segment.segment.toLowerCase());
  return out;
}

/** Returns the word tokens of a text in order (lowercase; numbers kept, "2.10" stays whole). */
export function tokenize(text: string, language: string | null): string[] {
  if (language === 'zh' || (language === null && HAN.test(text) && !/[\u3040-\u30ff]/.test(text))) return chineseTokens(text);
  if (language === 'ja' || language === 'th' || language === 'lo' || language === 'km' || language === 'my')
    return icuTokens(text, language);
  return latinTokens(text);
}
