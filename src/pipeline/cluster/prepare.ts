/** Turns an incoming article (title, text, date) into the features the clusterer compares. */
import { properNames } from './proper-names.js';
import { countTerms, type ChineseTokenizer } from './terms.js';
import type { ClusterDocument } from './types.js';

/** An article as the cluster stage receives it; entities, names and quantities may come precomputed from extraction. */
export interface ClusterInput {
  id: string;
  title: string;
  text: string;
  published?: string | null;
  language?: string | null;
  source?: string | null;
  /** Entity ids of actors, products, institutions, when an earlier stage found them (else found here). */
  entities?: readonly string[];
  /** Entity ids of places, when an earlier stage found them. */
  places?: readonly string[];
  /** Capitalised names outside the alias table, lowercased, when an earlier stage found them. */
  names?: readonly string[];
  /** Quantity keys, when an earlier stage found them (else found here). */
  quantities?: readonly string[];
  /** Headline features (see ClusterDocument.headline), when an earlier stage built them. */
  headline?: readonly string[];
  vector?: readonly number[] | null;
}

/** Something found at an offset of a text: an entity id, an unknown name, or a quantity key. */
export interface Found {
  key: string;
  start: number;
}

/** Entity ids (places apart) and unknown capitalised names found in a text, with their offsets. */
export interface FoundMentions {
  entities: Found[];
  places: Found[];
  names: Found[];
}

/** The finders prepare uses; the stage's defaults come from the entities and segment stages. */
export interface FeatureFinders {
  mentions(text: string, language: string): FoundMentions;
  quantities(text: string, language: string, published: string | null): Found[];
  tokenizeChinese?: ChineseTokenizer;
}

/** Finders that need no other stage: capitalised names only, no entity ids or quantities (tests, plain text). */
export const PLAIN_FINDERS: FeatureFinders = {
  mentions: (text) => ({ entities: [], places: [], names: properNames(text).map((key) => ({ key, start: -1 })) }),
  quantities: () => [],
};

const HAN = /\p{Script=Han}/gu;
const LETTER = /\p{Letter}/gu;

/** Guesses the language from the script: mostly Han letters mean Chinese, anything else counts as English here. */
export function guessLanguage(text: string): string {
  const letters = text.match(LETTER)?.length ?? 0;
  const han = text.match(HAN)?.length ?? 0;
  return letters > 0 && han / letters > 0.3 ? 'zh' : 'en';
}

const URL_TITLE = /^\s*https?\s*:/i;

const keys = (found: readonly Found[]): string[] => found.map((item) => item.key);

/**
 * Returns the headline's features: its terms, and the entities and quantities found inside it (offsets before the
 * end of the title). Entity ids and amounts carry a headline across languages.
 */
function headlineFeatures(title: string, entities: readonly Found[], quantities: readonly Found[], tokenizer?: ChineseTokenizer): string[] {
  const inTitle = (item: Found) => item.start >= 0 && item.start < title.length;
  const features = [...countTerms(title, '', tokenizer).keys()];
  for (const item of entities) if (inTitle(item)) features.push(`e:${item.key}`);
  for (const item of quantities) if (inTitle(item)) features.push(`q:${item.key}`);
  return features;
}

/**
 * Returns the title and text to analyse: a bare URL as title (some scrapes give one) names no event, so the
 * text's first line, which is then usually the headline, takes its place.
 */
function headlineAndBody(input: ClusterInput): { title: string; text: string } {
  if (!URL_TITLE.test(input.title)) return { title: input.title, text: input.text };
  const firstLine = input.text.match(/^[^\n]{1,200}(?=\n|$)/)?.[0] ?? '';
  return { title: firstLine, text: `${input.title}\n${input.text.slice(firstLine.length)}` };
}

/** Builds the clusterer's document: term counts, entity ids, names, quantity keys and headline features. */
export function prepareWith(finders: FeatureFinders, input: ClusterInput): ClusterDocument {
  const { title, text } = headlineAndBody(input);
  const full = `${title}\n${text}`;
  const language = input.language ?? guessLanguage(full);
  const found = input.entities && input.places && input.names ? null : finders.mentions(full, language);
  const quantities = input.quantities ? null : finders.quantities(full, language, input.published ?? null);
  return {
    id: input.id,
    published: input.published ?? null,
    language,
    source: input.source ?? null,
    title: input.title,
    terms: countTerms(title, text, finders.tokenizeChinese),
    entities: input.entities ? [...input.entities] : keys(found?.entities ?? []),
    places: input.places ? [...input.places] : keys(found?.places ?? []),
    names: input.names ? [...input.names] : keys(found?.names ?? []),
    quantities: input.quantities ? [...input.quantities] : keys(quantities ?? []),
    headline: input.headline
      ? [...input.headline]
      : headlineFeatures(title, [...(found?.entities ?? []), ...(found?.places ?? [])], quantities ?? [], finders.tokenizeChinese),
    vector: input.vector ?? null,
  };
}
