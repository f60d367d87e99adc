/**
 * Language identification gate: accuracy per language on ../shared/datasets/langid-lingua (one sentence per line,
 * file name = gold ISO 639-1), macro mean over the 17 languages, a confusion table, zh/ja/ko apart. The detector
 * chooses among every language it supports (see src/pipeline/language/languages.ts), not only these 17.
 * Writes test-output/eval-langid.json; fails when the macro accuracy falls more than 0.005 below the floor pinned
 * under "langid" in test/eval/baseline.json. `--update-baseline` re-pins it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../../src/pipeline/language/index.js';
import { CANDIDATES_BY_SCRIPT, ISO_639_1, SINGLE_LANGUAGE_SCRIPTS } from '../../src/pipeline/language/languages.js';
import { floor3, readFloors, skipMissingDataset, writeFloors, writeReport } from './pinned-floors.js';
import { datasetPath } from './trafilatura-pages.js';

const TOLERANCE = 0.005;

function candidateSet(): string[] {
  const statistical = Object.values(CANDIDATES_BY_SCRIPT)
    .flat()
    .map((code) => ISO_639_1[code] ?? code);
  return [...new Set([...statistical, ...Object.values(SINGLE_LANGUAGE_SCRIPTS)])].sort();
}

interface Measured {
  sentences: number;
  milliseconds: number;
  accuracy: Record<string, number>;
  confusion: Record<string, Record<string, number>>;
}

/** Detects every sentence of every language file and tallies the answers. */
function measure(dir: string): Measured {
  const measured: Measured = { sentences: 0, milliseconds: 0, accuracy: {}, confusion: {} };
  const started = performance.now();
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const gold = file.replace(/\.txt$/, '');
    const lines = readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    const row: Record<string, number> = {};
    for (const line of lines) {
      const detected = detectLanguage(line).language ?? 'unknown';
      row[detected] = (row[detected] ?? 0) + 1;
    }
    measured.sentences += lines.length;
    measured.accuracy[gold] = (row[gold] ?? 0) / lines.length;
    measured.confusion[gold] = row;
  }
  measured.milliseconds = performance.now() - started;
  return measured;
}

function print(measured: Measured, macro: number): void {
  const { accuracy, confusion } = measured;
  const languages = Object.keys(accuracy);
  process.stdout.write(
    `langid-lingua: ${measured.sentences} sentences, ${languages.length} languages; candidate set (${candidateSet().length}): ${candidateSet().join(' ')}\n`,
  );
  for (const language of languages) {
    const errors = Object.entries(confusion[language]!)
      .filter(([code]) => code !== language)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4);
    process.stdout.write(
      `  ${language}  ${(accuracy[language]! * 100).toFixed(1).padStart(5)}%   ${errors.map(([code, count]) => `${code}:${count}`).join(' ')}\n`,
    );
  }
  process.stdout.write(
    `CJK: zh ${(accuracy.zh! * 100).toFixed(1)}%  ja ${(accuracy.ja! * 100).toFixed(1)}%  ko ${(accuracy.ko! * 100).toFixed(1)}%\n`,
  );
  process.stdout.write(
    `macro accuracy ${(macro * 100).toFixed(2)}%  (${(measured.milliseconds / measured.sentences).toFixed(3)} ms/sentence)\n`,
  );
}

function main(): void {
  const dir = join(datasetPath('langid-lingua'), 'sentences');
  if (!existsSync(dir)) skipMissingDataset('../shared/datasets/langid-lingua');
  const measured = measure(dir);
  const languages = Object.keys(measured.accuracy);
  const macro = languages.reduce((sum, language) => sum + measured.accuracy[language]!, 0) / languages.length;
  print(measured, macro);
  writeReport('eval-langid.json', {
    sentences: measured.sentences,
    candidates: candidateSet(),
    macro,
    accuracy: measured.accuracy,
    confusion: measured.confusion,
  });
  const floors = readFloors('langid');
  if (!floors || process.argv.includes('--update-baseline')) {
    writeFloors('langid', { macroAccuracy: floor3(macro) });
    process.stdout.write(`pinned langid floor: ${floor3(macro)}\n`);
    return;
  }
  if (macro < floors.macroAccuracy! - TOLERANCE) {
    process.stdout.write(`FAIL: macro accuracy ${macro.toFixed(4)} is more than ${TOLERANCE} below the floor ${floors.macroAccuracy}\n`);
    process.exit(1);
  }
  process.stdout.write(`ok: macro accuracy ${macro.toFixed(4)} ≥ floor ${floors.macroAccuracy} − ${TOLERANCE}\n`);
}

main();
