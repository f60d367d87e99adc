/**
 * Streams synthetic articles through prepare and the online clusterer in chunks, and times only the pipeline's work.
 * A chunk is generated untimed while nothing else runs; then one timed window prepares it (in the prepare pool's
 * threads, or inline when there are none) while the main thread adds the previous chunk and repairs on schedule.
 * Every window ends with both sides done, so no work of the pipeline happens outside the windows.
 */
import type { DemoCorpus } from '../../src/demo/corpus.js';
import {
  createClusterer,
  createPreparePool,
  prepareClusterDocument,
  type PreparedDocument,
  type ClusterInput,
  type Clusterer,
} from '../../src/pipeline/cluster/index.js';
import { syntheticStream, type SyntheticArticle } from './synthetic-stream.js';

/** Articles per chunk: large enough that a window's bookkeeping is negligible, small enough to pipeline finely. */
const CHUNK = 1000;
const REPAIR_EVERY = 10_000;

/** Figures of one run, in milliseconds and bytes. */
export interface ClustererRun {
  b3: number;
  /** Wall time of all windows: prepare, add and repair, overlapped when prepare runs in threads. */
  wallMs: number;
  /** CPU time (user + system, every thread of the process) of the same windows. */
  cpuMs: number;
  /** Main-thread time inside add() alone, and inside repair(). */
  addMs: number;
  repairMs: number;
  /** Main-thread time spent waiting for the prepare threads' chunk (and taking in their reply) after adding. */
  waitMs: number;
  /** Wall time of the windows that prepared the first and the last 10% of the stream. */
  firstMs: number;
  lastMs: number;
  peakRss: number;
  stories: number;
  active: number;
}

/** Options of a run: stream size and rate, and prepare threads (0: prepare inline on the main thread). */
export interface RunOptions {
  count: number;
  perDay: number;
  prepareThreads: number;
}

function toInput(article: SyntheticArticle): ClusterInput {
  const { id, title, text, published, language, source, entities, places, names, quantities, headline } = article;
  return { id, title, text, published, language, source, entities, places, names, quantities, headline };
}

interface Tally {
  run: ClustererRun;
  events: Int32Array;
  assigned: string[];
  added: number;
}

function addChunk(clusterer: Clusterer, documents: readonly PreparedDocument[], tally: Tally): void {
  if (documents.length === 0) return;
  const start = performance.now();
  for (const document of documents) {
    const placed = clusterer.add(document);
    if (placed.created) tally.run.stories++;
    tally.assigned[tally.added++] = placed.storyId;
  }
  tally.run.addMs += performance.now() - start;
  if (tally.added % REPAIR_EVERY === 0) {
    const repairStart = performance.now();
    clusterer.repair();
    tally.run.repairMs += performance.now() - repairStart;
    tally.run.peakRss = Math.max(tally.run.peakRss, process.memoryUsage().rss);
  }
}

function cpuMillis(since: NodeJS.CpuUsage): number {
  const spent = process.cpuUsage(since);
  return (spent.user + spent.system) / 1000;
}

/** Runs the stream through the clusterer and returns its figures. */
export async function runClusterer(corpus: DemoCorpus, options: RunOptions): Promise<ClustererRun> {
  const { count, perDay, prepareThreads } = options;
  const clusterer = createClusterer();
  const pool = prepareThreads > 0 ? createPreparePool(prepareThreads) : null;
  // Thread start-up (loading the finders' tables) is paid once per process, not per article: warm it before timing.
  if (pool) await pool.prepare([{ id: 'warm-up', title: 'Warm up', text: 'Nothing happened.', language: 'en' }]);
  const run: ClustererRun = {
    b3: 0,
    wallMs: 0,
    cpuMs: 0,
    addMs: 0,
    repairMs: 0,
    waitMs: 0,
    firstMs: 0,
    lastMs: 0,
    peakRss: 0,
    stories: 0,
    active: 0,
  };
  const tally: Tally = { run, events: new Int32Array(count), assigned: new Array<string>(count), added: 0 };
  const tenth = Math.floor(count / 10);
  const stream = syntheticStream(corpus, count, perDay);
  let previous: PreparedDocument[] = [];
  for (let offset = 0; offset < count || previous.length > 0; offset += CHUNK) {
    const inputs: ClusterInput[] = [];
    for (let index = offset; index < Math.min(count, offset + CHUNK); index++) {
      const article = stream.next().value as SyntheticArticle;
      tally.events[index] = article.event;
      inputs.push(toInput(article));
    }
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const preparing = pool?.prepare(inputs);
    addChunk(clusterer, previous, tally);
    const waitStart = performance.now();
    previous = preparing ? await preparing : inputs.map((input) => prepareClusterDocument(input));
    if (preparing) run.waitMs += performance.now() - waitStart;
    if (!pool) {
      addChunk(clusterer, previous, tally);
      previous = [];
    }
    const spent = performance.now() - start;
    run.cpuMs += cpuMillis(cpuStart);
    run.wallMs += spent;
    // The window is charged to the chunk it prepared; the last, add-only window to the last chunk.
    const charged = Math.min(offset, count - 1);
    if (charged < tenth) run.firstMs += spent;
    if (charged >= count - tenth) run.lastMs += spent;
  }
  await pool?.close();
  run.active = clusterer.stories().length;
  run.b3 = bCubedF1(
    tally.events,
    tally.assigned.map((story) => clusterer.resolve(story)),
  );
  run.peakRss = Math.max(run.peakRss, process.memoryUsage().rss);
  return run;
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
