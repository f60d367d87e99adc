/**
 * `npm run eval:section-agreement`: how far the two annotators of the TL;DR rows' gold agree (test/eval/briefs/
 * action-gold and impact-gold, read by briefs/section-gold.ts), beside the brief engine's rows. For each row it prints
 * each annotator's marked sentences, their agreement (precision and recall of B against A, Cohen's kappa over the
 * candidates both judged), the adjudicated disputes, and the engine's row precision against A alone, B alone and the
 * gold. It gates nothing (`npm run eval:briefs` floors the gold figures); it says how much the gold itself is sure of.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeGroundedBrief } from '../../src/pipeline/brief/index.js';
import { loadDemoBriefCases } from './briefs/demo-stories.js';
import { type GoldRow, SECTION_GOLD, citedKeys, loadSectionGold } from './briefs/section-gold.js';

const ROOT = join(import.meta.dirname, '../..');

interface Annotation {
  candidates: number;
  marked: { id: string }[];
}

function read<T>(folder: string, file: string): T {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'briefs', folder, file), 'utf8')) as T;
}

/** Cohen's kappa of two yes/no judgments over `total` items, from the counts each marked and both marked. */
function kappa(total: number, a: number, b: number, both: number): number {
  const agreed = (total - a - b + 2 * both) / total;
  const chance = (a / total) * (b / total) + (1 - a / total) * (1 - b / total);
  return (agreed - chance) / (1 - chance);
}

/** The cited sentence keys of each brief's row, by story. */
function engineRows(row: GoldRow): string[][] {
  return loadDemoBriefCases(ROOT).map(({ input }) => {
    return citedKeys(composeGroundedBrief(input, { createdAt: '2026-11-21T00:00:00Z' }).brief?.tldr[row]);
  });
}

function precision(rows: readonly string[][], reference: ReadonlySet<string>): string {
  const shown = rows.filter((keys) => keys.length > 0);
  const right = shown.filter((keys) => keys.some((key) => reference.has(key))).length;
  return `${((100 * right) / shown.length).toFixed(1)}% (${right} of ${shown.length} rows)`;
}

for (const row of Object.keys(SECTION_GOLD) as GoldRow[]) {
  const folder = SECTION_GOLD[row];
  const a = read<Annotation>(folder, 'annotation-a.json');
  const b = read<Annotation>(folder, 'annotation-b.json');
  const setA = new Set(a.marked.map((entry) => entry.id));
  const setB = new Set(b.marked.map((entry) => entry.id));
  const both = [...setA].filter((id) => setB.has(id)).length;
  const disputes = read<{ judgments: { marked: boolean }[] }>(folder, 'adjudicated.json').judgments;
  const gold = loadSectionGold(row);
  const rows = engineRows(row);
  process.stdout.write(
    [
      `${row} (${folder}, ${a.candidates} candidate sentences)`,
      `  annotator A marked ${setA.size}, B ${setB.size}, both ${both}: B against A precision ${(both / setB.size).toFixed(3)} recall ${(both / setA.size).toFixed(3)}, kappa ${kappa(a.candidates, setA.size, setB.size, both).toFixed(3)}`,
      `  disputes ${disputes.length}, kept by the adjudicator ${disputes.filter((judgment) => judgment.marked).length}; gold ${gold.size}`,
      `  engine rows against A ${precision(rows, setA)}, against B ${precision(rows, setB)}, against the gold ${precision(rows, gold)}`,
      '',
    ].join('\n'),
  );
}
