/**
 * Citation markers: each [n] in a brief links to the exact source sentence(s) it rests on, which
 * the story page lists under its reference with the outlet and a "Read original" link. Plain
 * fragment links (#cite-…) work without script, and :target highlights the sentence reached.
 */
import type { BriefSentence, Citation, Reference } from '../../../domain/brief.js';
import { type Markup, html } from '../html.js';
import { langAttribute } from './lang.js';

/** A brief's references by article, and the page their anchors live on. */
export interface CitationIndex {
  byArticle: ReadonlyMap<string, Reference>;
  /** Page the anchors live on: "" on the story page itself, "/stories/<id>" elsewhere (recap, search). */
  base: string;
  /** The brief's language, marked on each sentence when it is not the page's (English): a screen reader switches voice for it alone. */
  language?: string;
}

/** Indexes a brief's references by article for marker rendering. */
export function citationIndex(references: readonly Reference[], base = '', language?: string): CitationIndex {
  return { byArticle: new Map(references.map((reference) => [reference.articleId, reference])), base, ...(language ? { language } : {}) };
}

/** Returns the fragment id of one citation: reference number and sentence ids ("cite-2-p3s1"). */
export function citeAnchor(n: number, sentenceIds: readonly string[]): string {
  return `cite-${n}-${sentenceIds.map((id) => id.replace(/[^\w-]/g, '')).join('-') || 'article'}`;
}

/** Returns the fragment id of a reference ("ref-2"). */
export function referenceAnchor(n: number): string {
  return `ref-${n}`;
}

function marker(index: CitationIndex, n: number, citation: Citation | undefined): Markup {
  const reference = citation ? index.byArticle.get(citation.articleId) : undefined;
  const target = citation ? citeAnchor(n, citation.sentenceIds) : referenceAnchor(n);
  return html`<a class="cite" href="${index.base}#${target}" title="${reference?.outlet ?? `Source ${n}`}">[${n}]</a>`;
}

/** Returns the sentence's citations keyed by reference number, in number order. */
function citationsByNumber(sentence: BriefSentence, index: CitationIndex): Map<number, Citation> {
  const found = new Map<number, Citation>();
  for (const citation of sentence.citations) {
    const reference = index.byArticle.get(citation.articleId);
    if (reference && !found.has(reference.n)) found.set(reference.n, citation);
  }
  return new Map([...found].sort(([a], [b]) => a - b));
}

/**
 * Renders a brief sentence with linked markers. Article sentences carry their [n] markers in the
 * text (placed before the final stop); other sections carry none, so markers are appended.
 */
export function citedText(sentence: BriefSentence, index: CitationIndex): Markup {
  const numbered = citationsByNumber(sentence, index);
  const lang = langAttribute(index.language);
  const inLanguage = (text: string): Markup => (lang.value ? html`<span${lang}>${text}</span>` : html`${text}`);
  if (/\[\d+\]/.test(sentence.text)) {
    const parts = sentence.text.split(/\[(\d+)\]/);
    // The marker hugs the word it follows: "complete[1]." reads better superscripted than "complete [1].".
    return html`${parts.map((part, i) =>
      i % 2 === 0 ? inLanguage(i + 1 < parts.length ? part.trimEnd() : part) : marker(index, Number(part), numbered.get(Number(part))),
    )}`;
  }
  const text = inLanguage(sentence.text);
  if (numbered.size === 0) return text;
  const markers = [...numbered].map(([n, citation]) => marker(index, n, citation));
  return html`${text}<span class="cites">${markers}</span>`;
}

/** Lists every distinct citation of the given sentences per reference number, in reading order. */
export function citationsPerReference(sentences: readonly BriefSentence[], index: CitationIndex): Map<number, string[][]> {
  const result = new Map<number, string[][]>();
  const seen = new Set<string>();
  for (const sentence of sentences) {
    for (const citation of sentence.citations) {
      const reference = index.byArticle.get(citation.articleId);
      if (!reference) continue;
      const key = citeAnchor(reference.n, citation.sentenceIds);
      if (seen.has(key)) continue;
      seen.add(key);
      result.set(reference.n, [...(result.get(reference.n) ?? []), citation.sentenceIds]);
    }
  }
  return result;
}
