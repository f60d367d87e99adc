/**
 * `npm run bench:cluster`: streams synthetic articles (from the demo's vocabulary) through prepare and the online
 * clusterer and reports throughput, per-article cost early and late in the stream (flat when the window works), and
 * peak memory; the peer is single-pass clustering against every story, run on a prefix of the same stream. Articles
 * arrive with the entities and quantities an extraction stage hands over (found once per demo sentence); that
 * extraction's own cost is measured apart on a sample. Since issue 5, prepare runs in a worker thread beside the
 * main thread's add and repair, as the story job runs it (--prepare-threads 0 prepares inline), through the job's
 * own pipelining (preparedInOrder keeps chunks prepared ahead of placement; see cluster/run-clusterer.ts); CPU time
 * is taken over every thread. The main thread's share of the wall time is split into add, repair and waiting for
 * the next prepared article (printed, not a target).
 * Options: --count (default 1,000,000), --per-day, --peer-count, --prepare-threads (default 1).
 */
import { join } from 'node:path';
import { loadDemoCorpus } from '../src/demo/corpus.js';
import { prepareClusterDocument } from '../src/pipeline/cluster/index.js';
import { createExhaustivePeer } from './cluster/exhaustive-peer.js';
import { runClusterer } from './cluster/run-clusterer.js';
import { syntheticStream } from './cluster/synthetic-stream.js';

function option(name: string, fallback: number, least = 1): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value < least) throw new Error(`bench: --${name} must be a number from ${least}`);
  return value;
}

const count = option('count', 1_000_000);
const perDay = option('per-day', 3000);
const peerCount = option('peer-count', 20_000);
const prepareThreads = option('prepare-threads', 1, 0);
const corpus = loadDemoCorpus(join(import.meta.dirname, '../demo'));

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

const run = await runClusterer(corpus, { count, perDay, prepareThreads });
const peer = runPeer();
const extractionMicros = extractionCost(500);
const tenth = Math.floor(count / 10);
const peerTenth = Math.floor(peerCount / 10);
const rows: [string, string, string][] = [
  ['articles', count.toLocaleString('en'), peerCount.toLocaleString('en')],
  [
    'articles/s end to end (prepare + add + repair)',
    Math.round((count / run.wallMs) * 1000).toLocaleString('en'),
    Math.round((peerCount / peer.ms) * 1000).toLocaleString('en'),
  ],
  ['throughput against the peer (end to end, ×)', (count / run.wallMs / (peerCount / peer.ms)).toFixed(1), '1.0'],
  ['articles/s by CPU time, all threads (same work)', Math.round((count / run.cpuMs) * 1000).toLocaleString('en'), '—'],
  ['articles/s (add only)', Math.round((count / run.addMs) * 1000).toLocaleString('en'), '—'],
  [
    'main thread: add / repair / waiting for prepare (s)',
    [run.addMs, run.repairMs, run.waitMs].map((ms) => (ms / 1000).toFixed(1)).join(' / '),
    '—',
  ],
  ['µs/article, first 10%', ((run.firstMs / tenth) * 1000).toFixed(1), ((peer.firstMs / peerTenth) * 1000).toFixed(1)],
  ['µs/article, last 10%', ((run.lastMs / tenth) * 1000).toFixed(1), ((peer.lastMs / peerTenth) * 1000).toFixed(1)],
  ['cost ratio last/first (target ≤ 1.5)', (run.lastMs / run.firstMs).toFixed(2), (peer.lastMs / peer.firstMs).toFixed(2)],
  ['peak RSS (MiB)', (run.peakRss / 1048576).toFixed(0), '—'],
  ['stories created / active at end', `${run.stories.toLocaleString('en')} / ${run.active.toLocaleString('en')}`, '—'],
  [
    'B³ F1 (precision / recall) against the generating events',
    `${run.b3.f1.toFixed(3)} (${run.b3.precision.toFixed(3)} / ${run.b3.recall.toFixed(3)})`,
    '—',
  ],
  ['feature extraction, µs/article (not above)', extractionMicros.toFixed(0), '—'],
];
const width = Math.max(...rows.map((row) => row[0].length));
const preparedBy = prepareThreads > 0 ? `prepared in ${prepareThreads} worker thread${prepareThreads > 1 ? 's' : ''}` : 'prepared inline';
process.stdout.write(`bench:cluster — synthetic stream, ${perDay.toLocaleString('en')} articles/day, ${preparedBy}\n`);
process.stdout.write(`${'measure'.padEnd(width)}  ${'online clusterer'.padStart(18)}  ${'peer: exhaustive'.padStart(18)}\n`);
for (const [name, ours, theirs] of rows) process.stdout.write(`${name.padEnd(width)}  ${ours.padStart(18)}  ${theirs.padStart(18)}\n`);
