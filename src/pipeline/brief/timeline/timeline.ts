/** The story's timeline: dated events from its articles, duplicates merged, each cited, sorted by date. */
import type { PartialDate, TimelineEvent } from '../../../domain/index.js';
import { citationsOf, mergeCitations } from '../citations.js';
import { resolvedText, withAntecedent } from '../antecedents.js';
import type { Pool, PoolSentence } from '../pool.js';
import { samePolarity } from '../text.js';
import { cosine } from '../vectors.js';
import { BACKGROUND_YEAR } from './date-patterns.js';
import { confirmDate } from './confirm.js';
import { type DateMention, findDates } from './dates.js';
import { eventDates } from './event-dates.js';
import { canStateEvent, leansBack } from './event-sentence.js';

interface Candidate {
  item: PoolSentence;
  mention: DateMention;
  value: number;
}

const MAX_EVENTS = 7;
const MAX_DATES_PER_SENTENCE = 2;
// Another outlet's sentence on the same date this close to the chosen one reports the same event.
const SAME_EVENT_SIMILARITY = 0.3;

function candidatesOf(pool: Pool, salience: ReadonlyMap<string, number>): Candidate[] {
  const candidates: Candidate[] = [];
  for (const item of pool.sentences) {
    const text = item.sentence.text;
    // "It requires operators to publish … by June 30, 2027" states an event once "It" is named.
    if (!canStateEvent(text, leansBack(text) && resolvedText(item, pool).antecedent !== null)) continue;
    const found = findDates(text, pool.language, item.article.published);
    // A sentence listing many dates ("in 2024 … 2025 … 2026") is background, not a sequence of events; a lead
    // that does ("published on November 18 its account of Lumen-4, released October 23, …") states its first.
    const listed = found.length <= MAX_DATES_PER_SENTENCE ? found : item.position === 0 ? found.slice(0, 1) : [];
    for (const mention of eventDates(text, listed)) {
      // Exact dates and dates in leads describe the story's events; a bare year is often background.
      const background = mention.precision === 'year' && BACKGROUND_YEAR.test(text) ? -0.5 : 0;
      const value =
        (salience.get(item.key) ?? 0) + (mention.precision === 'year' ? -0.3 : 0) + background + (item.position === 0 ? 0.3 : 0);
      candidates.push({ item, mention, value });
    }
  }
  return candidates;
}

function confirmed(candidate: Candidate): boolean {
  return confirmDate(candidate.item.sentence.text, candidate.item.article.language, candidate.item.article.published, candidate.mention);
}

// The best-valued sentence whose date the entities stage confirms states the event; other outlets'
// confirmed sentences close to it are cited with it. Null when no sentence of the group is confirmed.
function mergeGroup(group: Candidate[], pool: Pool): TimelineEvent | null {
  const sorted = [...group].sort((a, b) => b.value - a.value);
  const chosen = sorted.find((candidate) => confirmed(candidate));
  if (!chosen) return null;
  const same = sorted.filter(
    (other) =>
      other === chosen ||
      (other.item.article.id !== chosen.item.article.id &&
        cosine(other.item.vector, chosen.item.vector) >= SAME_EVENT_SIMILARITY &&
        samePolarity(other.item.sentence.text, chosen.item.sentence.text) &&
        confirmed(other)),
  );
  const { text, antecedent } = resolvedText(chosen.item, pool);
  return {
    date: chosen.mention.date,
    precision: chosen.mention.precision,
    text,
    citations: withAntecedent(citationsOf(same.map((candidate) => candidate.item)), antecedent),
  };
}

// Adds another event of the row's sentence: the row keeps its earliest date first, and cites what both cite.
function addDate(row: TimelineEvent, event: TimelineEvent): void {
  const dates = [row, event, ...(row.otherDates ?? [])]
    .map(({ date, precision }) => ({ date, precision }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const [first, ...others] = dates as [PartialDate, ...PartialDate[]];
  row.date = first.date;
  row.precision = first.precision;
  row.otherDates = others;
  row.citations = mergeCitations([...row.citations, ...event.citations]);
}

function eventKey(event: TimelineEvent): string {
  return `${event.precision}:${event.date}`;
}

/** Sorts events by date, coarser dates of the same period first, then by text. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => a.date.localeCompare(b.date) || a.text.localeCompare(b.text));
}

/** Builds the timeline from the pool's dated sentences plus earlier related events. */
export function buildTimeline(pool: Pool, salience: ReadonlyMap<string, number>, related: readonly TimelineEvent[] = []): TimelineEvent[] {
  const groups = new Map<string, Candidate[]>();
  for (const candidate of candidatesOf(pool, salience)) {
    const key = `${candidate.mention.precision}:${candidate.mention.date}`;
    groups.set(key, [...(groups.get(key) ?? []), candidate]);
  }
  const ranked = [...groups.values()]
    .map((group) => ({
      group,
      value: Math.max(...group.map((candidate) => candidate.value)) + 0.2 * new Set(group.map((c) => c.item.article.id)).size,
    }))
    .sort((a, b) => b.value - a.value);
  const events: TimelineEvent[] = [];
  for (const { group } of ranked) {
    // The cap counts dates, not rows: the drawing marks each one.
    if (events.reduce((dates, row) => dates + 1 + (row.otherDates?.length ?? 0), 0) >= MAX_EVENTS) break;
    const event = mergeGroup(group, pool);
    if (!event) continue;
    // A sentence with two dated events ("opens on November 2 and runs until November 20") is one row with both dates.
    const row = events.find((other) => other.text === event.text);
    if (row) addDate(row, event);
    else events.push(event);
  }
  const seen = new Set(events.map((event) => `${eventKey(event)}|${event.text}`));
  for (const event of related) if (!seen.has(`${eventKey(event)}|${event.text}`)) events.push(event);
  return sortEvents(events);
}
