/**
 * Streams synthetic articles through prepare and the online clusterer as the story job does, and times only the
 * pipeline's work. A segment of the stream is generated untimed while nothing else runs; then one timed window
 * feeds it through preparedInOrder (the job's own pipelining: the prepare threads keep a few chunks ahead of the
 * main thread, which adds each article and repairs on schedule). Every window ends with both sides done, so no
 * work of the pipeline happens outside the windows; a window's start, where the main thread waits for the first
 * chunk, is the cost of cutting the stream into segments and is counted.
 */
import type { DemoCorpus } from '../../src/demo/corpus.js';
import {
  createClusterer,
  createPreparePool,
  preparedInOrder,
  type PreparedDocument,
  type ClusterInput,
  type Clusterer,
  type PreparePool,
} from '../../src/pipeline/cluster/index.js';
import { syntheticStream, type SyntheticArticle } from './synthetic-stream.js';

/** Articles generated per timed window: the untimed generation between windows is all that stops the pipeline. */
const SEGMENT = 50_000;
/** Articles per prepare request: large enough that messaging is negligible, small enough to start a window quickly. */
const CHUNK = 500;
const REPAIR_EVERY = 10_000;

/** Figures of one run, in milliseconds and bytes. */
export interface ClustererRun {
  /** B³ against the generating events: F1, precision and recall. */
  b3: { f1: number; precision: number; recall: number };
  /** Wall time of all windows: prepare, add and repair, overlapped when prepare runs in threads. */
  wallMs: number;
  /** CPU time (user + system, every thread of the process) of the same windows. */
  cpuMs: number;
  /** Main-thread time inside add() alone, and inside repair(). */
  addMs: number;
  repairMs: number;
  /** Main-thread time spent waiting for the next prepared article (prepare threads behind, or taking in their reply). */
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

/** Adds one prepared article, and repairs when the schedule says so. */
function addOne(clusterer: Clusterer, document: PreparedDocument, tally: Tally): void {
  const start = performance.now();
  const placed = clusterer.add(document);
  if (placed.created) tally.run.stories++;
  tally.assigned[tally.added++] = placed.storyId;
  const added = performance.now();
  tally.run.addMs += added - start;
  if (tally.added % REPAIR_EVERY === 0) {
    clusterer.repair();
    tally.run.repairMs += performance.now() - added;
    tally.run.peakRss = Math.max(tally.run.peakRss, process.memoryUsage().rss);
  }
}

function cpuMillis(since: NodeJS.CpuUsage): number {
  const spent = process.cpuUsage(since);
  return (spent.user + spent.system) / 1000;
}

/** Generates the stream's articles [from, to), untimed, noting each one's event. */
function generate(stream: Iterator<SyntheticArticle>, from: number, to: number, events: Int32Array): ClusterInput[] {
  const inputs: ClusterInput[] = [];
  for (let index = from; index < to; index++) {
    const article = stream.next().value as SyntheticArticle;
    events[index] = article.event;
    inputs.push(toInput(article));
  }
  return inputs;
}

/**
 * Runs one segment through prepare and add in one timed window. The main thread's time is charged article by
 * article (from the end of one article's add, or the window's start, to the end of the next), so the first and
 * last tenth of the stream get the wall time their articles took, waits for prepare included.
 */
async function runSegment(
  clusterer: Clusterer,
  pool: PreparePool | null,
  inputs: ClusterInput[],
  tally: Tally,
  tenth: number,
  count: number,
) {
  const { run } = tally;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let mark = start;
  const documents = preparedInOrder(inputs, pool, CHUNK);
  for (;;) {
    const asked = performance.now();
    const next = await documents.next();
    run.waitMs += performance.now() - asked;
    if (next.done) break;
    addOne(clusterer, next.value, tally);
    const now = performance.now();
    if (tally.added <= tenth) run.firstMs += now - mark;
    if (tally.added > count - tenth) run.lastMs += now - mark;
    mark = now;
  }
  run.wallMs += performance.now() - start;
  run.cpuMs += cpuMillis(cpuStart);
}

/** Runs the stream through the clusterer and returns its figures. */
export async function runClusterer(corpus: DemoCorpus, options: RunOptions): Promise<ClustererRun> {
  const { count, perDay, prepareThreads } = options;
  const clusterer = createClusterer();
  const pool = prepareThreads > 0 ? createPreparePool(prepareThreads) : null;
  // Thread start-up (loading the finders' tables) is paid once per process, not per article: warm it before timing.
  if (pool) await pool.prepare([{ id: 'warm-up', title: 'Warm up', text: 'Nothing happened.', language: 'en' }]);
  const run: ClustererRun = {
    b3: { f1: 0, precision: 0, recall: 0 },
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
  for (let offset = 0; offset < count; offset += SEGMENT) {
    const inputs = generate(stream, offset, Math.min(count, offset + SEGMENT), tally.events);
    await runSegment(clusterer, pool, inputs, tally, tenth, count);
  }
  await pool?.close();
  run.active = clusterer.stories().length;
  run.b3 = bCubed(
    tally.events,
    tally.assigned.map((story) => clusterer.resolve(story)),
  );
  run.peakRss = Math.max(run.peakRss, process.memoryUsage().rss);
  return run;
}

/** B³ of story assignments against the generating events, from contingency counts (linear in the stream). */
function bCubed(events: Int32Array, stories: string[]): ClustererRun['b3'] {
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
  return { f1: (2 * precision * recall) / (precision + recall), precision, recall };
}
