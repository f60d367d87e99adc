/** Display names for taxonomy ids and language codes, from the taxonomy the pipeline labels with. */
import { DEFAULT_TAXONOMY } from '../../../pipeline/classify/index.js';
import type { LabelKind } from '../../../domain/story.js';

const KIND_ENTRIES = {
  board: DEFAULT_TAXONOMY.boards,
  tag: DEFAULT_TAXONOMY.tags,
  region: DEFAULT_TAXONOMY.regions,
  audience: DEFAULT_TAXONOMY.audiences,
} as const;

const NAMES = new Map<string, string>(
  Object.entries(KIND_ENTRIES).flatMap(([kind, entries]) =>
    entries.map((entry) => [`${kind}:${entry.id}`, entry.name] as [string, string]),
  ),
);

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
  return KIND_ENTRIES[kind];
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
