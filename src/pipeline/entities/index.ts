/**
 * The entities stage's public surface: named-entity mentions (alias table + unknown capitalised names)
 * and quantities (money, percentages, measures, numbers, dates) with cross-language comparison keys.
 */
import { ALIAS_INDEX } from './alias-index.js';
import { ALIAS_TABLE } from './aliases/index.js';
import type { AliasEntry } from './types.js';

export type { AliasEntry, EntityKind, EntityMention, MentionSource, Quantity, QuantityKind, QuantityOptions } from './types.js';
export { findEntities, findKnownEntities } from './find-entities.js';
export { extractQuantities } from './extract-quantities.js';
export { type Headline, headlineSubjects, MAX_SUBJECTS } from './headline-subjects.js';
export { CHINESE_DIGITS, ENGLISH_MONTHS, ENGLISH_TENS, ENGLISH_UNITS, parseChineseNumeral } from './quantities/numerals.js';

/** Every entity of the alias table: the demo newsroom's world and the real field, frozen. */
export const ENTITY_ALIASES: readonly AliasEntry[] = ALIAS_TABLE;

/** Returns the alias-table entry with this id, or undefined. */
export function entityById(id: string): AliasEntry | undefined {
  return ALIAS_INDEX.byId.get(id);
}
