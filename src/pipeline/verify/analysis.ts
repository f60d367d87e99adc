/** Analyses one text once for every check: entities, quantities, words or Chinese tokens, and cue words. */
import { CHINESE_STOPWORDS, ENGLISH_STOPWORDS } from './cues/stopwords.js';
import { entitiesOf, quantitiesOf, tokensOf, type EntityMention, type Quantity } from './language-tools.js';
import { type CueClass, type CueHit, findChineseCues, findEnglishCues } from './text/cues.js';
import { CUE_SETS } from './text/cue-sets.js';
import { foldChinese } from './text/chinese-fold.js';
import { isMonthMay } from './text/month-may.js';
import { ordersInTime } from './text/sequence.js';
import { isChinese } from './text/normalise.js';
import { englishWords, type WordToken } from './text/words.js';

/** Everything the checks need to know about one text. */
export interface TextAnalysis {
  text: string;
  chinese: boolean;
  entities: EntityMention[];
  quantities: Quantity[];
  /** English words (empty for Chinese text). */
  words: WordToken[];
  /** Stems of every English word. */
  stems: Set<string>;
  /** Chinese word tokens (empty for English text). */
  tokens: string[];
  /** Cue words by class; cues inside an entity name ("无锡" in a city) are left out. */
  cues: Record<CueClass, CueHit[]>;
}

/** Where an analysed text gets its entity mentions from. */
export type EntitySource = { context: string } | { mentions: EntityMention[] } | null;

/**
 * Analyses a text written in `language`; relative dates resolve against `reference`. Entities come from
 * the text alone, from the text read after a `context` (so a claim's short names, "Northgate", resolve as
 * in its sources), or ready-made `mentions` (a source sentence's share of its whole article's mentions).
 */
export function analyseText(original: string, language: string, reference: string | null, entitySource: EntitySource = null): TextAnalysis {
  const chinese = isChinese(original);
  // Words, cues and figures are read from Simplified characters on both sides; names from the text as written.
  const text = chinese ? foldChinese(original) : original;
  const lang = chinese ? (language.startsWith('zh') ? language : 'zh') : 'en';
  const words = chinese ? [] : englishWords(text);
  const entities = !entitySource
    ? entitiesOf(original)
    : 'context' in entitySource
      ? entitiesIn(original, entitySource.context)
      : entitySource.mentions;
  const tokens = chinese ? tokensOf(text, lang) : [];
  const boundaries = chinese ? tokenStarts(text, tokens) : null;
  const cues = Object.fromEntries(CUE_SETS.map((set) => [set.cueClass, [] as CueHit[]])) as Record<CueClass, CueHit[]>;
  for (const set of CUE_SETS) {
    const hits = chinese ? findChineseCues(text, set) : findEnglishCues(words, set);
    cues[set.cueClass] = hits.filter(
      (hit) =>
        !entities.some((entity) => hit.start >= entity.start && hit.end <= entity.end) &&
        standsAlone(hit, boundaries) &&
        !isMonthMay(text, hit.start) &&
        !(hit.cueClass === 'framing' && ordersInTime(text, hit.start, hit.end)),
    );
  }
  return {
    text,
    chinese,
    entities,
    quantities: quantitiesOf(text, lang, reference),
    words,
    stems: new Set(words.map((word) => word.stem)),
    tokens,
    cues,
  };
}

const NEGATION_CUES = CUE_SETS.find((set) => set.cueClass === 'negation')!;

/**
 * Returns the Chinese negators of a text as the checks read them: "没有" and "未能" count, the 未 of 未来, the 无 of
 * 无锡 and the 没 of 浸没 do not. Other stages use it so that they agree with the verifier on what "not" is.
 */
export function chineseNegators(original: string): string[] {
  const text = foldChinese(original);
  const boundaries = tokenStarts(text, tokensOf(text, 'zh'));
  return findChineseCues(text, NEGATION_CUES)
    .filter((hit) => standsAlone(hit, boundaries))
    .map((hit) => hit.cue);
}

function entitiesIn(text: string, context: string): EntityMention[] {
  const offset = context.length + 1;
  return entitiesOf(`${context}\n${text}`)
    .filter((mention) => mention.start >= offset)
    .map((mention) => ({ ...mention, start: mention.start - offset, end: mention.end - offset }));
}

// A one-character Chinese negator counts only where a word starts: the 没 of 浸没 ("immersion") negates
// nothing (words that start with one, like 未来, are in the exclusion list). Longer cues are words already.
function standsAlone(hit: CueHit, tokensByStart: Map<number, string> | null): boolean {
  return !tokensByStart || hit.cueClass !== 'negation' || hit.cue.length > 1 || tokensByStart.has(hit.start);
}

function tokenStarts(text: string, tokens: readonly string[]): Map<number, string> {
  const starts = new Map<number, string>();
  const lower = text.toLowerCase();
  let offset = 0;
  for (const token of tokens) {
    const start = lower.indexOf(token, offset);
    if (start < 0) continue;
    starts.set(start, token);
    offset = start + token.length;
  }
  return starts;
}

/** Tells whether a character offset falls inside an entity mention or a quantity of the analysis. */
export function insideMention(analysis: TextAnalysis, start: number, end: number): boolean {
  const spans: { start: number; end: number }[] = [...analysis.entities, ...analysis.quantities];
  return spans.some((span) => start < span.end && end > span.start);
}

/** Returns the key English terms of an analysis: content words outside entity and quantity mentions. */
export function englishTerms(analysis: TextAnalysis): WordToken[] {
  const seen = new Set<string>();
  return analysis.words.filter((word) => {
    if (ENGLISH_STOPWORDS.has(word.word) || /^\d/.test(word.word) || word.word.length < 2) return false;
    if (insideMention(analysis, word.start, word.end) || seen.has(word.stem)) return false;
    seen.add(word.stem);
    return true;
  });
}

/** Returns the key Chinese terms of an analysis: tokens of two or more characters outside mentions. */
export function chineseTerms(analysis: TextAnalysis): string[] {
  const terms = new Set<string>();
  const lower = analysis.text.toLowerCase();
  let offset = 0;
  for (const token of analysis.tokens) {
    const start = lower.indexOf(token, offset);
    if (start >= 0) offset = start + token.length;
    if (token.length < 2 || !/[\u3400-\u9fff]/.test(token) || CHINESE_STOPWORDS.has(token)) continue;
    if (start >= 0 && insideMention(analysis, start, start + token.length)) continue;
    terms.add(token);
  }
  return [...terms];
}
