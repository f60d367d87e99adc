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

/** A prepared document as sent: everything but the channel fields, which travel as codes and counts. */
export interface WireDocument {
  id: string;
  published: string | null;
  language: string;
  source: string | null;
  title: string;
  vector: readonly number[] | null;
  codes: Int32Array;
  counts: Float64Array;
  ends: number[];
}

/** One request's documents (in input order) and the codes first issued for them, or the error that stopped it. */
export type PrepareReply =
  { id: number; documents: WireDocument[]; reset: boolean; freshKeys: string[]; freshChannels: number[] } | { id: number; error: string };

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

function encode(document: ClusterDocument, freshKeys: string[], freshChannels: number[]): WireDocument {
  const codes: number[] = [];
  const counts: number[] = [];
  const ends: number[] = [];
  for (const [key, count] of document.terms) {
    codes.push(codeOf(0, key, freshKeys, freshChannels));
    counts.push(count);
  }
  ends.push(codes.length);
  // Mentions are counted here, in first-mention order, so the clusterer's thread receives each feature once.
  const positions = new Map<number, number>();
  [document.entities, document.places, document.names, document.quantities, document.headline].forEach((values, index) => {
    for (const value of values) {
      const code = codeOf(index + 1, value, freshKeys, freshChannels);
      const at = positions.get(code);
      if (at !== undefined) counts[at] = (counts[at] as number) + 1;
      else {
        positions.set(code, codes.length);
        codes.push(code);
        counts.push(1);
      }
    }
    positions.clear();
    ends.push(codes.length);
  });
  const { id, published, language, source, title } = document;
  return {
    id,
    published,
    language,
    source,
    title,
    vector: document.vector ?? null,
    codes: Int32Array.from(codes),
    counts: Float64Array.from(counts),
    ends,
  };
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
    const documents = inputs.map((input) => encode(prepareWith(DEFAULT_FINDERS, input), freshKeys, freshChannels));
    reply = { id, documents, reset, freshKeys, freshChannels };
  } catch (error) {
    restart = true;
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
