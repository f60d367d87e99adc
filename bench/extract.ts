/**
 * Extraction speed on one core: pages per second on the extraction-trafilatura pages (decoded once, before timing),
 * for Groundwire's extractor beside @mozilla/readability on linkedom and on jsdom (a subset: jsdom is slow), and beside
 * a bare htmlparser2 pass over each page (the floor no DOM-based extractor beats). All in the same run.
 * Options: --pages N (limit), --jsdom-pages N (default 100).
 */
import { Readability } from '@mozilla/readability';
import { Parser, parseDocument } from 'htmlparser2';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../src/pipeline/extract/index.js';
import { type AnnotatedPage, loadTrafilaturaPages } from '../test/eval/trafilatura-pages.js';

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const contestants: Record<string, (page: AnnotatedPage) => unknown> = {
  'htmlparser2 tokenizer pass': (page) => new Parser({}).end(page.html),
  'htmlparser2 parseDocument': (page) => parseDocument(page.html),
  groundwire: (page) => extractArticle(page.html, { url: page.url }),
  'readability on linkedom': (page) => new Readability(parseHTML(page.html).document as unknown as ReadabilityDocument).parse(),
  'readability on jsdom': (page) => {
    // A silent console: jsdom reports every CSS parse error of every page otherwise.
    const dom = new JSDOM(page.html, { url: page.url ?? undefined, virtualConsole: new VirtualConsole() });
    return new Readability(dom.window.document as unknown as ReadabilityDocument).parse();
  },
};

// Contestants take turns page by page, so a change in machine load falls on all of them alike.
function timeInterleaved(
  entries: Array<[string, (page: AnnotatedPage) => unknown, AnnotatedPage[]]>,
  pages: AnnotatedPage[],
): Map<string, number> {
  const spent = new Map<string, number>(entries.map(([name]) => [name, 0]));
  const members = entries.map(([, , subset]) => new Set(subset));
  for (const [, run, subset] of entries) for (const page of subset.slice(0, 10)) run(page);
  for (const page of pages) {
    entries.forEach(([name, run], index) => {
      if (!members[index]!.has(page)) return;
      const started = performance.now();
      try {
        run(page);
      } catch {
        // A crash is the contestant's problem; its time still counts.
      }
      spent.set(name, spent.get(name)! + performance.now() - started);
    });
  }
  return new Map(entries.map(([name, , subset]) => [name, subset.length / (spent.get(name)! / 1000)]));
}

function main(): void {
  const loaded = loadTrafilaturaPages();
  if (!loaded) {
    process.stdout.write('skipped: ../shared/datasets/extraction-trafilatura not found\n');
    return;
  }
  const pages = loaded.slice(0, option('--pages', loaded.length));
  const jsdomPages = pages.slice(0, option('--jsdom-pages', 100));
  const megabytes = pages.reduce((sum, page) => sum + page.html.length, 0) / 1e6;
  process.stdout.write(
    `${pages.length} pages (${megabytes.toFixed(0)} M characters, mean ${Math.round((megabytes * 1000) / pages.length)} K), one core\n`,
  );
  const entries = Object.entries(contestants).map(([name, run]): [string, (page: AnnotatedPage) => unknown, AnnotatedPage[]] => [
    name,
    run,
    name.endsWith('jsdom') ? jsdomPages : pages,
  ]);
  const measured = timeInterleaved(entries, pages);
  const rates: Record<string, number> = Object.fromEntries(measured);
  for (const [name, , subset] of entries) {
    process.stdout.write(
      `${name.padEnd(28)} ${rates[name]!.toFixed(1).padStart(8)} pages/s${subset.length < pages.length ? `  (first ${subset.length} pages)` : ''}\n`,
    );
  }
  const ours = rates.groundwire!;
  process.stdout.write(`\ngroundwire / readability on linkedom: ${(ours / rates['readability on linkedom']!).toFixed(1)}×\n`);
  process.stdout.write(`groundwire / readability on jsdom:    ${(ours / rates['readability on jsdom']!).toFixed(1)}×\n`);
  process.stdout.write(`groundwire / htmlparser2 tokenizer:   ${(ours / rates['htmlparser2 tokenizer pass']!).toFixed(2)}× (the floor)\n`);
}

main();
