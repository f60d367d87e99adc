/**
 * `npm run bench:cluster`: streams synthetic articles (from the demo's vocabulary) through the online clusterer and
 * reports throughput, per-article cost early and late in the stream (flat when the window works), and peak memory;
 * the peer is single-pass clustering against every story, run on a prefix of the same stream. Articles arrive with
 * the entities and quantities an extraction stage hands over (found once per demo sentence); that extraction's own
 * cost is measured apart on a sample. Options: --count (default 1,000,000), --per-day, --peer-count.
 */
import { join } from 'node:path';
import { loadDemoCorpus } from '../src/demo/corpus.js';
import { createClusterer, prepareClusterDocument } from '../src/pipeline/cluster/index.js';
import { createExhaustivePeer } from './cluster/exhaustive-peer.js';
import { syntheticStream } from './cluster/synthetic-stream.js';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`bench: --${name} must be a positive number`);
  return value;
}

const count = option('count', 1_000_000);
const perDay = option('per-day', 3000);
const peerCount = option('peer-count', 20_000);
const repairEvery = 10_000;
const corpus = loadDemoCorpus(join(import.meta.dirname, '../demo'));

interface Run {
  b3: number;
  prepareMs: number;
  addMs: number;
  firstMs: number;
  lastMs: number;
  repairMs: number;
  /** CPU time (user + system) of the same work: steadier than wall time when other processes share the cores. */
  cpuMs: number;
  peakRss: number;
  stories: number;
  active: number;
}

function runClusterer(): Run {
  const clusterer = createClusterer();
  const run: Run = { b3: 0, prepareMs: 0, addMs: 0, firstMs: 0, lastMs: 0, repairMs: 0, cpuMs: 0, peakRss: 0, stories: 0, active: 0 };
  const tenth = Math.floor(count / 10);
  const events = new Int32Array(count);
  const assigned: string[] = new Array<string>(count);
  let index = 0;
  for (const article of syntheticStream(corpus, count, perDay)) {
    events[index] = article.event;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const document = prepareClusterDocument(article);
    const prepared = performance.now();
    const placed = clusterer.add(document);
    const end = performance.now();
    run.cpuMs += cpuMillis(cpuStart);
    run.prepareMs += prepared - start;
    run.addMs += end - prepared;
    if (index < tenth) run.firstMs += end - start;
    if (index >= count - tenth) run.lastMs += end - start;
    if (placed.created) run.stories++;
    assigned[index] = placed.storyId;
    if (++index % repairEvery === 0) {
      const repairCpu = process.cpuUsage();
      const repairStart = performance.now();
      clusterer.repair();
      run.repairMs += performance.now() - repairStart;
      run.cpuMs += cpuMillis(repairCpu);
      run.peakRss = Math.max(run.peakRss, process.memoryUsage().rss);
    }
  }
  run.active = clusterer.stories().length;
  run.b3 = bCubedF1(
    events,
    assigned.map((story) => clusterer.resolve(story)),
  );
  run.peakRss = Math.max(run.peakRss, process.memoryUsage().rss);
  return run;
}

function cpuMillis(since: NodeJS.CpuUsage): number {
  const spent = process.cpuUsage(since);
  return (spent.user + spent.system) / 1000;
}

/** B³ F1 of story assignments against the generating events, from contingency counts (linear in the stream). */
function bCubedF1(events: Int32Array, stories: string[]): number {
  const pairs = new Map<string, number>();
  const storySizes = new Map<string, number>();
  const eventSizes = new Map<number, number>();
  stories.forEach((story, index) => {
    const event = events[index] as number;
    pairs.set(`${story}|${event}`, (pairs.get(`${story}|${event}`) ?? 0) + 1);
    storySizes.set(story, (storySizes.get(story) ?? 0) + 1);
    eventSizes.set(event, (eventSizes.get(event) ?? 0) + 1);
  });
  let precision = 0;
  let recall = 0;
  stories.forEach((story, index) => {
    const event = events[index] as number;
    const shared = pairs.get(`${story}|${event}`) as number;
    precision += shared / (storySizes.get(story) as number);
    recall += shared / (eventSizes.get(event) as number);
  });
  precision /= stories.length;
  recall /= stories.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Times the real finders (alias table, quantities, jieba) that the extraction stage runs once per article. */
function extractionCost(sample: number): number {
  const articles = [...syntheticStream(corpus, sample, perDay, 11)];
  const start = performance.now();
  for (const article of articles)
    prepareClusterDocument({
      id: article.id,
      title: article.title,
      text: article.text,
      published: article.published,
      language: article.language,
    });
  return ((performance.now() - start) / sample) * 1000;
}

function runPeer(): { ms: number; firstMs: number; lastMs: number } {
  const peer = createExhaustivePeer(0.3);
  const tenth = Math.floor(peerCount / 10);
  let ms = 0;
  let firstMs = 0;
  let lastMs = 0;
  let index = 0;
  for (const article of syntheticStream(corpus, peerCount, perDay)) {
    const start = performance.now();
    peer.add(prepareClusterDocument(article).terms);
    const spent = performance.now() - start;
    ms += spent;
    if (index < tenth) firstMs += spent;
    if (index >= peerCount - tenth) lastMs += spent;
    index++;
  }
  return { ms, firstMs, lastMs };
}

const run = runClusterer();
const peer = runPeer();
const extractionMicros = extractionCost(500);
const tenth = Math.floor(count / 10);
const peerTenth = Math.floor(peerCount / 10);
const totalMs = run.prepareMs + run.addMs + run.repairMs;
const rows: [string, string, string][] = [
  ['articles', count.toLocaleString('en'), peerCount.toLocaleString('en')],
  [
    'articles/s (prepare + add + repair)',
    Math.round((count / totalMs) * 1000).toLocaleString('en'),
    Math.round((peerCount / peer.ms) * 1000).toLocaleString('en'),
  ],
  ['articles/s by CPU time (same work)', Math.round((count / run.cpuMs) * 1000).toLocaleString('en'), '—'],
  ['articles/s (add only)', Math.round((count / run.addMs) * 1000).toLocaleString('en'), '—'],
  ['µs/article, first 10%', ((run.firstMs / tenth) * 1000).toFixed(1), ((peer.firstMs / peerTenth) * 1000).toFixed(1)],
  ['µs/article, last 10%', ((run.lastMs / tenth) * 1000).toFixed(1), ((peer.lastMs / peerTenth) * 1000).toFixed(1)],
  ['cost ratio last/first (target ≤ 1.5)', (run.lastMs / run.firstMs).toFixed(2), (peer.lastMs / peer.firstMs).toFixed(2)],
  ['peak RSS (MiB)', (run.peakRss / 1048576).toFixed(0), '—'],
  ['stories created / active at end', `${run.stories.toLocaleString('en')} / ${run.active.toLocaleString('en')}`, '—'],
  ['B³ F1 against the generating events', run.b3.toFixed(3), '—'],
  ['feature extraction, µs/article (not above)', extractionMicros.toFixed(0), '—'],
];
const width = Math.max(...rows.map((row) => row[0].length));
process.stdout.write(`bench:cluster — synthetic stream, ${perDay.toLocaleString('en')} articles/day\n`);
process.stdout.write(`${'measure'.padEnd(width)}  ${'online clusterer'.padStart(18)}  ${'peer: exhaustive'.padStart(18)}\n`);
for (const [name, ours, theirs] of rows) process.stdout.write(`${name.padEnd(width)}  ${ours.padStart(18)}  ${theirs.padStart(18)}\n`);
