/** The verifier's window on the segment and entities stages: sentences, tokens, entity mentions and quantities. */
import { entityById, extractQuantities, findEntities } from '../entities/index.js';
import type { EntityMention, Quantity } from '../entities/index.js';
import { splitSentences, tokenize } from '../segment/index.js';
import type { Sentence } from '../../domain/index.js';

export type { EntityMention, Quantity };

/** Splits an article's text into sentences with the ids citations use ("p2s3"). */
export function sentencesOf(text: string, language: string): Sentence[] {
  return splitSentences(text, language);
}

/** Returns the word tokens of a text (jieba words for Chinese). */
export function tokensOf(text: string, language: string): string[] {
  return tokenize(text, language);
}

/** Returns the entity mentions of a text (alias-table entities and unknown capitalised names). */
export function entitiesOf(text: string): EntityMention[] {
  return findEntities(text);
}

/** Returns the quantities of a text; dates resolve against `reference`. */
export function quantitiesOf(text: string, language: string, reference: string | null): Quantity[] {
  return extractQuantities(text, { language, reference });
}

/** Returns the id of the entity that makes or employs this one ("corvane" for "corvane-k10"), if the alias table says. */
export function parentOf(id: string): string | undefined {
  return entityById(id)?.parent;
}

/** Returns the id of the place a public body governs ("china" for "cac"), if the alias table says. */
export function jurisdictionOf(id: string): string | undefined {
  return entityById(id)?.jurisdiction;
}

/** Returns the Chinese names of an alias-table entity ("长三角" for the Yangtze River Delta), or none. */
export function chineseNamesOf(id: string): readonly string[] {
  return entityById(id)?.zh ?? [];
}
