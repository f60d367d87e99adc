/** Removes the sentences a verification report found unsupported, and renumbers the article's references. */
import type { ArticleParagraph, Brief, BriefSentence, Reference, Tldr } from '../../domain/index.js';
import { itemKey } from './collect.js';
import type { BriefSection, VerificationReport } from './types.js';

/**
 * Returns the brief without its unsupported sentences: empty sections are dropped, the editor's brief keeps
 * its supported points, a rejected headline is replaced by the first supported hook or point, and
 * references are renumbered (with the article's [n] markers rewritten). Returns null when nothing is left
 * to head the brief.
 */
export function prune(brief: Brief, report: VerificationReport): Brief | null {
  const rejected = new Set(report.sentences.filter((s) => s.verdict === 'unsupported').map((s) => itemKey(s.section, s.index)));
  const keep = (section: BriefSection, index: number): boolean => !rejected.has(itemKey(section, index));
  const list = <T extends BriefSentence>(section: BriefSection, items: readonly T[]): T[] => items.filter((_, i) => keep(section, i));
  const pruned: Brief = {
    ...brief,
    editorsBrief: list('editorsBrief', brief.editorsBrief),
    tldr: pruneTldr(brief.tldr, keep),
    keyTakeaways: list('keyTakeaways', brief.keyTakeaways),
    implications: list('implications', brief.implications),
    timeline: list('timeline', brief.timeline),
  };
  assignOptional(pruned, 'hook', brief.hook && keep('hook', 0) ? brief.hook : undefined);
  assignOptional(pruned, 'quote', brief.quote && keep('quote', 0) ? brief.quote : undefined);
  assignOptional(pruned, 'article', pruneArticle(brief.article, keep));
  if (!keep('headline', 0)) {
    const replacement = pruned.hook ?? pruned.editorsBrief[0] ?? pruned.keyTakeaways[0];
    if (!replacement) return null;
    pruned.headline = { text: replacement.text, citations: replacement.citations };
  }
  return renumberReferences(pruned);
}

function assignOptional<K extends 'hook' | 'quote' | 'article'>(brief: Brief, key: K, value: Brief[K] | undefined): void {
  if (value === undefined) delete brief[key];
  else brief[key] = value;
}

function pruneTldr(tldr: Tldr, keep: (section: BriefSection, index: number) => boolean): Tldr {
  const result: Tldr = {};
  for (const field of ['whatChanged', 'whyItMatters', 'whatToDoNext', 'whoShouldCare'] as const) {
    const value = tldr[field];
    if (value && keep(`tldr.${field}`, 0)) Object.assign(result, { [field]: value });
  }
  return result;
}

function pruneArticle(article: Brief['article'], keep: (section: BriefSection, index: number) => boolean): Brief['article'] | undefined {
  if (!article) return undefined;
  let running = 0;
  const paragraphs: ArticleParagraph[] = [];
  for (const paragraph of article.paragraphs) {
    const sentences = paragraph.sentences.filter(() => keep('article', running++));
    if (sentences.length > 0) paragraphs.push({ sentences });
  }
  return paragraphs.length > 0 ? { paragraphs } : undefined;
}

// References stay for every article the remaining brief still cites, numbered 1..n in their old order;
// the article's [n] markers are rewritten to the new numbers and markers of dropped references removed.
function renumberReferences(brief: Brief): Brief {
  const cited = new Set(citedArticles(brief));
  const kept: Reference[] = brief.references.filter((reference) => cited.has(reference.articleId));
  const numbers = new Map(kept.map((reference, i) => [reference.n, i + 1]));
  const references = kept.map((reference, i) => ({ ...reference, n: i + 1 }));
  if (!brief.article) return { ...brief, references };
  const rewrite = (text: string): string =>
    text.replace(/\s*\[(\d+)\]/g, (marker, n: string) => (numbers.has(Number(n)) ? marker.replace(n, String(numbers.get(Number(n)))) : ''));
  const paragraphs = brief.article.paragraphs.map((p) => ({ sentences: p.sentences.map((s) => ({ ...s, text: rewrite(s.text) })) }));
  return { ...brief, references, article: { paragraphs } };
}

function citedArticles(brief: Brief): string[] {
  const sentences: (BriefSentence | undefined)[] = [
    brief.headline,
    brief.hook,
    ...brief.editorsBrief,
    ...Object.values(brief.tldr),
    ...brief.keyTakeaways,
    ...brief.implications,
    brief.quote,
    ...brief.timeline,
    ...(brief.article?.paragraphs.flatMap((p) => p.sentences) ?? []),
  ];
  return sentences.flatMap((sentence) => sentence?.citations.map((citation) => citation.articleId) ?? []);
}
