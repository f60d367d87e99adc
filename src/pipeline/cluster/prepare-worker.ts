/**
 * A prepare-pool thread: turns batches of cluster inputs into documents with the stage's default finders, and
 * sends their features as codes (see codebook.ts), with the keys of codes issued for this batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DEFAULT_FINDERS } from './default-finders.js';
import { prepareWith, type ClusterInput } from './prepare.js';
import { CHANNELS, type ClusterDocument } from './types.js';

/** What the pool starts a thread with. */
export interface PrepareWorkerData {
  /** Codes issued before the thread starts numbering afresh. */
  maxCodes: number;
}

/** A batch to prepare, tagged so the pool can match the answer to its request. */
export interface PrepareRequest {
  id: number;
  inputs: ClusterInput[];
}

/**
 * A prepared document as sent: everything but the channel fields, which travel as codes and counts in the reply's
 * shared arrays, entries [start, start + ends[ends.length - 1]).
 */
export interface WireDocument {
  id: string;
  published: string | null;
  language: string;
  source: string | null;
  title: string;
  vector: readonly number[] | null;
  start: number;
  ends: number[];
}

/**
 * One request's documents (in input order), their codes and counts in two arrays for the whole batch (moved, not
 * copied, to the pool's thread: two buffers per batch instead of two per document), and the codes first issued
 * for them; or the error that stopped it.
 */
export type PrepareReply =
  | {
      id: number;
      documents: WireDocument[];
      codes: Int32Array;
      counts: Float64Array;
      reset: boolean;
      freshKeys: string[];
      freshChannels: number[];
    }
  | { id: number; error: string };

const dictionary = CHANNELS.map(() => new Map<string, number>());
let issued = 0;
/** Set when a batch failed after issuing codes the main thread never learnt: the next batch starts over. */
let restart = false;

function codeOf(channel: number, key: string, freshKeys: string[], freshChannels: number[]): number {
  const known = dictionary[channel] as Map<string, number>;
  let code = known.get(key);
  if (code === undefined) {
    code = issued++;
    known.set(key, code);
    freshKeys.push(key);
    freshChannels.push(channel);
  }
  return code;
}

/** Codes and counts of the batch being encoded, grown as needed and reused from batch to batch. */
let batchCodes = new Int32Array(1 << 16);
let batchCounts = new Float64Array(1 << 16);
let used = 0;

function push(code: number, count: number): void {
  if (used === batchCodes.length) {
    const codes = new Int32Array(used * 2);
    const counts = new Float64Array(used * 2);
    codes.set(batchCodes);
    counts.set(batchCounts);
    [batchCodes, batchCounts] = [codes, counts];
  }
  batchCodes[used] = code;
  batchCounts[used++] = count;
}

/** Positions of the current channel's codes in the batch, so that a repeated mention adds to its count. */
const positions = new Map<number, number>();

function encode(document: ClusterDocument, freshKeys: string[], freshChannels: number[]): WireDocument {
  const start = used;
  const ends: number[] = [];
  for (const [key, count] of document.terms) push(codeOf(0, key, freshKeys, freshChannels), count);
  ends.push(used - start);
  // Mentions are counted here, in first-mention order, so the clusterer's thread receives each feature once.
  [document.entities, document.places, document.names, document.quantities, document.headline].forEach((values, index) => {
    for (const value of values) {
      const code = codeOf(index + 1, value, freshKeys, freshChannels);
      const at = positions.get(code);
      if (at !== undefined) batchCounts[at] = (batchCounts[at] as number) + 1;
      else {
        positions.set(code, used);
        push(code, 1);
      }
    }
    positions.clear();
    ends.push(used - start);
  });
  const { id, published, language, source, title } = document;
  return { id, published, language, source, title, vector: document.vector ?? null, start, ends };
}

parentPort?.on('message', ({ id, inputs }: PrepareRequest) => {
  let reply: PrepareReply;
  try {
    const reset = restart || issued > (workerData as PrepareWorkerData).maxCodes;
    restart = false;
    if (reset) {
      for (const known of dictionary) known.clear();
      issued = 0;
    }
    const freshKeys: string[] = [];
    const freshChannels: number[] = [];
    used = 0;
    const documents = inputs.map((input) => encode(prepareWith(DEFAULT_FINDERS, input), freshKeys, freshChannels));
    reply = { id, documents, codes: batchCodes.slice(0, used), counts: batchCounts.slice(0, used), reset, freshKeys, freshChannels };
  } catch (error) {
    restart = true;
    positions.clear();
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply, 'codes' in reply ? [reply.codes.buffer as ArrayBuffer, reply.counts.buffer as ArrayBuffer] : []);
});
