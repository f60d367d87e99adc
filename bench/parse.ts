/**
 * `npm run bench:parse`: parse-and-normalise throughput (MB/s, items/s) of our feed parser over the feeds of the
 * gofeed, rss-parser and feedvalidator sets (read in place from ../shared/datasets, all held in memory before timing),
 * beside Debian's python3-feedparser and the JavaScript feed parsers installed here (feedsmith, rss-parser), in one run
 * pinned to one core, the rounds of all parsers interleaved. Each parser gets the same bytes and is timed from bytes to its own output (decoding included);
 * items are the items each parser returned. Prints a table and ratios; writes test-output/bench-parse.json.
 *
 * Options: `--rounds N` timed rounds (default 5; `--rounds 1` for a single run), `--warmup N` untimed rounds first (default 1).
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseFeed as feedsmithParse } from 'feedsmith';
import RssParser from 'rss-parser';
import { parseFeed } from '../src/pipeline/parse/index.js';

const projectRoot = path.resolve(import.meta.dirname, '..');
const datasets = path.resolve(projectRoot, '../shared/datasets');
const outputFile = path.join(projectRoot, 'test-output/bench-parse.json');
const pythonScript = path.join(import.meta.dirname, 'peers/feedparser_bench.py');
const debianPython = '/usr/bin/python3';
const targets = { vsFeedparser: 10, vsFastestJs: 1 };

function option(name: string, fallback: number, minimum: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < minimum) throw new Error(`bench:parse: --${name} must be an integer ≥ ${minimum}`);
  return value;
}

const rounds = option('rounds', 5, 1);
const warmup = option('warmup', 1, 0);

interface Feed {
  file: string;
  /** A base URL, the same for every parser that takes one (relative links resolve against it). */
  url: string;
  bytes: Buffer;
  /** How rss-parser's set says to read the file as text, for the peers that take text. */
  decodeAs: BufferEncoding;
}

interface FeedSet {
  name: string;
  feeds: Feed[];
  bytes: number;
}

/** The inputs each set's index.json lists: gofeed `cases[].input`, rss-parser `cases[].input`, feedvalidator `files[].file`. */
function loadSet(name: string): FeedSet | null {
  const dir = path.join(datasets, name);
  const indexFile = path.join(dir, 'index.json');
  if (!existsSync(indexFile)) return null;
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as {
    cases?: { input: string; decodeAs?: string }[];
    files?: { file: string }[];
  };
  const entries = index.cases?.map((entry) => ({ file: entry.input, decodeAs: entry.decodeAs })) ?? index.files ?? [];
  const feeds = entries.map(({ file, ...rest }): Feed => {
    const decodeAs = 'decodeAs' in rest && rest.decodeAs === 'latin1' ? 'latin1' : 'utf8';
    const absolute = path.join(dir, file);
    return { file: absolute, url: `http://bench.invalid/${name}/${file}`, bytes: readFileSync(absolute), decodeAs };
  });
  return { name, feeds, bytes: feeds.reduce((sum, feed) => sum + feed.bytes.length, 0) };
}

interface SetRun {
  name: string;
  files: number;
  bytes: number;
  items: number;
  failed: number;
  roundsMs: number[];
}

interface ParserRun {
  parser: string;
  version: string;
  sets: SetRun[];
}

interface Totals {
  files: number;
  bytes: number;
  items: number;
  failed: number;
  /** Median over rounds of the whole corpus's time (each round's per-set times summed). */
  medianMs: number;
  /** The fastest round (best-of-N): less disturbed by other load on a shared machine. */
  minMs: number;
  mbPerSecond: number;
  itemsPerSecond: number;
  filesPerSecond: number;
  /** items/s of the fastest round. */
  bestItemsPerSecond: number;
}

type Outcome = { items: number; failed: boolean };
type JsParser = { name: string; version: string; parse: (feed: Feed) => Outcome | Promise<Outcome> };

