/** Addresses every sentence of a brief by section and index, to list, replace or remove them. */
import type { Brief, BriefSection, BriefSentence } from '../../domain/index.js';

/** Where a brief sentence sits: the domain's one list of sections (the verifier uses the same). */
export type SectionName = BriefSection;

export interface SentenceAt {
  section: SectionName;
  /** Index within the section; the article's sentences are counted across paragraphs. */
  index: number;
  sentence: BriefSentence;
}

const TLDR_KEYS = ['whatChanged', 'whyItMatters', 'whatToDoNext', 'whoShouldCare'] as const;

/** Lists every sentence of a brief in reading order. */
export function listSentences(brief: Brief): SentenceAt[] {
  const list: SentenceAt[] = [{ section: 'headline', index: 0, sentence: brief.headline }];
  if (brief.hook) list.push({ section: 'hook', index: 0, sentence: brief.hook });
  brief.editorsBrief.forEach((sentence, index) => list.push({ section: 'editorsBrief', index, sentence }));
  for (const key of TLDR_KEYS) {
    const sentence = brief.tldr[key];
    if (sentence) list.push({ section: `tldr.${key}`, index: 0, sentence });
  }
  brief.keyTakeaways.forEach((sentence, index) => list.push({ section: 'keyTakeaways', index, sentence }));
  brief.implications.forEach((sentence, index) => list.push({ section: 'implications', index, sentence }));
  if (brief.quote) list.push({ section: 'quote', index: 0, sentence: brief.quote });
  brief.timeline.forEach((sentence, index) => list.push({ section: 'timeline', index, sentence }));
  (brief.article?.paragraphs.flatMap((paragraph) => paragraph.sentences) ?? []).forEach((sentence, index) =>
    list.push({ section: 'article', index, sentence }),
  );
  return list;
}

/** Returns the key of a sentence address, "section#index". */
export function addressKey(section: string, index: number): string {
  return `${section}#${index}`;
}

function mapSection<T extends BriefSentence>(
  list: readonly T[],
  section: SectionName,
  change: (section: SectionName, index: number, sentence: T) => T | null,
): T[] {
  return list.map((sentence, index) => change(section, index, sentence)).filter((sentence): sentence is T => sentence !== null);
}

/** Rebuilds a brief with each sentence replaced or removed (null) by `change`; the headline cannot be removed. */
export function mapSentences(
  brief: Brief,
  change: <T extends BriefSentence>(section: SectionName, index: number, sentence: T) => T | null,
): Brief {
  const result: Brief = { ...brief, tldr: {} };
  result.headline = change('headline', 0, brief.headline) ?? brief.headline;
  const hook = brief.hook ? change('hook', 0, brief.hook) : null;
  if (hook) result.hook = hook;
  else delete result.hook;
  result.editorsBrief = mapSection(brief.editorsBrief, 'editorsBrief', change);
  for (const key of TLDR_KEYS) {
    const sentence = brief.tldr[key];
    const changed = sentence ? change(`tldr.${key}`, 0, sentence) : null;
    if (changed) result.tldr[key] = changed as never;
  }
  result.keyTakeaways = mapSection(brief.keyTakeaways, 'keyTakeaways', change);
  result.implications = mapSection(brief.implications, 'implications', change);
  const quote = brief.quote ? change('quote', 0, brief.quote) : null;
  if (quote) result.quote = quote;
  else delete result.quote;
  result.timeline = mapSection(brief.timeline, 'timeline', change);
  if (brief.article) {
    let offset = 0;
    const paragraphs = brief.article.paragraphs.map((paragraph) => {
      const sentences = paragraph.sentences
        .map((sentence, index) => change('article', offset + index, sentence))
        .filter((sentence): sentence is BriefSentence => sentence !== null);
      offset += paragraph.sentences.length;
      return { sentences };
    });
    const kept = paragraphs.filter((paragraph) => paragraph.sentences.length > 0);
    if (kept.length > 0) result.article = { paragraphs: kept };
    else delete result.article;
  }
  return result;
}
