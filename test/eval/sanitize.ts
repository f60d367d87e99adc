/**
 * Sanitiser safety gate: every payload of ../shared/datasets/sanitize-dompurify, sanitised, is rendered in real headless
 * Chromium with instrumentation (dialogs, overridden alert/confirm/prompt/print/open/fetch/XMLHttpRequest/sendBeacon,
 * CDP count of scripts compiled from the document, javascript: links clicked, events dispatched). Nothing may execute.
 * The exact-match rate against DOMPurify's expected output is a diagnostic only (different allow-list, same safety goal).
 * Writes test-output/eval-sanitize.json; pins "sanitize" in test/eval/baseline.json (executed must stay 0).
 * `--raw` renders the payloads unsanitised instead: a self-test showing the instrumentation does catch execution.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { sanitizeHtml } from '../../src/pipeline/sanitize/index.js';
import { floor3, readFloors, skipMissingDataset, writeFloors, writeReport } from './pinned-floors.js';
import { datasetPath } from './trafilatura-pages.js';

interface Case {
  index: number;
  title: string | null;
  payload: string;
  expected: string | string[];
  xss: boolean;
}

interface Observation {
  executed: number;
  unsafeMarkup: string[];
}

const CHROMIUM = '/usr/bin/chromium';
const RAW = process.argv.includes('--raw');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Runs before any page script: every way a payload could show it ran bumps one counter.
const INSTRUMENT = `(() => {
  let count = 0;
  Object.defineProperty(window, '__gwExecuted', { get: () => count });
  const bump = () => { count += 1; };
  // eval and timers stay untouched: the harness itself needs them (CDP sees any code they would run).
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open', 'fetch']) window[name] = function () { bump(); };
  XMLHttpRequest.prototype.open = function () { bump(); };
  navigator.sendBeacon = () => { bump(); return false; };
  const imageSrc = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src');
  Object.defineProperty(HTMLImageElement.prototype, 'src', {
    get() { return imageSrc.get.call(this); },
    set(value) { if (/^\\s*javascript:/i.test(String(value))) bump(); imageSrc.set.call(this, value); },
  });
})();`;

// Static oracle, in the browser's own DOM: anything that could execute or fetch, even if it did not fire here.
const INSPECT = `(() => {
  const found = [];
  for (const element of document.body.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (['script', 'iframe', 'frame', 'object', 'embed', 'base', 'form', 'style', 'link', 'meta', 'svg', 'math', 'template'].includes(tag)) found.push('<' + tag + '>');
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
      if (name.startsWith('on')) found.push(tag + '[' + name + ']');
      if (name === 'style') found.push(tag + '[style]');
      if (/^(javascript|vbscript|data:text\\/html)/.test(value) && ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'srcdoc', 'cite'].includes(name)) found.push(tag + '[' + name + '=' + value.slice(0, 20) + ']');
    }
  }
  return found;
})()`;

// Fires the events inline handlers listen to and follows every link, so dormant payloads get their chance.
const PROVOKE = `(() => {
  for (const element of document.body.querySelectorAll('*')) {
    for (const type of ['mouseover', 'mouseenter', 'focus', 'blur', 'animationstart', 'load', 'error', 'toggle']) element.dispatchEvent(new Event(type));
  }
  for (const link of document.querySelectorAll('a')) link.click();
})()`;

async function observe(context: BrowserContext, html: string, index: number): Promise<Observation> {
  const page: Page = await context.newPage();
  const url = `http://gw.test/case-${index}`;
  let executed = 0;
  const client = await context.newCDPSession(page);
  await client.send('Debugger.enable');
  // Scripts compiled from the document itself (inline scripts, event handlers) carry the document's URL.
  client.on('Debugger.scriptParsed', (event) => {
    if (event.url.startsWith('http://gw.test/')) executed += 1;
  });
  page.on('dialog', (dialog) => {
    executed += 1;
    void dialog.dismiss();
  });
  await page.addInitScript({ content: INSTRUMENT });
  await page.route('**/*', (route) =>
    route.request().url() === url
      ? route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html><head><meta charset="utf-8"><title>case</title></head><body>${html}</body></html>`,
        })
      : route.abort(),
  );
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(30);
  const unsafeMarkup = ((await page.evaluate(INSPECT).catch((error: Error) => [`inspect failed: ${error.message}`])) as
    string[] | undefined) ?? ['inspect returned nothing'];
  await page.evaluate(PROVOKE).catch(() => undefined);
  await page.waitForTimeout(30);
  const flagged = (await page.evaluate('window.__gwExecuted').catch(() => 0)) as number;
  await page.close();
  return { executed: executed + flagged, unsafeMarkup };
}

function exactMatch(sanitized: string, expected: string | string[]): boolean {
  return typeof expected === 'string' ? sanitized === expected : expected.includes(sanitized);
}

type Result = { index: number; title: string | null; xss: boolean; sanitized: string; exact: boolean } & Observation;

/** Sanitises and renders every case in one fresh Chromium profile. */
async function renderAll(cases: Case[]): Promise<Result[]> {
  const profile = mkdtempSync(join(tmpdir(), 'groundwire-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
  const results: Result[] = [];
  try {
    for (const entry of cases) {
      const sanitized = RAW ? entry.payload : sanitizeHtml(entry.payload);
      const seen = await observe(context, sanitized, entry.index);
      results.push({
        index: entry.index,
        title: entry.title,
        xss: entry.xss,
        sanitized,
        exact: exactMatch(sanitized, entry.expected),
        ...seen,
      });
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return results;
}

function ensureInputs(file: string): void {
  if (!existsSync(file)) skipMissingDataset('../shared/datasets/sanitize-dompurify');
  if (!existsSync(CHROMIUM)) {
    process.stdout.write(`skipped: ${CHROMIUM} not found (apt-get install chromium fonts-wqy-microhei)\n`);
    process.exit(process.env.CI === 'true' ? 1 : 0);
  }
}

async function main(): Promise<void> {
  const file = join(datasetPath('sanitize-dompurify'), 'cases.json');
  ensureInputs(file);
  const results = await renderAll(JSON.parse(readFileSync(file, 'utf8')) as Case[]);
  const executed = results.filter((result) => result.executed > 0);
  const unsafe = results.filter((result) => result.unsafeMarkup.length > 0);
  const exactRate = results.filter((result) => result.exact).length / results.length;
  process.stdout.write(`sanitize-dompurify: ${results.length} cases (${results.filter((r) => r.xss).length} xss) rendered in Chromium\n`);
  process.stdout.write(
    `executed: ${executed.length}   unsafe markup left: ${unsafe.length}   exact match with DOMPurify: ${(exactRate * 100).toFixed(1)}% (diagnostic)\n`,
  );
  if (RAW) {
    process.stdout.write(`self-test (--raw): ${executed.length} of ${results.length} unsanitised payloads executed\n`);
    return;
  }
  for (const result of [...executed, ...unsafe]) {
    process.stdout.write(
      `  case ${result.index}: executed ${result.executed} ${result.unsafeMarkup.join(' ')} ← ${result.sanitized.slice(0, 120)}\n`,
    );
  }
  writeReport('eval-sanitize.json', {
    cases: results.length,
    executed: executed.length,
    unsafeMarkup: unsafe.length,
    exactMatchRate: exactRate,
    results,
  });
  const floors = readFloors('sanitize');
  if (!floors || process.argv.includes('--update-baseline'))
    writeFloors('sanitize', { executed: 0, unsafeMarkup: 0, exactMatchRate: floor3(exactRate) });
  if (executed.length > 0 || unsafe.length > 0) {
    process.stdout.write('FAIL: sanitised output executed or kept executable markup\n');
    process.exit(1);
  }
}

await main();
