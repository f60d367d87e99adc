/** Identifies the language of a text: Chinese, Japanese, Korean and single-script languages by script, the rest with franc. */
import { francAll } from 'franc';
import { CANDIDATES_BY_SCRIPT, ISO_639_1, SINGLE_LANGUAGE_SCRIPTS } from './languages.js';
import { filterByLetters } from './orthography.js';
import { type Script, countScripts } from './scripts.js';

export interface DetectedLanguage {
  /** ISO 639-1 code, or null when the text gives no clue and there is no usable hint. */
  language: string | null;
  /** 0 to 1: how sure the detector is (script decisions are near 1; short texts are low). */
  confidence: number;
}

const SAMPLE_CHARS = 2000;
// franc scores within this distance of the best are close calls that letters may settle.
const CLOSE_CALL = 0.3;
// One Han, kana or hangul character carries about as much as a short word, so they weigh more.
const CJK_WEIGHT = 3;

/** Normalises a declared language ("de-DE", "zh_Hant", "EN") to ISO 639-1, or null. */
export function normalizeLanguageTag(tag: string | null | undefined): string | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary || !/^[a-z]{2,3}$/.test(primary)) return null;
  if (primary.length === 2) return primary;
  return ISO_639_1[primary] ?? null;
}

function dominantScript(counts: Map<Script, number>): { script: Script; letters: number } | null {
  let best: Script | null = null;
  let bestWeight = 0;
  let letters = 0;
  for (const [script, count] of counts) {
    letters += count;
    const weight = script === 'han' || script === 'kana' || script === 'hangul' ? count * CJK_WEIGHT : count;
    if (weight > bestWeight) {
      best = script;
      bestWeight = weight;
    }
  }
  return best ? { script: best, letters } : null;
}

// Japanese mixes kana into Han text; any real share of kana means Japanese, not Chinese.
function cjkLanguage(counts: Map<Script, number>): DetectedLanguage | null {
  const han = counts.get('han') ?? 0;
  const kana = counts.get('kana') ?? 0;
  const hangul = counts.get('hangul') ?? 0;
  if (hangul > 0 && hangul >= kana && hangul * 2 >= han) return { language: 'ko', confidence: 0.99 };
  if (kana > 0 && kana >= Math.max(1, (han + kana) * 0.05)) return { language: 'ja', confidence: 0.99 };
  if (han > 0) return { language: 'zh', confidence: kana > 0 ? 0.8 : 0.98 };
  return null;
}

function statistical(sample: string, script: keyof typeof CANDIDATES_BY_SCRIPT, hint: string | null): DetectedLanguage {
  const candidates = CANDIDATES_BY_SCRIPT[script];
  const ranked = francAll(sample, { only: candidates, minLength: 3 });
  const first = ranked[0];
  if (!first || first[0] === 'und') return { language: hint ?? ISO_639_1[candidates[0]!] ?? null, confidence: 0.1 };
  // Among close contenders, letters a language never uses decide ("ñ" is not Portuguese).
  const close = ranked.filter(([, score]) => score >= first[1] - CLOSE_CALL).map(([code]) => code);
  const allowed = new Set(filterByLetters(sample, close));
  const scores = ranked.filter(([code], index) => allowed.has(code) || index >= close.length);
  const [top, second] = scores;
  if (!top) return { language: hint, confidence: 0.1 };
  // franc scores are relative (top = 1); the gap to the runner-up is the confidence.
  const gap = second ? top[1] - second[1] : 1;
  const lengthFactor = Math.min(1, sample.length / 200);
  const confidence = Math.round(Math.min(1, 0.4 + gap * 6) * lengthFactor * 100) / 100;
  const hinted = hint ? scores.find(([code]) => ISO_639_1[code] === hint) : undefined;
  // A declared language close to the winner is trusted over a thin statistical margin.
  if (hinted && hinted[1] >= top[1] - 0.02) return { language: hint, confidence: Math.max(confidence, 0.5) };
  return { language: ISO_639_1[top[0]] ?? null, confidence };
}

/** Detects the language of `text`; `hint` is what the page or feed declares, used when the text is too thin to decide. */
export function detectLanguage(text: string, hint?: string | null): DetectedLanguage {
  const declared = normalizeLanguageTag(hint);
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const counts = countScripts(sample, SAMPLE_CHARS);
  const dominant = dominantScript(counts);
  if (!dominant || dominant.letters < 3) return { language: declared, confidence: 0 };
  const { script } = dominant;
  if (script === 'han' || script === 'kana' || script === 'hangul') return cjkLanguage(counts) ?? { language: declared, confidence: 0 };
  const single = SINGLE_LANGUAGE_SCRIPTS[script];
  if (single) return { language: single, confidence: 0.95 };
  if (script in CANDIDATES_BY_SCRIPT) return statistical(sample, script as keyof typeof CANDIDATES_BY_SCRIPT, declared);
  return { language: declared, confidence: 0 };
}
