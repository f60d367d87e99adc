/** Prints the feed eval as a table and keeps the pinned floors in test/eval/baseline.json honest. */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

/** One printed row: a label and one figure per parser (null = not applicable). */
export interface Row {
  label: string;
  values: Array<number | null>;
  /** The key under which our figure is pinned in the baseline, when it is a gate. */
  floorKey?: string;
}

function cell(value: number | null): string {
  return value === null ? 'n/a' : `${value.toFixed(1)}%`;
}

/** Formats rows under parser names as a fixed-width table. */
export function formatTable(title: string, parsers: string[], rows: Row[]): string {
  const labelWidth = Math.max(title.length, ...rows.map((row) => row.label.length)) + 2;
  const header = title.padEnd(labelWidth) + parsers.map((name) => name.padStart(13)).join('');
  const lines = rows.map((row) => row.label.padEnd(labelWidth) + row.values.map((value) => cell(value).padStart(13)).join(''));
  return [header, '-'.repeat(header.length), ...lines].join('\n');
}

export type Floors = Record<string, number>;

/** Reads the "feeds" floors from the baseline file, or null when none are pinned yet. */
export async function readFloors(file: string): Promise<Floors | null> {
  if (!existsSync(file)) return null;
  const baseline = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  const feeds = baseline['feeds'];
  return feeds && typeof feeds === 'object' ? (feeds as Floors) : null;
}

/** Writes the "feeds" floors (measured figures rounded down to the percent), keeping every other key of the file. */
export async function writeFloors(file: string, measured: Floors): Promise<Floors> {
  const baseline = existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>) : {};
  const floors: Floors = {};
  for (const [key, value] of Object.entries(measured).sort(([a], [b]) => a.localeCompare(b))) floors[key] = Math.floor(value);
  baseline['feeds'] = floors;
  await writeFile(file, `${JSON.stringify(baseline, null, 2)}\n`);
  return floors;
}

/** Lists the pinned figures that fell more than `tolerance` points below their floor. */
export function regressions(floors: Floors, measured: Floors, tolerance = 0.5): string[] {
  const problems: string[] = [];
  for (const [key, floor] of Object.entries(floors)) {
    const value = measured[key];
    if (value === undefined) continue;
    if (value < floor - tolerance) problems.push(`${key}: ${value.toFixed(1)}% is below the floor of ${floor}%`);
  }
  return problems;
}
