/** Scores of one brief: citations that resolve, timeline dates against gold events, sections present. */
import { BRIEF_SECTIONS, type Brief, type TimelineEvent } from '../../../src/domain/index.js';
import type { DemoEvent } from '../../../src/demo/corpus.js';
import { type BriefInput, listSentences } from '../../../src/pipeline/brief/index.js';
import { extractQuantities } from '../../../src/pipeline/entities/index.js';
import { splitSentences } from '../../../src/pipeline/segment/index.js';

/** Sections the coverage table reports, in reading order: every section but the headline (always there), and
 * "editorsBrief=3" for an Editor's Brief with all three points. */
export const SECTIONS: readonly string[] = BRIEF_SECTIONS.filter((section) => section !== 'headline').flatMap((section) =>
  section === 'editorsBrief' ? [section, 'editorsBrief=3'] : [section],
);

/** Counts sentences whose every citation names an article of the story (or, in the timeline, of a related story) and sentence ids it has. */
export function citationValidity(brief: Brief, input: BriefInput): { sentences: number; valid: number; invalid: string[] } {
  const related = (input.relatedStories ?? []).flatMap((story) => story.articles);
  const ids = new Map(
    [...input.articles, ...related].map((article) => [
      article.id,
      new Set(splitSentences(article.text ?? '', article.language).map((sentence) => sentence.id)),
    ]),
  );
  const invalid: string[] = [];
  const entries = listSentences(brief);
  const relatedIds = new Set(related.map((article) => article.id));
  for (const { section, index, sentence } of entries) {
    const outside = section !== 'timeline' && sentence.citations.some((citation) => relatedIds.has(citation.articleId));
    const resolves =
      !outside &&
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

export interface TimelineScore {
  predicted: number;
  gold: number;
  matched: number;
  exact: number;
  /** Events citing a related story, and those matching a gold event of that story. */
  related: number;
  relatedMatched: number;
}

// Takes the first free gold-matching event off the list; true when one matched.
function takeMatch(free: TimelineEvent[], gold: DemoEvent): TimelineEvent | null {
  const index = free.findIndex((candidate) => matches(candidate, gold));
  return index < 0 ? null : (free.splice(index, 1)[0] ?? null);
}

/**
 * Matches timeline events to gold events one to one: the story's own events against its gold, an
 * event citing a related story's article against that story's gold (recall counts the story's own).
 */
export function timelineMatch(
  brief: Brief,
  gold: readonly DemoEvent[],
  relatedGold: ReadonlyMap<string, { storyId: string; events: readonly DemoEvent[] }> = new Map(),
): TimelineScore {
  const storyOf = (event: TimelineEvent) => event.citations.map((citation) => relatedGold.get(citation.articleId)?.storyId).find(Boolean);
  // A row with several dates ("opens on November 2 and runs until November 20") counts once per date.
  const timeline = brief.timeline.flatMap((event) => [event, ...(event.otherDates ?? []).map((other) => ({ ...event, ...other }))]);
  const own = timeline.filter((event) => !storyOf(event));
  const score: TimelineScore = { predicted: timeline.length, gold: gold.length, matched: 0, exact: 0, related: 0, relatedMatched: 0 };
  const count = (hit: TimelineEvent | null, event: DemoEvent) => {
    if (!hit) return false;
    score.matched += 1;
    if (hit.precision === event.precision) score.exact += 1;
    return true;
  };
  for (const event of gold) count(takeMatch(own, event), event);
  const byStory = new Map<string, TimelineEvent[]>();
  for (const event of timeline) {
    const storyId = storyOf(event);
    if (storyId) byStory.set(storyId, [...(byStory.get(storyId) ?? []), event]);
  }
  for (const [storyId, events] of byStory) {
    score.related += events.length;
    const storyGold = [...relatedGold.values()].find((entry) => entry.storyId === storyId)?.events ?? [];
    for (const event of storyGold) if (count(takeMatch(events, event), event)) score.relatedMatched += 1;
  }
  return score;
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

/** The top of a brief: the hook, the Editor's Brief and the TL;DR rows. */
export const TOP_OF_BRIEF: ReadonlySet<string> = new Set(
  BRIEF_SECTIONS.filter((section) => section === 'hook' || section === 'editorsBrief' || section.startsWith('tldr.')),
);
// Word overlap (Jaccard) from which two sentences read as the same one to a reader.
const SAME_SENTENCE = 0.6;

function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{Letter}\p{Number}]+/gu) ?? []);
}

/** Counts the sentences of the given sections (the top of a brief: hook, Editor's Brief, TL;DR) and those that repeat one shown above them. */
export function topRepeats(brief: Brief, sections: ReadonlySet<string> = TOP_OF_BRIEF): { sentences: number; repeats: number } {
  const top = listSentences(brief).filter((at) => sections.has(at.section));
  const seen: Set<string>[] = [];
  let repeats = 0;
  for (const at of top) {
    const words = wordsOf(at.sentence.text);
    const same = seen.some((other) => {
      const shared = [...words].filter((word) => other.has(word)).length;
      return shared / (words.size + other.size - shared || 1) >= SAME_SENTENCE;
    });
    if (same) repeats += 1;
    seen.push(words);
  }
  return { sentences: top.length, repeats };
}

/** The sections a reader reads as points, top to bottom: the top of the brief, the takeaways and the implications. */
export const POINTS_OF_BRIEF: ReadonlySet<string> = new Set([...TOP_OF_BRIEF, 'keyTakeaways', 'implications']);

// Two figures in common (money, shares, measures, counts; not dates) make the same fact, however it is worded; so do
// two dates in common ("samples in January 2027, volume in the second quarter of 2027" twice: a schedule told again).
const SAME_FACT_FIGURES = 2;

/** What two sentences are compared on: their figures (dates aside), or their dates. */
export type FactKeys = 'figures' | 'dates';

/**
 * Counts the sentences at the top of a brief and those that give two or more figures (or dates) of one shown above
 * them: another outlet's telling of the same fact ("$48 billion, up from $39 billion" twice), which word overlap does
 * not see.
 */
export function topFigureRepeats(
  brief: Brief,
  sections: ReadonlySet<string> = TOP_OF_BRIEF,
  keys: FactKeys = 'figures',
): { sentences: number; repeats: number } {
  const top = listSentences(brief).filter((at) => sections.has(at.section));
  const seen: Set<string>[] = [];
  let repeats = 0;
  for (const at of top) {
    const quantities = extractQuantities(at.sentence.text, { language: brief.language, reference: brief.createdAt });
    const figures = new Set(
      quantities.filter((quantity) => (quantity.kind === 'date') === (keys === 'dates')).map((quantity) => quantity.key),
    );
    if (seen.some((other) => [...figures].filter((key) => other.has(key)).length >= SAME_FACT_FIGURES)) repeats += 1;
    seen.push(figures);
  }
  return { sentences: top.length, repeats };
}
