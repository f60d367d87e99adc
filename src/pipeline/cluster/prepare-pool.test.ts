/** Documents from prepare threads place exactly as inline ones do, come in input order, and fail loudly once closed. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OTHER_OUTAGE, OUTAGE_EN, OUTAGE_EN_FOLLOW_UP, OUTAGE_ZH, UNRELATED } from './__fixtures__/harbour-articles.js';
import {
  createClusterer,
  createPreparePool,
  preparedInOrder,
  prepareClusterDocument,
  type ClusterInput,
  type PreparedDocument,
  type PreparePool,
} from './index.js';

/** Places documents in a fresh clusterer; returns every add result and the final snapshot. */
function place(documents: readonly PreparedDocument[]) {
  const clusterer = createClusterer();
  const results = documents.map((document) => clusterer.add(document));
  clusterer.repair();
  return { results, snapshot: clusterer.snapshot() };
}

/** The fixtures, repeated under new ids so that a batch spans several chunks and both scripts. */
const INPUTS: ClusterInput[] = Array.from({ length: 4 }, (_, round) =>
  [OUTAGE_EN, OUTAGE_ZH, UNRELATED, OUTAGE_EN_FOLLOW_UP, OTHER_OUTAGE].map((input) => ({ ...input, id: `${input.id}-${round}` })),
).flat();

describe('createPreparePool', () => {
  let pool: PreparePool;
  before(() => {
    pool = createPreparePool(2);
  });
  after(async () => {
    await pool.close();
  });

  it('returns documents the clusterer places exactly as inline ones, in input order', async () => {
    const documents = await pool.prepare(INPUTS);
    assert.deepEqual(
      documents.map((document) => document.id),
      INPUTS.map((input) => input.id),
    );
    // The second batch goes out as codes the first one issued.
    const again = await pool.prepare(INPUTS);
    const inline = INPUTS.map((input) => prepareClusterDocument(input));
    assert.deepEqual(place([...documents, ...again]), place([...inline, ...inline]));
  });

  it('yields every document in order when chunks are prepared ahead of the caller', async () => {
    const ids: string[] = [];
    for await (const document of preparedInOrder(INPUTS, pool, 3, 2)) ids.push(document.id);
    assert.deepEqual(
      ids,
      INPUTS.map((input) => input.id),
    );
  });

  it('prepares inline, with the same result, when no pool is given', async () => {
    const documents = [];
    for await (const document of preparedInOrder(INPUTS.slice(0, 4), null, 3)) documents.push(document);
    assert.deepEqual(
      documents,
      INPUTS.slice(0, 4).map((input) => prepareClusterDocument(input)),
    );
  });

  it('keeps earlier documents placeable after a thread started a new codebook', async () => {
    const small = createPreparePool(1, { maxCodes: 10 });
    try {
      const first = await small.prepare(INPUTS.slice(0, 5));
      // This batch starts afresh (more than 10 codes were issued) before the first batch is placed.
      const second = await small.prepare(INPUTS.slice(5, 10));
      const inline = INPUTS.slice(0, 10).map((input) => prepareClusterDocument(input));
      assert.deepEqual(place([...first, ...second]), place(inline));
    } finally {
      await small.close();
    }
  });

  it('refuses work once closed', async () => {
    const closing = createPreparePool(1);
    await closing.close();
    await assert.rejects(closing.prepare(INPUTS.slice(0, 1)), /closed/);
  });
});
