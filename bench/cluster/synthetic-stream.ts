/**
 * A synthetic article stream built from the demo's vocabulary: each event recombines the sentences of one demo
 * story, swaps about a third of its words for other demo words (two events from one template are "of the same kind"),
 * shifts its numbers and dates, adds a name, and runs for hours or days; events vary in size (few big, many small).
 */
import type { DemoCorpus } from '../../src/demo/corpus.js';
import { prepareClusterDocument } from '../../src/pipeline/cluster/index.js';

/** One generated article with the event it belongs to, and the features an extraction stage would hand over. */
export interface SyntheticArticle {
  id: string;
  title: string;
  text: string;
  published: string;
  language: string;
  source: string;
  event: number;
  entities: string[];
  places: string[];
  names: string[];
  quantities: string[];
  headline: string[];
}

/** Features of one demo sentence or title, found once with the real finders and reused by every article quoting it. */
interface Features {
  entities: string[];
  places: string[];
  names: string[];
  quantities: string[];
  headline: string[];
}

const featureCache = new Map<string, Features>();

function featuresOf(text: string, language: string, asTitle: boolean): Features {
  const key = `${asTitle ? 'T' : 'S'}${text}`;
  let found = featureCache.get(key);
  if (!found) {
    const document = prepareClusterDocument({
      id: 'cache',
      title: asTitle ? text : '',
      text: asTitle ? '' : text,
      language,
      published: '2026-10-20T00:00:00Z',
    });
    found = {
      entities: [...document.entities],
      places: [...document.places],
      names: [...document.names],
      quantities: [...document.quantities],
      headline: [...document.headline],
    };
    featureCache.set(key, found);
  }
  return found;
}

interface Template {
  titles: string[];
  sentences: string[];
  language: string;
}

interface LiveEvent {
  id: number;
  template: Template;
  remaining: number;
  start: number;
  spanMs: number;
  name: string;
  numberShift: number;
}

const HOUR_MS = 3_600_000;
/** Share of a template's words and entities an event replaces: enough to tell events apart, few enough to keep them alike. */
const MUTATION_RATE = 0.5;

interface Vocabulary {
  latin: string[];
  han: string[];
}

function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

function vocabularyOf(corpus: DemoCorpus): Vocabulary {
  const latin = new Set<string>();
  const han = new Set<string>();
  for (const article of corpus.articles) {
    const text = article.body.join(' ');
    for (const word of text.match(/[A-Za-z]{4,}/g) ?? []) latin.add(word.toLowerCase());
    for (const pair of text.match(/[\u4e00-\u9fff]{2}/g) ?? []) han.add(pair);
  }
  return { latin: [...latin], han: [...han] };
}

/** Swaps a word or feature for another from the pool, the same way every time within one event. */
function swap(word: string, event: number, pool: readonly string[]): string {
  const hash = hashOf(`${event}:${word}`);
  return hash / 4294967296 < MUTATION_RATE && pool.length > 0 ? (pool[hashOf(`${word}:${event}`) % pool.length] as string) : word;
}

/** Rewrites a text for one event: the same word always becomes the same substitute within the event. */
function mutate(text: string, event: number, vocabulary: Vocabulary): string {
  return text
    .replace(/[A-Za-z]{4,}/g, (word) => swap(word.toLowerCase(), event, vocabulary.latin))
    .replace(/[\u4e00-\u9fff]{2}/g, (pair) => swap(pair, event, vocabulary.han));
}

/** A small deterministic generator (mulberry32): the same seed gives the same stream on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function templatesOf(corpus: DemoCorpus): Template[] {
  return corpus.stories.flatMap((story) => {
    const byLanguage = new Map<string, Template>();
    for (const article of story.articles.filter((entry) => !entry.syndicatedFrom)) {
      const template = byLanguage.get(article.language) ?? { titles: [], sentences: [], language: article.language };
      template.titles.push(article.title);
      for (const paragraph of article.body) template.sentences.push(...(paragraph.match(/[^.!?。！？]+[.!?。！？]+["”]?/g) ?? [paragraph]));
      byLanguage.set(article.language, template);
    }
    return [...byLanguage.values()];
  });
}

function namesOf(corpus: DemoCorpus): string[] {
  const names = new Set<string>();
  for (const article of corpus.articles)
    for (const match of article.body.join(' ').matchAll(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g)) names.add(match[0]);
  return [...names];
}

/** Event sizes: mostly one to five articles, a tail of large running stories (up to 200). */
function eventSize(random: () => number): number {
  return Math.min(200, Math.max(1, Math.floor(1 / Math.pow(random() + 1e-9, 0.7))));
}

