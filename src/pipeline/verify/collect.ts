/** Lists every sentence of a brief with its section and position, in reading order. */
import type { Brief, BriefSentence } from '../../domain/index.js';
import type { BriefSection } from './types.js';

/** One sentence of a brief and where it sits. */
export interface BriefItem {
  section: BriefSection;
  index: number;
  paragraph?: number;
  sentence?: number;
  item: BriefSentence;
}

/** Returns the brief's sentences: headline, hook, editor's brief, TL;DR, takeaways, implications, quote, timeline, article. */
export function briefItems(brief: Brief): BriefItem[] {
  const items: BriefItem[] = [];
  const add = (section: BriefSection, list: readonly (BriefSentence | undefined)[]): void => {
    list.forEach((item, index) => item && items.push({ section, index, item }));
  };
  add('headline', [brief.headline]);
  add('hook', [brief.hook]);
  add('editorsBrief', brief.editorsBrief ?? []);
  add('tldr.whatChanged', [brief.tldr?.whatChanged]);
  add('tldr.whyItMatters', [brief.tldr?.whyItMatters]);
  add('tldr.whatToDoNext', [brief.tldr?.whatToDoNext]);
  add('tldr.whoShouldCare', [brief.tldr?.whoShouldCare]);
  add('keyTakeaways', brief.keyTakeaways ?? []);
  add('implications', brief.implications ?? []);
  add('quote', [brief.quote]);
  add('timeline', brief.timeline ?? []);
  let running = 0;
  (brief.article?.paragraphs ?? []).forEach((paragraph, p) => {
    paragraph.sentences.forEach((item, s) => items.push({ section: 'article', index: running++, paragraph: p, sentence: s, item }));
  });
  return items;
}

/** Returns the key a verdict and its brief item share: section and index. */
export function itemKey(section: BriefSection, index: number): string {
  return `${section}#${index}`;
}
