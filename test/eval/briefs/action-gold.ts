/**
 * The demo's gold reader actions, what "What to do next" may show: sentences that tell a class of readers something
 * they can or must do, or by when (action-gold/RULE.md). Two annotators judged the same 700 candidate sentences blind
 * (every selectable sentence with a modal, deadline, advice or step word); the gold is what both marked, and of the
 * disputed ones what the adjudicator kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Brief } from '../../../src/domain/index.js';

interface Annotation {
  actions: { id: string }[];
}

function read<T>(file: string): T {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'action-gold', file), 'utf8')) as T;
}

/** Returns the gold actions as "articleId#sentenceId" keys. */
export function loadActionGold(): ReadonlySet<string> {
  const a = new Set(read<Annotation>('annotation-a.json').actions.map((action) => action.id));
  const b = new Set(read<Annotation>('annotation-b.json').actions.map((action) => action.id));
  const kept = read<{ judgments: { id: string; action: boolean }[] }>('adjudicated.json').judgments.filter((j) => j.action);
  return new Set([...[...a].filter((id) => b.has(id)), ...kept.map((judgment) => judgment.id)]);
}

/** How a brief's "What to do next" row fares: shown or not, on a gold action or not, and whether the story has one. */
export function actionMatch(
  brief: Brief,
  articleIds: readonly string[],
  gold: ReadonlySet<string>,
): { shown: boolean; correct: boolean; available: boolean } {
  const row = brief.tldr.whatToDoNext;
  const cited = (row?.citations ?? []).flatMap((citation) => citation.sentenceIds.map((id) => `${citation.articleId}#${id}`));
  const ids = new Set(articleIds);
  return {
    shown: row !== undefined,
    correct: cited.some((key) => gold.has(key)),
    available: [...gold].some((key) => ids.has(key.slice(0, key.lastIndexOf('#')))),
  };
}
