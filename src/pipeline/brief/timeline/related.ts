/**
 * The timeline's context from earlier related stories: their dated events that bear on this story
 * (they share its subject's names and terms), each citing the related story's own sentence.
 */
import type { TimelineEvent } from '../../../domain/index.js';
import { compressSentence } from '../compress.js';
import { type Pool, type Segmenter, sentencesOf } from '../pool.js';
import { findEntities } from '../../entities/index.js';
import { GENERIC_NAMES, baseLanguage, contentTerms, namesIn } from '../text.js';
import type { BriefArticle, BriefInput, RelatedStory } from '../types.js';
import { confirmDate } from './confirm.js';
import { type DateMention, findDates } from './dates.js';
import { eventDates } from './event-dates.js';
import { canStateEvent } from './event-sentence.js';

const MAX_RELATED_EVENTS = 3;
// A related event must share this many of the story's subject terms (titles and leads) …
const MIN_SHARED_TERMS = 4;
// … and one of the names in its titles ("Atlas Fission", "K10"; in Chinese, title bigrams such as "天衍").
const MIN_SHARED_NAMES = 1;
// Leads state the related story's own event; later sentences are more often its background.
const LEAD_POSITIONS = 2;

interface Subject {
  terms: Set<string>;
  /** Names in the story's titles (Chinese: the titles' content terms). */
  names: Set<string>;
  /** The story's newest publication time: related events after it are not its history. */
  latest: string;
  earliest: string;
}

interface RelatedCandidate {
  event: TimelineEvent;
  value: number;
}

// Sentence-initial capitals are skipped by namesIn; a title's or lead's first word is usually the subject. Chinese
// words are no names: there the names are the entities the alias table knows (places aside) and Latin-script names.
function namesOf(text: string, language: string): string[] {
  if (language === 'zh') {
    const known = findEntities(text).filter((entity) => entity.kind !== 'place' && entity.source !== 'name');
    const latin = (text.match(/[A-Za-z][A-Za-z0-9-]+/g) ?? []).map((word) => word.toLowerCase());
    return [...known.map((entity) => entity.id), ...latin].filter((name) => !GENERIC_NAMES.has(name));
  }
  const first = /^\p{Lu}[\p{L}\p{N}-]+/u.exec(text.trim())?.[0];
  return [...namesIn(text), ...(first ? [first.toLowerCase()] : [])].filter((name) => !GENERIC_NAMES.has(name));
}

function subjectOf(pool: Pool): Subject | null {
  const times = pool.articles.map((article) => article.published).filter((time): time is string => time !== null);
  if (times.length === 0) return null;
  const titles = pool.articles.filter((article) => baseLanguage(article.language) === pool.language).map((article) => article.title);
  const texts = [...titles, ...pool.sentences.filter((item) => item.position < LEAD_POSITIONS).map((item) => item.sentence.text)];
  return {
    terms: new Set(texts.flatMap((text) => contentTerms(text))),
    names: new Set(titles.flatMap((title) => namesOf(title, pool.language))),
    latest: times.reduce((a, b) => (a > b ? a : b)),
    earliest: times.reduce((a, b) => (a < b ? a : b)),
  };
}

function sharedWith(subject: Subject, text: string, language: string): { terms: number; names: number } {
  const terms = new Set(contentTerms(text).filter((term) => subject.terms.has(term))).size;
  const names = new Set(namesOf(text, language).filter((name) => subject.names.has(name))).size;
  return { terms, names };
}

// History only: a related story's plans are its own news, not this story's background.
function isHistory(mention: DateMention, subject: Subject): boolean {
  return mention.date <= subject.latest.slice(0, mention.date.length);
}

function candidatesOf(story: RelatedStory, subject: Subject, pool: Pool, segment: Segmenter, taken: Set<string>): RelatedCandidate[] {
  const candidates: RelatedCandidate[] = [];
  for (const article of story.articles) {
    if (baseLanguage(article.language) !== pool.language) continue;
    sentencesOf(article, segment).forEach((sentence, position) => {
      if (!canStateEvent(sentence.text)) return;
      const shared = sharedWith(subject, sentence.text, pool.language);
      if (shared.terms < MIN_SHARED_TERMS || shared.names < MIN_SHARED_NAMES) return;
      const mentions = eventDates(sentence.text, findDates(sentence.text, pool.language, article.published));
      if (mentions.length !== 1) return;
      const [mention] = mentions as [DateMention];
      const key = `${mention.precision}:${mention.date}`;
      if (taken.has(key) || !isHistory(mention, subject) || !confirmDate(sentence.text, article.language, article.published, mention))
        return;
      const value = shared.terms + 2 * shared.names + (position < LEAD_POSITIONS ? 2 : 0) + (mention.precision === 'day' ? 1 : 0);
      const event: TimelineEvent = {
        date: mention.date,
        precision: mention.precision,
        text: compressSentence(sentence.text, pool.language),
        citations: [{ articleId: article.id, sentenceIds: [sentence.id] }],
      };
      candidates.push({ event, value });
    });
  }
  return candidates;
}

/**
 * Returns up to three dated events from earlier related stories that bear on this one, at most one
 * per story, none on a date the story's own timeline already has.
 */
export function relatedTimeline(
  pool: Pool,
  stories: readonly RelatedStory[],
  own: readonly TimelineEvent[],
  segment: Segmenter,
): TimelineEvent[] {
  const subject = subjectOf(pool);
  if (!subject) return [];
  const taken = new Set(own.map((event) => `${event.precision}:${event.date}`));
  const picked: RelatedCandidate[] = [];
  for (const story of stories) {
    if (story.firstSeen >= subject.earliest) continue;
    const best = candidatesOf(story, subject, pool, segment, taken).sort((a, b) => b.value - a.value)[0];
    if (best) picked.push(best);
  }
  const chosen: TimelineEvent[] = [];
  for (const { event } of picked.sort((a, b) => b.value - a.value)) {
    const key = `${event.precision}:${event.date}`;
    if (chosen.length >= MAX_RELATED_EVENTS || taken.has(key)) continue;
    taken.add(key);
    chosen.push(event);
  }
  return chosen;
}

/** Returns every article of the related stories (the ones a brief's timeline may cite besides the story's own). */
export function relatedArticles(input: BriefInput): BriefArticle[] {
  return (input.relatedStories ?? []).flatMap((story) => story.articles.map((article) => ({ ...article, relatedStoryId: story.storyId })));
}
