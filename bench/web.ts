/**
 * `npm run bench:web`: requests/s and p99 latency of the board (/) and a story page, served by Groundwire
 * beside nginx serving the same bytes as static files, in one run on loopback. The demo database is built
 * by the built CLI (`demo --ingest-only`); bench/web/serve.ts serves it without the scheduler, so no
 * pipeline pass competes with the load; the rendered-page cache is warm. Throughput comes from wrk
 * (closed loop); latency at a fixed 1,000 requests/s from an open-loop Node client (bench/web/load.ts
 * says why not wrk). nginx runs one worker by default, as Groundwire serves from one process and one thread.
 * Then the board's p99 at the same fixed rate during a full pipeline pass over the demo publisher, from
 * an empty database: with the pass in the pipeline worker thread (as `start` and `demo` run it), and on
 * the server's own thread (as they ran it before) for comparison (bench/web/serve-during-pass.ts).
 * Prints a table and the ratios against the targets; writes test-output/bench-web.json.
 *
 * Throughput is the median of `--rounds` wrk runs per server, alternating which server goes first: on a
 * shared machine the load of other work changes within seconds, and alternation spreads it over both sides.
 *
 * Options: `--seconds N` per run (default 10), `--rounds N` (default 3), `--connections N` (default 50),
 * `--rate N` (default 1000), `--nginx-workers N` (default 1).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type FixedRate, type Throughput, runFixedRate, runWrk } from './web/load.js';
import { startNginx } from './web/nginx.js';

const root = path.resolve(import.meta.dirname, '..');
const outputFile = path.join(root, 'test-output/bench-web.json');
const targets = { throughputRatio: 0.5, p99AtRateMs: 20 };

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`bench:web: --${name} must be a positive integer`);
  return value;
}

const seconds = option('seconds', 10);
const connections = option('connections', 50);
const rate = option('rate', 1000);
const nginxWorkers = option('nginx-workers', 1);
const rounds = option('rounds', 3);

/** Waits for a line of the child's output to match, and returns the match. */
function waitFor(child: ChildProcess, pattern: RegExp, what: string): Promise<RegExpMatchArray> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bench:web: ${what} did not finish in 5 minutes:\n${output}`)), 300_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`bench:web: ${what} exited with ${code}:\n${output}`)));
  });
}

/** Builds the demo database with the built CLI (building it first if needed), then serves it without the scheduler. */
async function startGroundwire(dataDir: string, started: (child: ChildProcess) => void): Promise<{ url: string }> {
  if (!existsSync(path.join(root, 'dist/main.js'))) {
    const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('bench:web: the build failed');
  }
  const env: NodeJS.ProcessEnv = { ...process.env, GROUNDWIRE_DATA_DIR: dataDir, GROUNDWIRE_LOG_LEVEL: 'warn' };
  delete env.GROUNDWIRE_CONFIG;
  const ingest = spawnSync(process.execPath, [path.join(root, 'bin/groundwire.js'), 'demo', '--ingest-only'], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  if (ingest.status !== 0) throw new Error(`bench:web: the demo ingest failed:\n${ingest.stderr}`);
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'web/serve.ts'), dataDir], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started(child);
  const match = await waitFor(child, /listening (http:\/\/127\.0\.0\.1:\d+)/, 'the server');
  return { url: match[1] as string };
}

async function fetchBytes(url: string): Promise<Buffer> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`bench:web: ${url} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

interface PageResult {
  page: string;
  bytes: number;
  /** The median runs, and every run. */
  ours: Throughput;
  nginx: Throughput;
  runs: { ours: Throughput[]; nginx: Throughput[] };
  oursAtRate: FixedRate;
  nginxAtRate: FixedRate;
}

async function measure(page: string, ours: string, nginx: string, bytes: number): Promise<PageResult> {
  const wrk = { threads: 1, connections, seconds };
  // Warm-up: JIT, the page cache and keep-alive sockets, so the timed runs see the steady state.
  runWrk(ours, { ...wrk, seconds: 2 });
  runWrk(nginx, { ...wrk, seconds: 2 });
  const runs = { ours: [] as Throughput[], nginx: [] as Throughput[] };
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? (['ours', 'nginx'] as const) : (['nginx', 'ours'] as const);
    for (const side of order) runs[side].push(runWrk(side === 'ours' ? ours : nginx, wrk));
  }
  const result = { page, bytes, ours: median(runs.ours), nginx: median(runs.nginx), runs };
  return { ...result, oursAtRate: await runFixedRate(ours, rate, seconds), nginxAtRate: await runFixedRate(nginx, rate, seconds) };
}

/** Returns the run with the median throughput, with the errors of every run. */
function median(runs: readonly Throughput[]): Throughput {
  const sorted = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  const middle = sorted[Math.floor(sorted.length / 2)] as Throughput;
  return { ...middle, errors: runs.reduce((sum, run) => sum + run.errors, 0) };
}

