/**
 * Extraction quality gate: pooled snippet precision/recall/F1 on ../shared/datasets/extraction-trafilatura (read in place),
 * for Groundwire's extractor and for @mozilla/readability on linkedom through the same harness. Writes
 * test-output/eval-extract.json; fails when F1 falls more than 0.005 below the floor pinned in test/eval/baseline.json
 * under "extract". `--update-baseline` re-pins the floor; `--no-peer` skips Readability (it is slow).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../src/pipeline/extract/index.js';
import { floor3, readFloors, skipMissingDataset, writeFloors, writeReport } from './pinned-floors.js';
import { type AnnotatedPage, type SnippetScore, loadTrafilaturaPages, pool } from './trafilatura-pages.js';
import { scorePage } from './trafilatura-pages.js';

const TOLERANCE = 0.005;
const args = new Set(process.argv.slice(2));

/** Our extractor, as the pipeline calls it; a failure counts as empty output. */
function ours(page: AnnotatedPage): string {
  const result = extractArticle(page.html, { url: page.url });
  return result.ok ? result.value.text : '';
}

/** The peer: Readability on a linkedom DOM; a crash or null counts as empty output. */
function readability(page: AnnotatedPage): string {
  try {
    const { document } = parseHTML(page.html);
    return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

function run(pages: AnnotatedPage[], extract: (page: AnnotatedPage) => string): SnippetScore[] {
  return pages.map((page) => scorePage(page, extract(page)));
}

function byLanguage(pages: AnnotatedPage[], scores: SnippetScore[]): Record<string, { pages: number; f1: number }> {
  const groups = new Map<string, SnippetScore[]>();
  pages.forEach((page, index) => {
    const key = page.lang ?? 'unknown';
    groups.set(key, [...(groups.get(key) ?? []), scores[index]!]);
  });
  return Object.fromEntries(
    [...groups].sort((a, b) => b[1].length - a[1].length).map(([key, group]) => [key, { pages: group.length, f1: pool(group).f1 }]),
  );
}

function main(): void {
  const pages = loadTrafilaturaPages();
  if (!pages) skipMissingDataset('../shared/datasets/extraction-trafilatura');
  const started = performance.now();
  const ourScores = run(pages, ours);
  const oursSeconds = (performance.now() - started) / 1000;
  const oursPooled = pool(ourScores);
  const peer = args.has('--no-peer') ? null : pool(run(pages, readability));
  const line = (name: string, s: ReturnType<typeof pool>): string =>
    `${name.padEnd(28)} precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  accuracy ${s.accuracy.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;
  process.stdout.write(`extraction-trafilatura: ${pages.length} pages, pooled snippet scores\n`);
  process.stdout.write(`${line('groundwire', oursPooled)}  (${oursSeconds.toFixed(1)} s)\n`);
  if (peer) process.stdout.write(`${line('readability on linkedom', peer)}\n`);
  const failures = pages
    .map((page, index) => ({ id: page.id, url: page.url, missed: ourScores[index]!.missed, leaked: ourScores[index]!.leaked }))
    .filter((entry) => entry.missed.length > 0 || entry.leaked.length > 0);
  const floors = readFloors('extract');
  const report = {
    dataset: 'extraction-trafilatura',
    pages: pages.length,
    groundwire: oursPooled,
    readabilityLinkedom: peer,
    byLanguage: byLanguage(pages, ourScores),
    floor: floors?.f1 ?? null,
    failures,
  };
  process.stdout.write(`report: ${writeReport('eval-extract.json', report)}\n`);
  if (!floors || args.has('--update-baseline')) {
    writeFloors('extract', { f1: floor3(oursPooled.f1), precision: floor3(oursPooled.precision), recall: floor3(oursPooled.recall) });
    process.stdout.write(`pinned extract floor: F1 ${floor3(oursPooled.f1)}\n`);
    return;
  }
  if (oursPooled.f1 < floors.f1! - TOLERANCE) {
    process.stdout.write(`FAIL: F1 ${oursPooled.f1.toFixed(4)} is more than ${TOLERANCE} below the pinned floor ${floors.f1}\n`);
    process.exit(1);
  }
  process.stdout.write(`ok: F1 ${oursPooled.f1.toFixed(4)} ≥ floor ${floors.f1} − ${TOLERANCE}\n`);
}

main();
