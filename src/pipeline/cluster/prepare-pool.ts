/**
 * Worker threads that prepare cluster documents (tokenising, stemming, entities, quantities) while the caller's
 * thread places articles: preparing is pure per-article work, placing is ordered and stateful, so the two overlap
 * and the clusterer still sees every document in input order. Documents come back encoded (see codebook.ts):
 * the clusterer places them exactly as it places prepareClusterDocument's with the default finders.
 */
import { Worker } from 'node:worker_threads';
import { Codebook, MAX_CODES, type EncodedDocument, type PreparedDocument } from './codebook.js';
import { DEFAULT_FINDERS } from './default-finders.js';
import type { PrepareReply, PrepareRequest, PrepareWorkerData } from './prepare-worker.js';
import { prepareWith, type ClusterInput } from './prepare.js';

/** A pool of prepare threads; close it when done (an idle pool does not keep the process alive). */
export interface PreparePool {
  /** Prepares inputs in the pool's threads; resolves with their documents in input order. */
  prepare(inputs: readonly ClusterInput[]): Promise<EncodedDocument[]>;
  /** Stops the threads; pending batches are rejected. */
  close(): Promise<void>;
}

interface Pending {
  resolve(documents: EncodedDocument[]): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  /** The thread's current feature codes, learnt from its replies in the order it sent them. */
  codebook: Codebook;
  pending: Map<number, Pending>;
  /** Inputs sent and not yet answered: a batch goes to the least loaded thread. */
  load: number;
  /** False once the thread exited or failed: batches are refused rather than lost. */
  alive: boolean;
}

/** Starts the worker module next to this one: the built .js, or the .ts source with tsx's loader registered first. */
function spawn(workerData: PrepareWorkerData): Worker {
  const extension = /\.[cm]?[jt]s$/.exec(new URL(import.meta.url).pathname)?.[0] ?? '.js';
  const entry = new URL(`./prepare-worker${extension}`, import.meta.url);
  if (!/\.[cm]?ts$/.test(entry.pathname)) return new Worker(entry, { workerData });
  // A worker does not inherit tsx's loader hooks when running from source.
  const api = import.meta.resolve('tsx/esm/api');
  return new Worker(
    `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`,
    { eval: true, workerData },
  );
}

function startThread(workerData: PrepareWorkerData): Thread {
  const thread: Thread = { worker: spawn(workerData), codebook: new Codebook(), pending: new Map(), load: 0, alive: true };
  const failAll = (error: Error) => {
    thread.alive = false;
    for (const pending of thread.pending.values()) pending.reject(error);
    thread.pending.clear();
  };
  thread.worker.on('message', (reply: PrepareReply) => {
    const pending = thread.pending.get(reply.id);
    thread.pending.delete(reply.id);
    if (thread.pending.size === 0) thread.worker.unref();
    if ('error' in reply) return pending?.reject(new Error(`cluster: prepare thread failed: ${reply.error}`));
    // Codes are learnt as replies arrive, whether or not anyone still waits for this one. A thread that started
    // numbering afresh gets a new codebook: documents of earlier replies, maybe not placed yet, keep the old one.
    if (reply.reset) thread.codebook = new Codebook();
    thread.codebook.append(reply.freshKeys, reply.freshChannels);
    const { codebook } = thread;
    pending?.resolve(
      reply.documents.map(({ id, published, language, source, title, vector, start, ends }) => ({
        id,
        published,
        language,
        source,
        title,
        vector,
        codebook,
        codes: reply.codes.subarray(start, start + (ends[ends.length - 1] as number)),
        counts: reply.counts.subarray(start, start + (ends[ends.length - 1] as number)),
        ends,
      })),
    );
  });
  thread.worker.on('error', (error) => failAll(error));
  thread.worker.on('exit', (code) => failAll(new Error(`cluster: prepare thread exited (code ${code})`)));
  thread.worker.unref();
  return thread;
}

/** Options of a prepare pool. */
export interface PreparePoolOptions {
  /** Codes a thread issues before it starts a new codebook (default MAX_CODES; small in tests). */
  maxCodes?: number;
}

/** Starts a pool of `threads` prepare threads (at least one). */
export function createPreparePool(threads: number, options: PreparePoolOptions = {}): PreparePool {
  const workerData: PrepareWorkerData = { maxCodes: options.maxCodes ?? MAX_CODES };
  const pool = Array.from({ length: Math.max(1, Math.floor(threads)) }, () => startThread(workerData));
  let nextId = 0;
  let closed = false;
  const send = (thread: Thread, inputs: ClusterInput[]): Promise<EncodedDocument[]> =>
    new Promise((resolve, reject) => {
      if (!thread.alive) return reject(new Error('cluster: a prepare thread has stopped'));
      const id = nextId++;
      thread.load += inputs.length;
      const done = () => (thread.load -= inputs.length);
      thread.pending.set(id, {
        resolve: (documents) => (done(), resolve(documents)),
        reject: (error) => (done(), reject(error)),
      });
      // Referenced while a batch is out, so that a caller awaiting it keeps the process alive.
      thread.worker.ref();
      thread.worker.postMessage({ id, inputs } satisfies PrepareRequest);
    });
  return {
    async prepare(inputs) {
      if (closed) throw new Error('cluster: prepare pool is closed');
      if (inputs.length === 0) return [];
      const idle = [...pool].sort((a, b) => a.load - b.load);
      const share = Math.ceil(inputs.length / idle.length);
      const parts: Promise<EncodedDocument[]>[] = [];
      for (let start = 0, at = 0; start < inputs.length; start += share, at++)
        parts.push(send(idle[at] as Thread, inputs.slice(start, start + share)));
      return (await Promise.all(parts)).flat();
    },
    async close() {
      closed = true;
      await Promise.all(pool.map((thread) => thread.worker.terminate()));
    },
  };
}

/**
 * Yields the documents of `inputs` in order, prepared in the pool `chunkSize` at a time with up to `ahead` chunks
 * in flight, so the caller places one chunk while the threads prepare the next; without a pool, prepared inline.
 */
export async function* preparedInOrder(
  inputs: readonly ClusterInput[],
  pool: PreparePool | null,
  chunkSize: number,
  ahead = 4,
): AsyncGenerator<PreparedDocument> {
  if (!pool) {
    for (const input of inputs) yield prepareWith(DEFAULT_FINDERS, input);
    return;
  }
  const chunks: Promise<EncodedDocument[]>[] = [];
  let dispatched = 0;
  const dispatch = () => {
    while (chunks.length < ahead && dispatched < inputs.length) {
      const chunk = pool.prepare(inputs.slice(dispatched, dispatched + chunkSize));
      // A failed chunk is reported where it is awaited; this keeps it from also counting as unhandled meanwhile.
      chunk.catch(() => undefined);
      chunks.push(chunk);
      dispatched += chunkSize;
    }
  };
  dispatch();
  while (chunks.length > 0) {
    const documents = await (chunks.shift() as Promise<EncodedDocument[]>);
    dispatch();
    yield* documents;
  }
}
