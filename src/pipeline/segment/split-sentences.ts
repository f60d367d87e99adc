/** Splits article text into paragraphs and sentences with ids stable for the same text ("p2s3"), for citations. */
import type { Sentence } from '../../domain/sentence.js';
import { MAYBE_FINAL, ORDINAL_PERIOD_LANGUAGES, SENTENCE_STARTERS, abbreviationsFor } from './abbreviations.js';

const CJK_LANGUAGES = new Set(['zh', 'ja']);
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
// Closing quotes and brackets that stay with the sentence they close.
const CLOSERS = '"\'”’»」』）)】》〉\\]';
const CJK_END = new RegExp(`[。！？!?；;…]+[${CLOSERS}]*`, 'gu');
const LATIN_END = new RegExp(`([.!?…]+)([${CLOSERS}]*)(\\s+)`, 'gu');

interface Span {
  start: number;
  end: number;
}

/** Finds paragraph spans: blocks separated by blank lines. */
function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const match of text.matchAll(pattern)) {
    if (match[0].trim() !== '') spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

// Words that take a letter as their name: "Series C", "Class A", "Phase B". The letter ends a sentence like any word.
const LETTERED = /\b(Series|Class|Phase|Tier|Type|Grade|Level|Round|Stage|Schedule|Appendix|Annex|Exhibit|Plan)\s+\p{Lu}$/u;

function wordBefore(text: string, index: number): string {
  const match = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(0, index - 24), index));
  return match?.[1] ?? '';
}

/** Decides whether a period at `index` (with the next word starting at `next`) ends a sentence. */
function endsSentence(text: string, index: number, next: number, language: string | null): boolean {
  const following = text.slice(next, next + 24);
  const nextWord = /^[\p{L}\p{N}]+/u.exec(following)?.[0] ?? '';
  // A lowercase continuation is the same sentence ("e.g. this", "… and so on. and").
  if (/^\p{Ll}/u.test(following)) return false;
  const before = wordBefore(text, index).toLowerCase();
  const bare = before.replace(/\.$/, '');
  if (abbreviationsFor(language).has(bare)) return MAYBE_FINAL.has(bare) && SENTENCE_STARTERS.has(nextWord.toLowerCase());
  // Initials ("J. K. Rowling", "George W. Bush"), but not a lettered designator ("led the Series C. Parallax says…").
  if (/^\p{Lu}$/u.test(wordBefore(text, index))) return LETTERED.test(text.slice(Math.max(0, index - 16), index));
  if (/^\d{1,2}$/.test(bare) && language !== null && ORDINAL_PERIOD_LANGUAGES.has(language)) return false;
  return true;
}

/** Returns sentence spans inside a Latin-script (or similar) paragraph. */
function latinSentences(text: string, span: Span, language: string | null): Span[] {
  const out: Span[] = [];
  const paragraph = text.slice(span.start, span.end);
  let start = 0;
  for (const match of paragraph.matchAll(LATIN_END)) {
    const punctuationEnd = match.index + match[1]!.length + match[2]!.length;
    const next = punctuationEnd + match[3]!.length;
    const isPeriodOnly = match[1] === '.';
    if (isPeriodOnly && !endsSentence(paragraph, match.index, next, language)) continue;
    out.push({ start: span.start + start, end: span.start + punctuationEnd });
    start = next;
  }
  out.push({ start: span.start + start, end: span.end });
  return out;
}

/** Returns sentence spans inside a Chinese or Japanese paragraph (。！？；and their closing quotes). */
function cjkSentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const paragraph = text.slice(span.start, span.end);
  let start = 0;
  for (const match of paragraph.matchAll(CJK_END)) {
    const end = match.index + match[0].length;
    out.push({ start: span.start + start, end: span.start + end });
    start = end;
  }
  out.push({ start: span.start + start, end: span.end });
  return out;
}

function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Splits lines inside a paragraph (list items, verse) before splitting sentences. */
function lineSpans(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let index = span.start; index <= span.end; index++) {
    if (index === span.end || text[index] === '\n') {
      out.push({ start, end: index });
      start = index + 1;
    }
  }
  return out;
}

/** Splits text into sentences; ids are "p{paragraph}s{sentence}" (1-based), offsets point into `text`. */
export function splitSentences(text: string, tag: string | null): Sentence[] {
  // Regional tags ("zh-TW", "en-GB") split like their base language.
  const language = tag ? (tag.toLowerCase().split(/[-_]/)[0] ?? null) : null;
  const sentences: Sentence[] = [];
  const paragraphs = paragraphSpans(text);
  for (const [paragraphIndex, paragraph] of paragraphs.entries()) {
    const sample = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 200));
    const cjk = language !== null ? CJK_LANGUAGES.has(language) : CJK_CHAR.test(sample);
    let position = 0;
    for (const line of lineSpans(text, paragraph)) {
      const spans = cjk ? cjkSentences(text, line) : latinSentences(text, line, language);
      for (const raw of spans) {
        const span = trimSpan(text, raw);
        if (!span) continue;
        position += 1;
        const number = paragraphIndex + 1;
        sentences.push({
          id: `p${number}s${position}`,
          text: text.slice(span.start, span.end),
          paragraph: number,
          start: span.start,
          end: span.end,
        });
      }
    }
  }
  return sentences;
}
