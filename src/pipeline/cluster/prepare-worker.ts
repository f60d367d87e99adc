/** A prepare-pool thread: turns batches of cluster inputs into documents with the stage's default finders. */
import { parentPort } from 'node:worker_threads';
import { DEFAULT_FINDERS } from './default-finders.js';
import { prepareWith, type ClusterInput } from './prepare.js';

/** A batch to prepare, tagged so the pool can match the answer to its request. */
export interface PrepareRequest {
  id: number;
  inputs: ClusterInput[];
}

/** The documents of one request (in input order), or the message of the error that stopped it. */
export type PrepareReply = { id: number; documents: ReturnType<typeof prepareWith>[] } | { id: number; error: string };

parentPort?.on('message', ({ id, inputs }: PrepareRequest) => {
  let reply: PrepareReply;
  try {
    reply = { id, documents: inputs.map((input) => prepareWith(DEFAULT_FINDERS, input)) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
