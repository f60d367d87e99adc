/** Reads and merges one key of test/eval/baseline.json, leaving every other gate's floors untouched. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from './trafilatura-pages.js';

const BASELINE_FILE = join(PROJECT_ROOT, 'test/eval/baseline.json');

/** Returns the floors stored under `key`, or null when the gate has none yet. */
export function readFloors(key: string): Record<string, number> | null {
  if (!existsSync(BASELINE_FILE)) return null;
  const all = JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Record<string, Record<string, number>>;
  return all[key] ?? null;
}

/** Writes the floors of `key`, re-reading the file first so concurrent gates' keys survive. */
export function writeFloors(key: string, floors: Record<string, number>): void {
  const all = existsSync(BASELINE_FILE) ? (JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Record<string, unknown>) : {};
  all[key] = floors;
  writeFileSync(BASELINE_FILE, `${JSON.stringify(all, null, 2)}\n`);
}

/** Rounds down to three decimals, the precision floors are pinned at. */
export function floor3(value: number): number {
  return Math.floor(value * 1000) / 1000;
}

/** Writes a JSON report under test-output/. */
export function writeReport(name: string, report: unknown): string {
  const file = join(PROJECT_ROOT, 'test-output', name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

/** Prints the skip message for an absent dataset and exits: 0 normally, 1 under CI=true. */
export function skipMissingDataset(relativePath: string): never {
  process.stdout.write(`skipped: ${relativePath} not found\n`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
