/**
 * Feed parsing quality gate (`npm run eval:feeds`): scores our parse stage, and rss-parser and feedsmith as peers,
 * on the gofeed, rss-parser and feedvalidator sets read in place from ../shared/datasets; prints a table, writes
 * test-output/eval-feeds.json, and fails when a pinned floor in test/eval/baseline.json regresses by > 0.5 points.
 *
 * Field mapping (ours → golden): see test/eval/feeds/compare.ts and the two mapping modules. In short: text fields are
 * compared as plain text (tags dropped, entities decoded, whitespace collapsed) on both sides; URLs after WHATWG
 * normalisation; dates as instants to the second; categories and enclosures as sets; our id only against a golden guid.
 * `--update-baseline` re-pins the floors at the measured figures.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeedRunner } from './feeds/common.js';
import { scoreFeedvalidator, type FeedvalidatorScore } from './feeds/feedvalidator.js';
import { scoreGofeed, type GofeedScore } from './feeds/gofeed.js';
import { formatTable, readFloors, regressions, writeFloors, type Floors, type Row } from './feeds/report.js';
import { scoreRssParserSet, type RssParserScore } from './feeds/rss-parser-set.js';
import { feedsmithRunner } from './feeds/runner-feedsmith.js';
import { oursRunner } from './feeds/runner-ours.js';
import { rssParserRunner } from './feeds/runner-rss-parser.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const datasets = path.resolve(projectRoot, '../shared/datasets');
const baselineFile = path.join(projectRoot, 'test/eval/baseline.json');
const outputFile = path.join(projectRoot, 'test-output/eval-feeds.json');
const runners: FeedRunner[] = [oursRunner, rssParserRunner(), feedsmithRunner];

interface Results {
  gofeed: GofeedScore[] | null;
  rssParser: RssParserScore[] | null;
  feedvalidator: FeedvalidatorScore[] | null;
}

function locate(set: string, missing: string[]): string | null {
  const dir = path.join(datasets, set);
  if (existsSync(path.join(dir, 'index.json'))) return dir;
  console.log(`skipped: ../shared/datasets/${set} not found`);
  missing.push(set);
  return null;
}

async function scoreAll(missing: string[]): Promise<Results> {
  const gofeedDir = locate('feeds-gofeed', missing);
  const rssParserDir = locate('feeds-rss-parser', missing);
  const validatorDir = locate('feeds-feedvalidator', missing);
  const results: Results = { gofeed: null, rssParser: null, feedvalidator: null };
  if (gofeedDir) results.gofeed = await Promise.all(runners.map((runner) => scoreGofeed(gofeedDir, runner)));
  if (rssParserDir) {
    // Each rss-parser case carries the constructor options its upstream test used; the peer gets them, others ignore them.
    const makers = [() => oursRunner, (options: Record<string, unknown>) => rssParserRunner(options), () => feedsmithRunner];
    results.rssParser = await Promise.all(makers.map((make) => scoreRssParserSet(rssParserDir, make)));
  }
  if (validatorDir)
    results.feedvalidator = await Promise.all(runners.map((runner, index) => scoreFeedvalidator(validatorDir, runner, index === 0)));
  return results;
}

function rows(results: Results): Row[] {
  const out: Row[] = [];
  const add = <T>(scores: T[] | null, label: string, pick: (score: T) => number | null, floorKey?: string): void => {
    if (scores) out.push({ label, values: scores.map(pick), ...(floorKey ? { floorKey } : {}) });
  };
  const g = results.gofeed;
  add(g, `gofeed universal model (${g?.[0]?.universal.cases ?? 0}): case pass`, (s) => s.universal.passRate, 'gofeed.universal.passRate');
  add(g, 'gofeed universal model: leaf accuracy', (s) => s.universal.leafAccuracy, 'gofeed.universal.leafAccuracy');
  add(g, `gofeed type detection (${g?.[0]?.detect.cases ?? 0}): pass`, (s) => s.detect.passRate, 'gofeed.detect.passRate');
  add(g, `gofeed parse trees (${g?.[0]?.trees.cases ?? 0}): case pass`, (s) => s.trees.passRate, 'gofeed.trees.passRate');
  add(g, 'gofeed parse trees: leaf accuracy', (s) => s.trees.leafAccuracy, 'gofeed.trees.leafAccuracy');
  const r = results.rssParser;
  add(r, `rss-parser feeds (${r?.[0]?.cases ?? 0}): case pass`, (s) => s.passRate, 'rssParser.passRate');
  add(r, 'rss-parser feeds: core-field accuracy', (s) => s.fieldAccuracy, 'rssParser.fieldAccuracy');
  const v = results.feedvalidator;
  add(v, `feedvalidator (${v?.[0]?.files ?? 0}): no crash, < 2 s`, (s) => s.noCrashRate, 'feedvalidator.noCrashRate');
  add(v, `feedvalidator valid feeds (${v?.[0]?.valid.cases ?? 0}): read cleanly`, (s) => s.valid.passRate, 'feedvalidator.valid.passRate');
  add(v, 'feedvalidator invalid feeds: flagged (diagnostic)', (s) => s.invalidFlagged.rate);
  add(v, 'feedvalidator valid feeds: falsely flagged', (s) => s.validFalseFlag.rate);
  add(v, 'feedvalidator flag agreement (diagnostic)', (s) => s.flagAgreement);
  add(
    v,
    `feedvalidator date values (${v?.[0]?.dates?.cases ?? 0}): our dates.ts`,
    (s) => s.dates?.passRate ?? null,
    'feedvalidator.dates.passRate',
  );
  return out;
}

function fieldRows(results: Results): Row[] {
  const out: Row[] = [];
  const universal = results.gofeed?.map((score) => score.universal.fields);
  const rssParser = results.rssParser?.map((score) => score.fields);
  for (const [prefix, tables] of [
    ['gofeed', universal],
    ['rss-parser', rssParser],
  ] as const) {
    if (!tables?.[0]) continue;
    const names = [...new Set(tables.flatMap((table) => Object.keys(table)))].sort();
    for (const name of names) out.push({ label: `${prefix} ${name}`, values: tables.map((table) => table[name]?.percent ?? null) });
  }
  return out;
}

async function main(): Promise<void> {
  const started = performance.now();
  const missing: string[] = [];
  const results = await scoreAll(missing);
  const summary = rows(results);
  const names = runners.map((runner) => runner.name);
  console.log(`\n${formatTable('Feed parsing', names, summary)}\n\n${formatTable('Field agreement', names, fieldRows(results))}\n`);
  const measured: Floors = {};
  for (const row of summary) if (row.floorKey && row.values[0] != null) measured[row.floorKey] = row.values[0];
  let floors = await readFloors(baselineFile);
  if (!floors || process.argv.includes('--update-baseline')) {
    floors = await writeFloors(baselineFile, { ...(floors ?? {}), ...measured });
    console.log(`pinned floors in ${path.relative(projectRoot, baselineFile)}`);
  }
  const problems = regressions(floors, measured);
  await mkdir(path.dirname(outputFile), { recursive: true });
  await writeFile(outputFile, `${JSON.stringify({ parsers: names, measured, floors, missing, results }, null, 2)}\n`);
  console.log(`wrote ${path.relative(projectRoot, outputFile)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const problem of problems) console.error(`regression: ${problem}`);
  if (missing.length > 0 && process.env['CI'] === 'true') console.error(`missing datasets in CI: ${missing.join(', ')}`);
  if (problems.length > 0 || (missing.length > 0 && process.env['CI'] === 'true')) process.exitCode = 1;
}

await main();
