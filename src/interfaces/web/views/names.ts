/** Display names for taxonomy ids and language codes, from the taxonomy the pipeline labels with. */
import { DEFAULT_TAXONOMY, type Taxonomy } from '../../../pipeline/classify/index.js';
import type { LabelKind } from '../../../domain/story.js';

type KindEntries = Record<LabelKind, readonly NamedId[]>;

function entriesByKind(taxonomy: Taxonomy): KindEntries {
  return { board: taxonomy.boards, tag: taxonomy.tags, region: taxonomy.regions, audience: taxonomy.audiences };
}

function namesOf(entries: KindEntries): Map<string, string> {
  return new Map(
    Object.entries(entries).flatMap(([kind, list]) => list.map((entry) => [`${kind}:${entry.id}`, entry.name] as [string, string])),
  );
}

// One web app per process labels with one taxonomy, so the views read it from here rather than each
// render threading it through; createWebApp sets it from the configured taxonomy.
let kindEntries = entriesByKind(DEFAULT_TAXONOMY);
let NAMES = namesOf(kindEntries);

/** Makes the views name boards, tags, regions and audiences from this taxonomy (the shipped default when absent). */
export function useTaxonomy(taxonomy: Taxonomy | undefined): void {
  kindEntries = entriesByKind(taxonomy ?? DEFAULT_TAXONOMY);
  NAMES = namesOf(kindEntries);
}

// Endonyms: a reader looking for Chinese coverage recognises 中文 sooner than "Chinese".
const LANGUAGES: Record<string, string> = {
  en: 'English',
  zh: '中文',
  ja: '日本語',
  ko: '한국어',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
};

/** A taxonomy entry as the filters list it. */
export interface NamedId {
  id: string;
  name: string;
}

/** Returns the taxonomy entries of a kind, in taxonomy order. */
export function entriesOf(kind: LabelKind): readonly NamedId[] {
  return kindEntries[kind];
}

/** Returns the display name of a label id ("energy-power" → "Energy & Power"), title-casing unknown ids. */
export function labelName(kind: LabelKind, id: string): string {
  return NAMES.get(`${kind}:${id}`) ?? id.replace(/-/g, ' ').replace(/^\p{Ll}/u, (first) => first.toUpperCase());
}

/** Returns a language's name in that language ("zh" → "中文"), or the code in capitals. */
export function languageName(code: string): string {
  return LANGUAGES[code.toLowerCase().split('-')[0] ?? ''] ?? code.toUpperCase();
}

/** Tells whether a board id is one the taxonomy knows. */
export function isBoard(id: string): boolean {
  return NAMES.has(`board:${id}`);
}
