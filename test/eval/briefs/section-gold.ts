/**
 * Gold sentences for the TL;DR's cue-routed rows, judged by people: what "What to do next" may show (action-gold/: a
 * sentence that tells a class of readers something they can or must do, or by when) and what "Why it matters" may show
 * (impact-gold/: a consequence, a stake, or what follows from the news). Each folder holds its rule (RULE.md), two
 * annotators' judgments of the same candidate sentences, made blind to the code and to each other, and a third
 * reader's decisions on the sentences they disputed; the gold is what both marked plus the disputed ones kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Brief, BriefSentence } from '../../../src/domain/index.js';

/** The gold sets, by the TL;DR row they are for. */
export const SECTION_GOLD = { whatToDoNext: 'action-gold', whyItMatters: 'impact-gold' } as const;
export type GoldRow = keyof typeof SECTION_GOLD;

interface Annotation {
  marked: { id: string }[];
}

function read<T>(folder: string, file: string): T {
  return JSON.parse(readFileSync(join(import.meta.dirname, folder, file), 'utf8')) as T;
}

/** Returns a row's gold sentences as "articleId#sentenceId" keys. */
export function loadSectionGold(row: GoldRow): ReadonlySet<string> {
  const folder = SECTION_GOLD[row];
  const a = new Set(read<Annotation>(folder, 'annotation-a.json').marked.map((entry) => entry.id));
  const b = new Set(read<Annotation>(folder, 'annotation-b.json').marked.map((entry) => entry.id));
  const kept = read<{ judgments: { id: string; marked: boolean }[] }>(folder, 'adjudicated.json').judgments.filter((j) => j.marked);
  return new Set([...[...a].filter((id) => b.has(id)), ...kept.map((judgment) => judgment.id)]);
}

/** The "articleId#sentenceId" keys a brief sentence cites (none for a missing one). */
export function citedKeys(sentence: BriefSentence | undefined): string[] {
  return (sentence?.citations ?? []).flatMap((citation) => citation.sentenceIds.map((id) => `${citation.articleId}#${id}`));
}

/** How a brief's row fares: shown or not, citing a gold sentence or not, and whether the story has one. */
export function rowMatch(
  brief: Brief,
  row: GoldRow,
  articleIds: readonly string[],
  gold: ReadonlySet<string>,
): { shown: boolean; correct: boolean; available: boolean } {
  const sentence = brief.tldr[row];
  const cited = citedKeys(sentence);
  const ids = new Set(articleIds);
  return {
    shown: sentence !== undefined,
    correct: cited.some((key) => gold.has(key)),
    available: [...gold].some((key) => ids.has(key.slice(0, key.lastIndexOf('#')))),
  };
}
