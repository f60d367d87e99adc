/** Compares two versions of a story's brief: which sentences each section gained and lost. */
import type { Brief } from '../../domain/index.js';
import { listSentences } from './sections.js';
import { stripMarkers } from './text.js';

export interface SectionChange {
  added: string[];
  removed: string[];
}

export interface BriefDiff {
  fromVersion: number;
  toVersion: number;
  /** True when any section gained or lost a sentence. */
  changed: boolean;
  /** Only sections that changed; timeline entries read "2026-10-21: text". */
  sections: Record<string, SectionChange>;
  /** Articles cited now and not before. */
  newSources: string[];
}

function sectionTexts(brief: Brief): Map<string, string[]> {
  const texts = new Map<string, string[]>();
  for (const { section, sentence } of listSentences(brief)) {
    const date = 'date' in sentence ? `${String(sentence.date)}: ` : '';
    // Reference numbers shift between versions; the claim is what is compared.
    const text = `${date}${stripMarkers(sentence.text).replace(/\s+/g, ' ').trim()}`;
    texts.set(section, [...(texts.get(section) ?? []), text]);
  }
  return texts;
}

/** Returns what changed from `previous` to `next`, section by section. */
export function diffBriefs(previous: Brief, next: Brief): BriefDiff {
  const before = sectionTexts(previous);
  const after = sectionTexts(next);
  const sections: Record<string, SectionChange> = {};
  for (const section of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(section) ?? [];
    const now = after.get(section) ?? [];
    const added = now.filter((text) => !old.includes(text));
    const removed = old.filter((text) => !now.includes(text));
    if (added.length > 0 || removed.length > 0) sections[section] = { added, removed };
  }
  const cited = (brief: Brief) => new Set(brief.references.map((reference) => reference.articleId));
  const previousSources = cited(previous);
  const newSources = [...cited(next)].filter((articleId) => !previousSources.has(articleId));
  return { fromVersion: previous.version, toVersion: next.version, changed: Object.keys(sections).length > 0, sections, newSources };
}

/** Returns the version number a recomposed brief takes: one more than the previous, or 1. */
export function nextVersion(previous: Brief | null | undefined): number {
  return previous ? previous.version + 1 : 1;
}