/** Yields `count` articles, about `perDay` a day, from events that open and close over time. */
export function* syntheticStream(corpus: DemoCorpus, count: number, perDay = 3000, seed = 7): Generator<SyntheticArticle> {
  const random = seededRandom(seed);
  const templates = templatesOf(corpus);
  const names = namesOf(corpus);
  const vocabulary = vocabularyOf(corpus);
  // Entities swap among the demo's entity ids, so that two events of one template involve partly different actors.
  const featurePool = [
    ...new Set(
      templates.flatMap((template) =>
        template.titles.concat(template.sentences).flatMap((text) => featuresOf(text, template.language, false).entities),
      ),
    ),
  ];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const start = Date.parse('2026-01-01T00:00:00Z');
  const stepMs = 86_400_000 / perDay;
  const live: LiveEvent[] = [];
  let nextEvent = 0;
  for (let index = 0; index < count; index++) {
    const now = start + index * stepMs;
    // Open a new event when few are live or by chance, so that big and small events overlap in time.
    if (live.length < 40 || random() < 0.25) live.push(openEvent(nextEvent++, now, random, pick(templates), pick(names)));
    const slot = Math.floor(random() * live.length);
    const event = live[slot] as LiveEvent;
    const article = renderArticle(event, index, Math.max(now, event.start + random() * event.spanMs * 0.1), random, pick);
    const features = (keys: string[]) => keys.map((key) => swap(key, event.id, featurePool));
    yield {
      ...article,
      title: mutate(article.title, event.id, vocabulary),
      text: mutate(article.text, event.id, vocabulary),
      entities: features(article.entities),
      places: features(article.places),
      headline: features(article.headline),
    };
    if (--event.remaining <= 0 || now - event.start > event.spanMs) live.splice(slot, 1);
  }
}

function openEvent(id: number, now: number, random: () => number, template: Template, name: string): LiveEvent {
  const spanMs = (1 + random() * 96) * HOUR_MS;
  return { id, template, remaining: eventSize(random), start: now, spanMs, name, numberShift: 1 + Math.floor(random() * 97) };
}

function renderArticle(
  event: LiveEvent,
  index: number,
  time: number,
  random: () => number,
  pick: <T>(items: readonly T[]) => T,
): SyntheticArticle {
  // Event-specific numbers: the same template told twice becomes two events with different figures.
  const shift = (text: string) => text.replace(/\d+(?:\.\d+)?/g, (digits) => String(Number(digits) + event.numberShift));
  const language = event.template.language;
  const title = pick(event.template.titles);
  const picked: string[] = [];
  for (let count = 4 + Math.floor(random() * 5); count > 0; count--) picked.push(pick(event.template.sentences));
  const features = [featuresOf(title, language, true), ...picked.map((sentence) => featuresOf(sentence, language, false))];
  const joiner = language === 'zh' ? '' : ' ';
  return {
    id: `syn-${index}`,
    title: `${shift(title)}${joiner}${language === 'zh' ? '' : `— ${event.name}`}`,
    text: `${event.name}${joiner}${picked.map(shift).join(joiner)}`,
    published: new Date(time).toISOString(),
    language,
    source: `outlet-${Math.floor(random() * 40)}`,
    event: event.id,
    entities: features.flatMap((found) => found.entities),
    places: features.flatMap((found) => found.places),
    names: [event.name.toLowerCase(), ...features.flatMap((found) => found.names)],
    quantities: features.flatMap((found) => found.quantities).map((key) => `${key}+${event.numberShift}`),
    headline: features[0]?.headline.map((key) => (key.startsWith('q:') ? `${key}+${event.numberShift}` : key)) ?? [],
  };
}