function packageVersion(name: string | null): string {
  const file = name === null ? path.join(projectRoot, 'package.json') : path.join(projectRoot, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function countOf(list: unknown): number {
  return Array.isArray(list) ? list.length : 0;
}

const ours: JsParser = {
  name: 'groundwire',
  version: packageVersion(null),
  parse(feed) {
    const result = parseFeed(feed.bytes, { url: feed.url, contentType: null });
    return result.ok ? { items: result.value.items.length, failed: false } : { items: 0, failed: true };
  },
};

// feedsmith takes text (XML) or a parsed object (JSON Feed); decoding and JSON.parse are inside the timing, as ours decodes bytes.
const feedsmith: JsParser = {
  name: 'feedsmith',
  version: packageVersion('feedsmith'),
  parse(feed) {
    try {
      const text = feed.bytes.toString(feed.decodeAs).replace(/^\uFEFF/, '');
      const input: unknown = /^\s*[{[]/.test(text) ? JSON.parse(text) : text;
      const parsed = feedsmithParse(input) as unknown as { feed: { items?: unknown; entries?: unknown } };
      return { items: countOf(parsed.feed.items) + countOf(parsed.feed.entries), failed: false };
    } catch {
      return { items: 0, failed: true };
    }
  },
};

const rssParserInstance = new RssParser();
const rssParser: JsParser = {
  name: 'rss-parser',
  version: packageVersion('rss-parser'),
  async parse(feed) {
    try {
      const output = await rssParserInstance.parseString(feed.bytes.toString(feed.decodeAs));
      return { items: countOf(output.items), failed: false };
    } catch {
      return { items: 0, failed: true };
    }
  },
};

async function runSet(parser: JsParser, set: FeedSet): Promise<{ ms: number; items: number; failed: number }> {
  let items = 0;
  let failed = 0;
  const started = performance.now();
  for (const feed of set.feeds) {
    let outcome = parser.parse(feed);
    if (outcome instanceof Promise) outcome = await outcome;
    items += outcome.items;
    if (outcome.failed) failed++;
  }
  return { ms: performance.now() - started, items, failed };
}

function emptyRun(parser: string, version: string, sets: FeedSet[]): ParserRun {
  return {
    parser,
    version,
    sets: sets.map((set) => ({ name: set.name, files: set.feeds.length, bytes: set.bytes, items: 0, failed: 0, roundsMs: [] })),
  };
}

type PeerRound = { name: string; ms: number; items: number; failed: number }[];

/**
 * Debian's python3-feedparser in a child process (it inherits this process's CPU pinning), fed the same files and base
 * URLs through a temporary list file. It loads and warms up once, then runs one timed round per request, so that its
 * rounds interleave with the JS parsers' rounds and see the same machine load.
 */
class FeedparserPeer {
  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly lines: AsyncIterator<string>,
    private readonly stderr: string[],
    readonly version: string,
  ) {}

  static async start(sets: FeedSet[], listDir: string): Promise<FeedparserPeer | { error: string }> {
    if (!existsSync(debianPython)) return { error: `${debianPython} not found` };
    const listFile = path.join(listDir, 'files.json');
    const spec = { sets: sets.map((set) => ({ name: set.name, files: set.feeds.map((feed) => [feed.file, feed.url]) })) };
    writeFileSync(listFile, JSON.stringify(spec));
    const child = spawn(debianPython, [pythonScript, listFile, String(warmup)], { stdio: ['pipe', 'pipe', 'pipe'] });
    const stderr: string[] = [];
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const first = await lines.next();
    if (first.done) {
      await new Promise((resolve) => (child.exitCode === null ? child.once('close', resolve) : resolve(null)));
      const reason = stderr.join('').trim().split('\n').at(-1) || `exit ${child.exitCode}`;
      return { error: `${reason} (install it with: apt-get install -y python3-feedparser)` };
    }
    const ready = JSON.parse(first.value) as { version: string; python: string };
    return new FeedparserPeer(child, lines, stderr, `${ready.version} (Python ${ready.python})`);
  }

  async round(): Promise<PeerRound> {
    this.child.stdin.write('round\n');
    const line = await this.lines.next();
    if (line.done) throw new Error(`bench:parse: python3-feedparser peer ended early: ${this.stderr.join('').trim()}`);
    return (JSON.parse(line.value) as { sets: PeerRound }).sets;
  }

  async close(): Promise<void> {
    const closed = new Promise((resolve) => this.child.once('close', resolve));
    this.child.stdin.end();
    await closed;
  }
}

/**
 * Warm-up rounds, then timed rounds; each round runs every JS parser over every set, then one feedparser round, so
 * that drift (machine load, heat, GC state) falls on all parsers alike.
 */
async function runAll(parsers: JsParser[], sets: FeedSet[], peer: FeedparserPeer | null): Promise<ParserRun[]> {
  for (let round = 0; round < warmup; round++) for (const parser of parsers) for (const set of sets) await runSet(parser, set);
  const runs = parsers.map((parser) => emptyRun(parser.name, parser.version, sets));
  const peerRun = peer ? emptyRun('python3-feedparser', peer.version, sets) : null;
  for (let round = 0; round < rounds; round++) {
    for (const [p, parser] of parsers.entries()) {
      for (const [s, set] of sets.entries()) {
        const timed = await runSet(parser, set);
        const entry = runs[p]!.sets[s]!;
        entry.roundsMs.push(timed.ms);
        entry.items = timed.items;
        entry.failed = timed.failed;
      }
    }
    if (peer && peerRun) {
      for (const [s, timed] of (await peer.round()).entries()) {
        const entry = peerRun.sets[s]!;
        entry.roundsMs.push(timed.ms);
        entry.items = timed.items;
        entry.failed = timed.failed;
      }
    }
  }
  return peerRun ? [...runs, peerRun] : runs;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function totals(run: ParserRun): Totals {
  const roundTotals = run.sets[0]!.roundsMs.map((_, round) => run.sets.reduce((sum, set) => sum + set.roundsMs[round]!, 0));
  const sum = (pick: (set: SetRun) => number) => run.sets.reduce((total, set) => total + pick(set), 0);
  const medianMs = median(roundTotals);
  const minMs = Math.min(...roundTotals);
  const bytes = sum((set) => set.bytes);
  const items = sum((set) => set.items);
  const files = sum((set) => set.files);
  return {
    files,
    bytes,
    items,
    failed: sum((set) => set.failed),
    medianMs,
    minMs,
    mbPerSecond: bytes / 1e6 / (medianMs / 1000),
    itemsPerSecond: items / (medianMs / 1000),
    filesPerSecond: files / (medianMs / 1000),
    bestItemsPerSecond: items / (minMs / 1000),
  };
}

/** Pins this process (all its threads) to one CPU with taskset; children inherit it. Returns the CPU, or null. */
function pinToOneCore(): number | null {
  const cpu = cpus().length - 1;
  const pinned = spawnSync('taskset', ['-a', '-p', '-c', String(cpu), String(process.pid)], { encoding: 'utf8' });
  return pinned.status === 0 ? cpu : null;
}

function fixed(value: number, digits: number): string {
  return value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

async function main(): Promise<void> {
  const names = ['feeds-gofeed', 'feeds-rss-parser', 'feeds-feedvalidator'];
  const loaded = names.map(loadSet);
  const missing = names.filter((_, i) => loaded[i] === null);
  if (missing.length > 0) {
    for (const name of missing) console.log(`skipped: ../shared/datasets/${name} not found`);
    return;
  }
  const sets = loaded as FeedSet[];
  const cpu = pinToOneCore();

  const listDir = mkdtempSync(path.join(tmpdir(), 'bench-parse-'));
  let runs: ParserRun[];
  let feedparserError: string | null = null;
  try {
    const peer = await FeedparserPeer.start(sets, listDir);
    if ('error' in peer) feedparserError = peer.error;
    runs = await runAll([ours, feedsmith, rssParser], sets, 'error' in peer ? null : peer);
    if (!('error' in peer)) await peer.close();
  } finally {
    rmSync(listDir, { recursive: true, force: true });
  }
  const jsRuns = runs.filter((run) => run.parser !== 'python3-feedparser');
  const summary = new Map(runs.map((run) => [run.parser, totals(run)]));
  const oursTotals = summary.get(ours.name)!;
  const fastestJs = jsRuns
    .filter((run) => run.parser !== ours.name)
    .map((run) => ({ run, totals: summary.get(run.parser)! }))
    .sort((a, b) => a.totals.medianMs - b.totals.medianMs)[0]!;
  const feedparserTotals = summary.get('python3-feedparser') ?? null;
  const ratio = (a: number, b: number | undefined) => (b ? a / b : null);
  const ratios = {
    itemsPerSecondVsFeedparser: ratio(oursTotals.itemsPerSecond, feedparserTotals?.itemsPerSecond),
    mbPerSecondVsFeedparser: ratio(oursTotals.mbPerSecond, feedparserTotals?.mbPerSecond),
    itemsPerSecondVsFastestJs: ratio(oursTotals.itemsPerSecond, fastestJs.totals.itemsPerSecond),
    mbPerSecondVsFastestJs: ratio(oursTotals.mbPerSecond, fastestJs.totals.mbPerSecond),
    bestItemsPerSecondVsFeedparser: ratio(oursTotals.bestItemsPerSecond, feedparserTotals?.bestItemsPerSecond),
    bestItemsPerSecondVsFastestJs: ratio(oursTotals.bestItemsPerSecond, fastestJs.totals.bestItemsPerSecond),
  };

  const files = oursTotals.files;
  const out = process.stdout;
  out.write(
    `bench:parse — ${files} feeds, ${fixed(oursTotals.bytes / 1e6, 2)} MB in memory (${sets.map((s) => `${s.name} ${s.feeds.length}`).join(', ')}); ` +
      `${rounds} timed round(s) after ${warmup} warm-up, median shown; ${cpu === null ? 'NOT pinned (taskset failed)' : `pinned to CPU ${cpu}`}\n`,
  );
  const header = ['parser', 'version', 'median s', 'best s', 'MB/s', 'items/s', 'feeds/s', 'items', 'failed'];
  const rows = runs.map((run) => {
    const t = summary.get(run.parser)!;
    const label = run.parser === fastestJs.run.parser ? `${run.parser} (fastest JS peer)` : run.parser;
    return [
      label,
      run.version,
      fixed(t.medianMs / 1000, 3),
      fixed(t.minMs / 1000, 3),
      fixed(t.mbPerSecond, 2),
      fixed(t.itemsPerSecond, 0),
      fixed(t.filesPerSecond, 0),
      String(t.items),
      String(t.failed),
    ];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  for (const row of [header, ...rows])
    out.write(row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ') + '\n');
  out.write('\nitems/s per set (median round):\n');
  for (const [s, set] of sets.entries()) {
    const cells = runs.map((run) => `${run.parser} ${fixed(run.sets[s]!.items / (median(run.sets[s]!.roundsMs) / 1000), 0)}`);
    out.write(`  ${set.name.padEnd(20)} ${cells.join(' · ')}\n`);
  }
  const show = (value: number | null, target: number) =>
    value === null ? 'n/a' : `${fixed(value, 2)}× (target ≥ ${target}×: ${value >= target ? 'met' : 'NOT met'})`;
  out.write('\nratios (ours / peer):\n');
  if (feedparserError) out.write(`  python3-feedparser unavailable: ${feedparserError}\n`);
  const best = (value: number | null) => (value === null ? '' : `; best round ${fixed(value, 2)}×`);
  out.write(
    `  items/s vs python3-feedparser: ${show(ratios.itemsPerSecondVsFeedparser, targets.vsFeedparser)}${best(ratios.bestItemsPerSecondVsFeedparser)}\n`,
  );
  out.write(
    `  MB/s    vs python3-feedparser: ${ratios.mbPerSecondVsFeedparser === null ? 'n/a' : `${fixed(ratios.mbPerSecondVsFeedparser, 2)}×`}\n`,
  );
  out.write(
    `  items/s vs ${fastestJs.run.parser} (fastest JS): ${show(ratios.itemsPerSecondVsFastestJs, targets.vsFastestJs)}${best(ratios.bestItemsPerSecondVsFastestJs)}\n`,
  );
  out.write(`  MB/s    vs ${fastestJs.run.parser} (fastest JS): ${fixed(ratios.mbPerSecondVsFastestJs!, 2)}×\n`);

  const report = {
    generatedAt: new Date().toISOString(),
    command: `npm run bench:parse -- --rounds ${rounds} --warmup ${warmup}`,
    node: process.version,
    pinnedCpu: cpu,
    rounds,
    warmup,
    statistic:
      'median (and best) over rounds of the whole corpus time; targets judged on the median; MB = 10^6 bytes; items = items each parser returned',
    corpus: { files, bytes: oursTotals.bytes, sets: sets.map((set) => ({ name: set.name, files: set.feeds.length, bytes: set.bytes })) },
    fastestJsPeer: fastestJs.run.parser,
    feedparserError,
    parsers: runs.map((run) => ({ ...run, totals: summary.get(run.parser)! })),
    ratios,
    targets: {
      itemsPerSecondVsFeedparser: targets.vsFeedparser,
      itemsPerSecondVsFastestJs: targets.vsFastestJs,
      metVsFeedparser: ratios.itemsPerSecondVsFeedparser === null ? null : ratios.itemsPerSecondVsFeedparser >= targets.vsFeedparser,
      metVsFastestJs: ratios.itemsPerSecondVsFastestJs! >= targets.vsFastestJs,
    },
  };
  mkdirSync(path.dirname(outputFile), { recursive: true });
  writeFileSync(outputFile, JSON.stringify(report, null, 2) + '\n');
  out.write(`\nwrote ${path.relative(projectRoot, outputFile)}\n`);
}

await main();