function report(results: readonly PageResult[]): boolean {
  const row = (cells: (string | number)[]) => cells.map((cell, i) => String(cell).padStart(i === 0 ? 8 : 14)).join(' ');
  console.log(
    `\nwrk -t1 -c${connections} -d${seconds}s, median of ${rounds} alternating runs; fixed rate ${rate}/s for ${seconds}s (open loop)`,
  );
  console.log(`Groundwire: 1 Node process, 1 thread serving (no cluster); nginx workers: ${nginxWorkers}`);
  console.log(row(['page', 'bytes', 'ours req/s', 'nginx req/s', 'ratio', `p99@${rate} ours`, `p99@${rate} nginx`, 'errors']));
  let pass = true;
  for (const r of results) {
    const ratio = r.ours.requestsPerSecond / r.nginx.requestsPerSecond;
    const errors = r.ours.errors + r.nginx.errors + r.oursAtRate.errors + r.nginxAtRate.errors;
    pass &&= ratio >= targets.throughputRatio && r.oursAtRate.p99Ms < targets.p99AtRateMs && errors === 0;
    console.log(
      row([
        r.page,
        r.bytes,
        r.ours.requestsPerSecond.toFixed(0),
        r.nginx.requestsPerSecond.toFixed(0),
        `${(ratio * 100).toFixed(0)}%`,
        `${r.oursAtRate.p99Ms.toFixed(2)} ms`,
        `${r.nginxAtRate.p99Ms.toFixed(2)} ms`,
        errors,
      ]),
    );
  }
  console.log(
    `targets: ours/nginx throughput ≥ ${targets.throughputRatio * 100}%, p99 at ${rate}/s < ${targets.p99AtRateMs} ms → ${pass ? 'met' : 'NOT met'}`,
  );
  return pass;
}

interface PassRun {
  mode: 'worker' | 'thread';
  passMs: number;
  board: FixedRate;
}

/** Starts a script of bench/web under tsx with piped stdio. */
function startScript(script: string, args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'web', script), ...args], {
    cwd: root,
    env: { ...process.env, GROUNDWIRE_LOG_LEVEL: 'warn' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Loads the board at the fixed rate from the start of a full pipeline pass to its end. */
async function measureDuringPass(mode: PassRun['mode'], publisher: { url: string; allow: string }): Promise<PassRun> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gw-bench-pass-'));
  const child = startScript('serve-during-pass.ts', [dataDir, publisher.url, publisher.allow, mode]);
  try {
    const url = (await waitFor(child, /listening (http:\/\/127\.0\.0\.1:\d+)/, 'the server'))[1] as string;
    await runFixedRate(`${url}/`, rate, 1);
    const started = waitFor(child, /pass-started/, 'the pass');
    const ended = waitFor(child, /pass-ended (\d+)/, 'the pass');
    child.stdin?.write('go\n');
    await started;
    let done = false;
    void ended.then(() => (done = true));
    const board = await runFixedRate(`${url}/`, rate, 600, () => done);
    return { mode, passMs: Number((await ended)[1]), board };
  } finally {
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function runDuringPass(): Promise<PassRun[]> {
  const child = startScript('publisher.ts', []);
  try {
    const match = await waitFor(child, /publisher (http:\S+) (\S+)/, 'the demo publisher');
    const publisher = { url: match[1] as string, allow: match[2] as string };
    return [await measureDuringPass('worker', publisher), await measureDuringPass('thread', publisher)];
  } finally {
    await stopChild(child);
  }
}

function reportDuringPass(runs: readonly PassRun[]): void {
  console.log(`\nboard at a fixed ${rate}/s during a full pipeline pass over the demo publisher (empty database at the start):`);
  for (const run of runs) {
    const where = run.mode === 'worker' ? 'pass in the worker thread' : 'pass on the server thread (before)';
    console.log(
      `  ${where.padEnd(36)} pass ${(run.passMs / 1000).toFixed(1)} s, p50 ${run.board.p50Ms.toFixed(2)} ms, p99 ${run.board.p99Ms.toFixed(2)} ms, max ${run.board.maxMs.toFixed(2)} ms, errors ${run.board.errors}${run.board.errors ? ` ${JSON.stringify(run.board.failures)}` : ''}`,
    );
  }
}

async function run(url: string): Promise<void> {
  const stories = (await (await fetch(`${url}/api/v1/stories?limit=1`)).json()) as { items: { id: string }[] };
  const storyPath = `/stories/${stories.items[0]?.id ?? ''}`;
  const pages = { '/': await fetchBytes(`${url}/`), '/story.html': await fetchBytes(`${url}${storyPath}`) };
  const nginx = await startNginx(pages, nginxWorkers);
  let results: PageResult[];
  try {
    results = [
      await measure('board', `${url}/`, `${nginx.url}/`, pages['/'].length),
      await measure('story', `${url}${storyPath}`, `${nginx.url}/story.html`, pages['/story.html'].length),
    ];
  } finally {
    await nginx.stop();
  }
  const pass = report(results);
  const duringPass = await runDuringPass();
  reportDuringPass(duringPass);
  mkdirSync(path.dirname(outputFile), { recursive: true });
  const record = { at: new Date().toISOString(), seconds, rounds, connections, rate, nginxWorkers, targets, pass, results, duringPass };
  writeFileSync(outputFile, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`wrote ${path.relative(root, outputFile)}`);
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gw-bench-web-'));
  let server: ChildProcess | null = null;
  try {
    console.log('bench:web: building the demo database and starting the server…');
    const started = await startGroundwire(dataDir, (child) => (server = child));
    await run(started.url);
  } finally {
    const child = server as ChildProcess | null;
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
