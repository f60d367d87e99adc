/** Scores of one brief: citations that resolve, timeline dates against gold events, sections present. */
import type { Brief } from '../../../src/domain/index.js';
import type { DemoEvent } from '../../../src/demo/corpus.js';
import { type BriefInput, listSentences } from '../../../src/pipeline/brief/index.js';
import { splitSentences } from '../../../src/pipeline/segment/index.js';

/** Sections the coverage table reports, in reading order. */
export const SECTIONS = [
  'hook',
  'editorsBrief',
  'editorsBrief=3',
  'tldr.whatChanged',
  'tldr.whyItMatters',
  'tldr.whatToDoNext',
  'tldr.whoShouldCare',
  'keyTakeaways',
  'implications',
  'quote',
  'timeline',
  'article',
] as const;

/** Counts sentences whose every citation names an article of the story and sentence ids it has. */
export function citationValidity(brief: Brief, input: BriefInput): { sentences: number; valid: number; invalid: string[] } {
  const ids = new Map(
    input.articles.map((article) => [
      article.id,
      new Set(splitSentences(article.text ?? '', article.language).map((sentence) => sentence.id)),
    ]),
  );
  const invalid: string[] = [];
  const entries = listSentences(brief);
  for (const { section, index, sentence } of entries) {
    const resolves =
      sentence.citations.length > 0 &&
      sentence.citations.every(
        (citation) => citation.sentenceIds.length > 0 && citation.sentenceIds.every((id) => ids.get(citation.articleId)?.has(id)),
      );
    if (!resolves) invalid.push(`${brief.storyId} ${section}[${index}]`);
  }
  return { sentences: entries.length, valid: entries.length - invalid.length, invalid };
}

const DEPTH = { year: 1, month: 2, day: 3 } as const;

// A predicted date matches a gold one when it agrees to the gold's precision and is at least as precise.
function matches(predicted: { date: string; precision: keyof typeof DEPTH }, gold: DemoEvent): boolean {
  if (DEPTH[predicted.precision] < DEPTH[gold.precision]) return false;
  return predicted.date.slice(0, gold.date.length) === gold.date;
}

/** Matches timeline events to gold events one to one; returns counts for precision and recall. */
export function timelineMatch(
  brief: Brief,
  gold: readonly DemoEvent[],
): { predicted: number; gold: number; matched: number; exact: number } {
  const free = [...brief.timeline];
  let matched = 0;
  let exact = 0;
  for (const event of gold) {
    const index = free.findIndex((candidate) => matches(candidate, event));
    if (index < 0) continue;
    const [hit] = free.splice(index, 1);
    matched += 1;
    if (hit?.precision === event.precision) exact += 1;
  }
  return { predicted: brief.timeline.length, gold: gold.length, matched, exact };
}

/** Lists the sections a brief has (see SECTIONS). */
export function sectionsPresent(brief: Brief): Set<string> {
  const present = new Set<string>();
  if (brief.hook) present.add('hook');
  if (brief.editorsBrief.length > 0) present.add('editorsBrief');
  if (brief.editorsBrief.length === 3) present.add('editorsBrief=3');
  for (const [key, value] of Object.entries(brief.tldr)) if (value) present.add(`tldr.${key}`);
  if (brief.keyTakeaways.length > 0) present.add('keyTakeaways');
  if (brief.implications.length > 0) present.add('implications');
  if (brief.quote) present.add('quote');
  if (brief.timeline.length > 0) present.add('timeline');
  if (brief.article) present.add('article');
  return present;
}
